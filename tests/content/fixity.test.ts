/**
 * Paragraph ids are a public contract: people cite `#p6`. This freezes, for
 * each statement, its paragraph ids and a hash of each paragraph's text, so an
 * edit that would renumber a paragraph or change a cited text fails here.
 * A deliberate change to a published text must update fixity.json in the same
 * commit, and say why.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { processedStatements } from '../support/statements.ts';

const frozen: Record<string, Record<string, string>> = JSON.parse(readFileSync(new URL('./fixity.json', import.meta.url), 'utf8'));
const hash = (text: string) => createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 16);

describe('published paragraph ids', async () => {
  const statements = await processedStatements();

  it('are frozen for every statement', () => {
    for (const s of statements) {
      const now = Object.fromEntries(s.paragraphs.map((p) => [p.id, hash(p.text)]));
      expect(frozen[s.slug], `statement "${s.slug}" has no frozen ids; add to tests/content/fixity.json:\n${JSON.stringify({ [s.slug]: now }, null, 2)}`).toBeDefined();
    }
  });

  it('keep their numbers and their texts', () => {
    for (const s of statements) {
      const now = Object.fromEntries(s.paragraphs.map((p) => [p.id, hash(p.text)]));
      expect(now, `paragraphs of "${s.slug}" changed: a cited paragraph would move or change`).toEqual(frozen[s.slug]);
    }
  });

  it('run p1…p9 in the featured statement', () => {
    const s = statements.find((x) => x.meta.featured)!;
    expect(s.paragraphs.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
  });
});
