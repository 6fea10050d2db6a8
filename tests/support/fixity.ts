/**
 * The published ids of a compiled statement with the hash of each text, as
 * tests/content/fixity.json freezes them: paragraphs first, then sentences
 * (`p3-s2`, contracts.md).
 */
import type { ParagraphData } from '../../src/lib/model/statement/statement.ts';
import { fixityHash } from '../../src/importer/write/fixity.ts';

export function publishedIds(paragraphs: ParagraphData[]): Record<string, string> {
  const out: Record<string, string> = Object.fromEntries(paragraphs.map((p) => [p.id, fixityHash(p.text)]));
  for (const p of paragraphs) for (const s of p.sentences ?? []) out[s.id] = fixityHash(p.text.slice(s.start, s.end));
  return out;
}
