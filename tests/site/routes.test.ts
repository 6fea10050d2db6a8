/**
 * Every address the routes module makes (src/lib/routing/routes.ts) is a file
 * of the built site: each route is called with real arguments — the
 * statements, entries, notes, claims, years, countries and meetings of the
 * build, read from its own data files — and the file it names must be in
 * dist/ (a directory's index.html, a search bundle's entry file), with the
 * element a fragment (#p6, #note-…, #claim-…) points at. A route the table
 * gains without an example here fails the first test.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, buildOptions } from '../bench/dist-check.ts';
import { hrefs, paths } from '../../src/lib/routing/routes.ts';
import { slugify, countryOf } from '../../src/lib/model/browse/browse.ts';
import { TABLES } from '../../src/lib/formats/table-schema.ts';

const dist = join(repoRoot, 'dist');
const { base } = buildOptions();
const json = (file: string) => JSON.parse(readFileSync(join(dist, file), 'utf8'));

// What the build holds, from its own data files.
const statements = readdirSync(join(dist, 'statements'))
  .filter((f) => /^[^.]+\.json$/.test(f))
  .map((f) => json(join('statements', f)) as { slug: string; year: number; country: string | null; meeting: { record?: string }; notes: { id: string }[]; paragraphs: { n: number }[] });
const entities = (json('glossary.json') as { entities: { id: string }[] }).entities.map((e) => e.id);
const withClaims = statements.filter((s) => existsSync(join(dist, paths.claimsJson(s.slug))));
const claimIds = withClaims.flatMap((s) => (json(paths.claimsJson(s.slug)) as { claims: { id: string }[] }).claims.map((c) => [s.slug, c.id] as const));
const years = [...new Set(statements.map((s) => s.year))];
const countries = [...new Set(statements.map((s) => slugify(countryOf({ country: s.country ?? '' }))))];
const meetings = [...new Set(statements.flatMap((s) => (s.meeting.record ? [slugify(s.meeting.record)] : [])))];
const slugs = statements.map((s) => s.slug);
// Each year's statements, as the word index numbers them.
const inYear = (year: number): number => (json(paths.searchWords) as { years: { year: string; statements: number }[] }).years.find((y) => y.year === String(year))!.statements;

type Examples = { [K in keyof typeof paths]: (typeof paths)[K] extends (...args: infer A) => string ? A[] : [] };

/** Real arguments for every route; a fixed path needs none. */
const examples: Examples = {
  home: [],
  statement: slugs.map((s) => [s]),
  paragraph: statements.flatMap((s) => s.paragraphs.map((p) => [s.slug, p.n] as [string, number])),
  // Only a statement whose map shows something it is about has a context page.
  context: slugs.filter((s) => existsSync(join(dist, `${paths.context(s)}index.html`))).map((s) => [s]),
  baseMap: [['central-asia'], ['world']],
  // Only a statement with editors' notes has a notes page (the real records imported beside the featured one have none).
  notes: statements.filter((s) => s.notes.length > 0).map((s) => [s.slug]),
  note: statements.flatMap((s) => s.notes.map((n) => [s.slug, n.id] as [string, string])),
  claims: withClaims.map((s) => [s.slug]),
  claim: claimIds.map(([s, c]) => [s, c]),
  claimsJson: withClaims.map((s) => [s.slug]),
  text: slugs.map((s) => [s]),
  markdown: slugs.map((s) => [s]),
  json: slugs.map((s) => [s]),
  citations: slugs.map((s) => [s]),
  annotations: slugs.map((s) => [s]),
  glossary: [],
  entity: entities.map((e) => [e]),
  entityPage: entities.map((e) => [e, 1]),
  glossaryJson: [],
  browse: [],
  browsePage: [[1]],
  years: [],
  year: years.map((y) => [y]),
  yearPage: years.map((y) => [y, 1]),
  countries: [],
  country: countries.map((c) => [c]),
  countryPage: countries.map((c) => [c, 1]),
  meeting: meetings.map((m) => [m]),
  about: [],
  method: [],
  data: [],
  table: TABLES.map((t) => [t.name]),
  spreadsheet: TABLES.map((t) => [t.name]),
  dataPackage: [],
  schema: [['statement'], ['glossary'], ['claims']],
  sitemap: [],
  sitemapFile: [[1]],
  robots: [],
  favicon: [],
  ogImage: [],
  searchPage: [],
  search: [],
  searchScript: [],
  searchStatement: years.flatMap((y) => Array.from({ length: inYear(y) }, (_, n) => [y, n] as [number, number])),
  searchWords: [],
  searchWordsFile: [[readdirSync(join(dist, 'pagefind/words')).find((f) => /^\d+\.bin$/.test(f))!.slice(0, -4)], ['facets-country'], ['facets-meeting'], ['facets-speaker']],
  listed: [[''], [paths.glossary]],
};

/** The file of dist/ an address names, and the id its fragment points at. */
function fileOf(address: string): { file: string; id?: string } {
  const [path, fragment] = address.slice(base.length).split('#');
  const dir = path === '' || path.endsWith('/');
  const inSearch = path.startsWith(paths.search);
  return { file: join(dist, dir ? `${path}${inSearch ? 'pagefind-entry.json' : 'index.html'}` : path), id: fragment };
}

describe('the routes module', () => {
  it('has real arguments here for every route, and some for each route that takes any', () => {
    expect(Object.keys(examples).sort()).toEqual(Object.keys(paths).sort());
    for (const [name, route] of Object.entries(paths)) {
      if (typeof route === 'function') expect(examples[name as keyof Examples].length, name).toBeGreaterThan(0);
    }
    expect(slugs.length).toBeGreaterThan(0);
    expect(entities.length).toBeGreaterThan(10);
  });

  it('makes only addresses that are files of dist/, with the elements their fragments name', () => {
    const link = hrefs(base);
    const missing: string[] = [];
    let checked = 0;
    for (const [name, made] of Object.entries(link)) {
      const calls = typeof made === 'string' ? [made] : (examples[name as keyof Examples] as unknown[][]).map((args) => (made as (...a: unknown[]) => string)(...args));
      for (const address of calls) {
        checked++;
        expect(address.startsWith(base), address).toBe(true);
        const { file, id } = fileOf(address);
        if (!existsSync(file)) missing.push(`${name}: ${address} (no ${file.slice(dist.length + 1)})`);
        else if (id && !readFileSync(file, 'utf8').includes(`id="${id}"`)) missing.push(`${name}: ${address} (no id="${id}")`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
