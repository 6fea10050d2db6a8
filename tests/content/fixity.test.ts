/**
 * Paragraph and sentence ids are a public contract: people cite `#p6` and
 * `#p6-s2`. This freezes, for each statement, its paragraph and sentence ids
 * and a hash of each one's text, so an edit that would renumber a paragraph or
 * a sentence, or change a cited text, fails here.
 * A deliberate change to a published text must update fixity.json in the same
 * commit, and say why.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { processedStatements } from '../support/statements.ts';
import { publishedIds } from '../support/fixity.ts';

const frozen: Record<string, Record<string, string>> = JSON.parse(readFileSync(new URL('./fixity.json', import.meta.url), 'utf8'));

describe('published paragraph ids', async () => {
  const statements = await processedStatements();

  it('are frozen for every statement', () => {
    for (const s of statements) {
      const now = publishedIds(s.paragraphs);
      expect(frozen[s.slug], `statement "${s.slug}" has no frozen ids; add to tests/content/fixity.json:\n${JSON.stringify({ [s.slug]: now }, null, 2)}`).toBeDefined();
    }
  });

  it('keep their numbers and their texts', () => {
    for (const s of statements) {
      const now = publishedIds(s.paragraphs);
      expect(now, `paragraphs of "${s.slug}" changed: a cited paragraph would move or change`).toEqual(frozen[s.slug]);
    }
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
