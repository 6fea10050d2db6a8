/**
 * What the importer marks in the record's words, and what it only reports:
 * furniture (furniture.ts), extraction damage (corrections.ts) and split
 * words rejoined (src/lib/model/record/record.ts, which the record check shares).
 * One place that turns them into the body's marks and the report's lines.
 */
import { SPLIT_WORD } from '../../lib/model/record/record.ts';
import { findDamage, type Damage, type DoubtfulDamage } from './corrections.ts';
import { findFurniture, possibleAgendaHeadings, possibleFurniture, type FurnitureContext, type FurnitureSpan, type PossibleFurniture } from './furniture.ts';
import type { Mark } from './mdx-body.ts';

export interface TextMarks {
  /** Per paragraph, what the body marks. */
  marks: Mark[][];
  furniture: (FurnitureSpan & { paragraph: number })[];
  possibleFurniture: PossibleFurniture[];
  corrections: (Damage & { paragraph: number })[];
  doubtful: DoubtfulDamage[];
  /** Split words the record check joins ("Secretary-General" from "Secretary- General"). */
  splitWords: string[];
}

/**
 * Marks for the record's paragraphs (as the check joins them); `labelEnd` is
 * the end of ¶1's label, which nothing marks; `ctx.record` the meeting's
 * symbol, `ctx.topic` its topic (the agenda item's title); `record` the
 * record's text, for the split words it prints.
 */
export function textMarks(paragraphs: string[], labelEnd: number, ctx: FurnitureContext, record: string): TextMarks {
  const out: TextMarks = { marks: [], furniture: [], possibleFurniture: [], corrections: [], doubtful: [], splitWords: [] };
  paragraphs.forEach((text, i) => {
    const n = i + 1;
    const from = i === 0 ? labelEnd : 0;
    const furniture = findFurniture(text, ctx, from);
    const { sure, doubtful } = findDamage(text, n, from, furniture);
    // A `sic` is an attribute value: one with a quote is listed for an editor instead.
    const fit = sure.filter((d) => !/["{}<>]/.test(d.sic));
    out.furniture.push(...furniture.map((f) => ({ ...f, paragraph: n })));
    out.possibleFurniture.push(...possibleAgendaHeadings(text, ctx, n, from), ...possibleFurniture(text, n, furniture));
    out.corrections.push(...fit.map((d) => ({ ...d, paragraph: n })));
    out.doubtful.push(...doubtful, ...sure.filter((d) => !fit.includes(d)).map((d) => ({ ...d, paragraph: n, why: `"${d.sic}" → "${d.corr}" (not marked: the text has a quote or brace)` })));
    out.marks.push(
      [...furniture.map((f) => ({ start: f.start, end: f.end, furniture: f.kind })), ...fit.map((d) => ({ start: d.start, end: d.end, corr: d.corr }))].sort((a, b) => a.start - b.start),
    );
  });
  for (const m of record.matchAll(new RegExp(`\\p{L}+${SPLIT_WORD.source}\\p{L}+`, 'gu'))) out.splitWords.push(m[0]);
  return out;
}

/** The report's lines for the marks. */
export function formatTextMarks(t: TextMarks): string[] {
  const out: string[] = [];
  for (const f of t.furniture) out.push(`  furniture   ¶${f.paragraph} ${f.kind}: "${f.text}" marked <Furniture>, left out of the reading text`);
  for (const f of t.possibleFurniture) out.push(`  furniture?  ¶${f.paragraph} "${f.text}" ${f.why}: kept as text; mark it <Furniture kind="…"> if so`);
  for (const c of t.corrections) out.push(`  corrected   ¶${c.paragraph} ${c.kind}: "${c.sic}" → "${c.corr}" (<Corr sic>, proposed: an editor confirms)`);
  for (const d of t.doubtful) out.push(`  damage?     ¶${d.paragraph} ${d.why} Kept as printed`);
  if (t.splitWords.length) out.push(`  split words ${t.splitWords.map((w) => `"${w}"`).join(' · ')} joined, hyphen kept (as the record check joins them)`);
  return out;
}
