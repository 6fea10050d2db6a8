/**
 * The fixture of the open-data tests (tests/lib/open-data-*.test.ts): the
 * real statement (front matter, text and record) run through the build's
 * remark plugins with a small fixture glossary, so the paragraphs, mentions
 * (found by name, hand-marked, probable, nested) and the correction are those
 * the site builds; and the published JSON Schemas compiled with ajv, to
 * validate the data files against.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { claimNoteSchema } from '../../src/lib/model/schemas/claims.ts';
import { statementSchema, type StatementMeta } from '../../src/lib/model/schemas/statement.ts';
import { type Entity } from '../../src/lib/model/schemas/entity.ts';
import type { Correction, Mention, ParagraphData, StatementData } from '../../src/lib/model/statement/statement.ts';
import { paragraphsByEntity } from '../../src/lib/model/glossary/mentions.ts';
import { siteUrls } from '../../src/lib/routing/routes.ts';
import { entity, processStatement } from './mdx.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const slug = 'kazakhstan-2014-terrorism';
const source = readFileSync(join(root, `content/statements/${slug}.mdx`), 'utf8');
const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source)!;
export const meta: StatementMeta = statementSchema.parse(parseYaml(frontMatter));
const record = readFileSync(join(root, 'content/statements', meta.record), 'utf8');

export const site = { site: 'https://verbatim.example', base: '/' };
export const urls = siteUrls(site);

/** Every id the statement marks by hand, plus some found by name (with acronyms and a nested name). */
export const fixtureEntities: Entity[] = [
  entity('ctc', { name: 'Counter-Terrorism Committee', acronyms: ['CTC'] }),
  entity('sco', { name: 'Shanghai Cooperation Organization', acronyms: ['SCO'] }),
  entity('osce', { name: 'Organization for Security and Cooperation in Europe', acronyms: ['OSCE'] }),
  entity('cis', { name: 'Commonwealth of Independent States' }),
  entity('cis-atc', { name: 'Anti-Terrorist Centre of the Commonwealth of Independent States', partOf: 'cis' }),
  entity('caricc', { name: 'Central Asian Regional Information and Coordination Centre', acronyms: ['CARICC'] }),
  entity('global-strategy', { name: 'United Nations Global Counter-Terrorism Strategy', type: 'treaty' }),
  entity('joint-plan-of-action', {
    name: 'Joint Plan of Action for the Implementation of the United Nations Global Counter-Terrorism Strategy in Central Asia',
    type: 'programme',
  }),
  entity('almaty', { name: 'Almaty', type: 'place' }),
  ...['terrorism-conventions', 'laborde-visit-2014', 'ctitf', 'almaty-meeting-2012', 'osce-chairmanship-2010', 'osce-conference-2010'].map((id) =>
    entity(id, { name: id.replace(/-/g, ' ') }),
  ),
];

export async function buildStatement(entities: Entity[]): Promise<StatementData> {
  const { frontmatter } = await processStatement(body, { record, entities, restoredBreaks: meta.restoredBreaks, slug });
  return {
    slug,
    meta,
    paragraphs: frontmatter.paragraphs as ParagraphData[],
    mentions: frontmatter.mentions as Mention[],
    corrections: frontmatter.corrections as Correction[],
    notes: [
      claimNoteSchema.parse({
        id: 'laborde-visit',
        paragraph: 3,
        quote: 'a visit',
        title: 'The visit to Astana',
        text: 'A note on the visit, for the tests of the data files.',
        entities: ['laborde-visit-2014'],
        sources: [{ id: 'un', title: 'A source', publisher: 'United Nations', url: 'https://www.un.org/', status: 'canonical' }],
      }),
    ],
  };
}

// ajv and ajv-formats are CommonJS; take the callable whichever way it is exported.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const loadSchema = (name: string) => JSON.parse(readFileSync(join(root, 'public/schemas', name), 'utf8'));
export const validateStatement = ajv.compile(loadSchema('statement.schema.json'));
export const validateGlossary = ajv.compile(loadSchema('glossary.schema.json'));
export const errorsOf = (v: typeof validateStatement) => ajv.errorsText(v.errors);
/** A deep copy to break. */
export const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

/** What the glossary needs of a statement (its summary's `named`). */
export const naming = (s: { slug: string; mentions: Mention[] }) => ({ slug: s.slug, named: [...paragraphsByEntity(s.mentions)] });
