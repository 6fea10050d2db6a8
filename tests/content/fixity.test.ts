/**
 * Paragraph and sentence ids are a public contract: people cite `#p6` and `#p6-s2`. content/fixity/<slug>.json
 * freezes, for each statement, its paragraph ids (and any sentence ids) and a
 * hash of each one's text, so an edit that would renumber a paragraph or
 * change a cited text fails here. A deliberate change to a published text must
 * update the statement's fixity file in the same commit, and say why.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fixityPath, readFixity } from '../../src/importer/write/fixity.ts';
import { processedStatements } from '../support/statements.ts';
import { publishedIds } from '../support/fixity.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Dot files are an interrupted import's temporary files, which the next import removes.
const frozenSlugs = readdirSync(fixityPath('x', root).replace(/x\.json$/, '')).filter((f) => !f.startsWith('.')).map((f) => f.replace(/\.json$/, ''));

describe('published paragraph ids', async () => {
  const statements = await processedStatements();
  const now = (s: (typeof statements)[number]) => publishedIds(s.paragraphs);

  it('are frozen for every statement, one file each', () => {
    for (const s of statements) {
      expect(readFixity(s.slug, root), `statement "${s.slug}" has no frozen ids; add content/fixity/${s.slug}.json:\n${JSON.stringify(now(s), null, 2)}`).toBeDefined();
    }
  });

  it('keep their numbers and their texts', () => {
    for (const s of statements) {
      const frozen = readFixity(s.slug, root) ?? {};
      // Paragraphs and sentences (p3-s2), in that order, as the importer writes them.
      expect(Object.entries(now(s)), `paragraphs or sentences of "${s.slug}" changed: a cited paragraph or sentence would move or change`).toEqual(Object.entries(frozen));
    }
  });

  it('are kept only for statements that exist (a fixity file outlives no statement unnoticed)', () => {
    expect(frozenSlugs.filter((slug) => !statements.some((s) => s.slug === slug))).toEqual([]);
  });

  it('run p1…p9 in the featured statement, with its sentences below them (one a line of its MDX)', () => {
    const s = statements.find((x) => x.meta.featured)!;
    expect(s.paragraphs.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
    expect(s.paragraphs.map((p) => p.sentences!.length)).toEqual([1, 3, 2, 2, 4, 3, 3, 3, 1]);
    const p5 = s.paragraphs[4];
    expect(p5.sentences!.map((x) => x.id)).toEqual(['p5-s1', 'p5-s2', 'p5-s3', 'p5-s4']);
    expect(p5.text.slice(p5.sentences![1].start, p5.sentences![1].end)).toBe('We also work closely with various agencies of the United Nations system.');
  });
});
