/**
 * The real record, imported afresh, gives the edition's text: the importer
 * reproduces what the editors made of it, apart from their two editorial
 * decisions (the restored break before "As the 2010 Chair" and the correction
 * of "ofpeople"), and its report names what the edition links.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { parseStatementBody } from '../../src/markdown/statement-parser.ts';
import { importRecord, fixityHash, type Report } from '../../src/importer/import.ts';
import { publishedIds } from '../support/fixity.ts';
import { recordParagraphs } from '../../src/lib/model/record/record.ts';
import { processedStatements } from '../support/statements.ts';
import { repo, tempProject, type TempProject } from './project.ts';

const slug = 'kazakhstan-2014-terrorism';
const source = join(repo, 'content/sources', `${slug}.txt`);

/** Each paragraph's text as a reader sees it, each correction read as the record prints it (markup aside). */
function paragraphsAsRecordReads(mdx: string): string[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const tree = parseStatementBody(body);
  const read = (n: RootContent | Root): string => {
    if (n.type === 'mdxJsxTextElement' && n.name === 'Corr') {
      const sic = n.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'sic');
      return String(sic?.value ?? '');
    }
    if ('value' in n && typeof n.value === 'string') return n.value;
    return 'children' in n ? (n.children as RootContent[]).map(read).join('') : '';
  };
  return tree.children.filter((c) => c.type === 'paragraph').map((p) => read(p).replace(/[ \t\r\n]+/g, ' ').trim());
}

let project: TempProject;
let report: Report;
let imported: string;
beforeAll(() => {
  project = tempProject();
  const result = importRecord(source, { root: project.root, slug: 'reimported', date: '2014' });
  expect(result.error).toBeUndefined();
  report = result.report!;
  imported = readFileSync(join(project.root, 'content/statements/reimported.mdx'), 'utf8');
});
afterAll(() => project?.remove());

describe('importing the real record afresh', () => {
  it('keeps the record byte for byte', () => {
    expect(readFileSync(join(project.root, 'content/sources/reimported.txt')).equals(readFileSync(source))).toBe(true);
  });

  it('gives the edition’s text word for word, but for the restored break', () => {
    const edition = paragraphsAsRecordReads(readFileSync(join(repo, 'content/statements', `${slug}.mdx`), 'utf8'));
    const ours = paragraphsAsRecordReads(imported);
    // The edition restores one break: its ¶6 and ¶7 are one paragraph in the record.
    const at = edition.findIndex((p) => p.startsWith('As the 2010 Chair'));
    expect(at).toBe(6);
    const joined = [...edition.slice(0, at - 1), `${edition[at - 1]} ${edition[at]}`, ...edition.slice(at + 1)];
    expect(ours).toEqual(joined);
  });

  it('sets the edition’s typography, so untouched paragraphs hash as the frozen ones', () => {
    const frozen = JSON.parse(readFileSync(join(repo, 'content/fixity', `${slug}.json`), 'utf8'));
    const ours = JSON.parse(readFileSync(join(project.root, 'content/fixity/reimported.json'), 'utf8'));
    // ¶1–5 and the last are the editors' text character for character
    // (curly apostrophe, en dash, no-break spaces); ¶6 and ¶7 hold their decisions.
    expect([ours.p1, ours.p2, ours.p3, ours.p4, ours.p5, ours.p8]).toEqual([frozen.p1, frozen.p2, frozen.p3, frozen.p4, frozen.p5, frozen.p9]);
    expect(Object.keys(ours).filter((k) => !k.includes('-s'))).toHaveLength(8);
    // Sentence ids too: ¶1–5 have the edition's sentences.
    for (const k of Object.keys(frozen).filter((x) => /^p[1-5]-s/.test(x))) expect(ours[k], k).toBe(frozen[k]);
    expect(ours.p1).toBe(fixityHash('Mr.\u00a0Abdrakhmanov (Kazakhstan): The fight against international terrorism demands a long-term comprehensive approach and cooperation at the national, regional and global levels, with the active participation of all Member States, regional structures and civil society.'));
  });

  it('freezes the paragraph ids and texts the fixity test will find', async () => {
    const [built] = await processedStatements(join(project.root, 'content/statements'));
    const frozen = JSON.parse(readFileSync(join(project.root, 'content/fixity/reimported.json'), 'utf8'));
    expect(frozen).toEqual(publishedIds(built.paragraphs));
  });

  it('reports every entity the edition links by name, in the same paragraphs', async () => {
    const [edition] = (await processedStatements()).filter((s) => s.slug === slug);
    // Edition paragraphs after the restored break are one lower in the record.
    const inRecord = (p: number) => (p >= 7 ? p - 1 : p);
    const byName = new Map<string, Set<number>>();
    for (const m of edition.mentions.filter((x) => !x.explicit)) byName.set(m.entity, (byName.get(m.entity) ?? new Set()).add(inRecord(m.paragraph)));
    expect(byName.size).toBeGreaterThan(20);
    const reported = new Map(report.linked.map((f) => [f.name, new Set(f.paragraphs)]));
    for (const [entity, paragraphs] of byName) {
      expect(reported.get(entity), entity).toBeDefined();
      for (const p of paragraphs) expect(reported.get(entity)!.has(p), `${entity} in ¶${p}`).toBe(true);
    }
  });

  it('points at the lost break the editors restored, and flags no hyphen: every one is a compound', () => {
    expect(report.breaks).toEqual([{ paragraph: 6, line: 63, before: 'As the 2010 Chair' }]);
    expect(report.long.map((l) => l.paragraph)).toEqual([6]);
    expect(report.hyphens).toEqual([]);
  });

  it('fills only what the record says: label, name, country; no meeting, no date', () => {
    expect(report.meta.speaker).toEqual({ label: 'Mr. Abdrakhmanov (Kazakhstan)', name: 'Mr. Abdrakhmanov' });
    expect(report.meta.country).toBe('Kazakhstan');
    expect(report.meta.meeting).toMatchObject({ status: 'unknown', sources: [], evidence: ['The date 2014 was given by the editor who imported the text.'] });
    expect(report.meta.meeting.record).toBeUndefined();
    expect(report.meta.languageNote).toBeUndefined();
    // Words as the record check counts them (a no-break space joins none).
    // One word more: the record's "ofpeople", proposed as "of people" (the editors' correction too).
    expect(report.words).toBe(recordParagraphs(readFileSync(source, 'utf8')).join(' ').split(' ').length + 1);
    expect(report.text.corrections).toMatchObject([{ paragraph: 7, kind: 'run-together', sic: 'ofpeople', corr: 'of people' }]);
    expect(imported).toMatch(/^\*\*Mr\.\u00a0Abdrakhmanov \(Kazakhstan\):\*\* The fight/m);
  });
});
