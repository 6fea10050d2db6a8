/**
 * The published ids of a compiled statement with the hash of each text, as
 * tests/content/fixity.json freezes them: paragraphs first, then sentences
 * (`p3-s2`, contracts.md).
 */
import { createHash } from 'node:crypto';
import type { ParagraphData } from '../../src/lib/model/statement.ts';

export const fixityHash = (text: string) => createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 16);

export function publishedIds(paragraphs: ParagraphData[]): Record<string, string> {
  const out: Record<string, string> = Object.fromEntries(paragraphs.map((p) => [p.id, fixityHash(p.text)]));
  for (const p of paragraphs) for (const s of p.sentences ?? []) out[s.id] = fixityHash(p.text.slice(s.start, s.end));
  return out;
}
