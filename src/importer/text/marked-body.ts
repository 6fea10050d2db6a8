/**
 * The statement's body with its marks (text-marks.ts), proved against the
 * record (verify.ts). A published statement keeps its ids: an agenda item's
 * title that stands as a sentence of its own would, marked, leave no sentence
 * on its line and retire that sentence's frozen id; where it would, the
 * title is only listed for an editor, as printed.
 */
import { sentenceId } from '../../lib/model/text/sentences.ts';
import type { FurnitureContext } from './furniture.ts';
import { statementBody, type Body } from './mdx-body.ts';
import { textMarks, type TextMarks } from './text-marks.ts';
import { verifyBody, type ParsedBody } from './verify.ts';

export interface MarkedBody {
  marks: TextMarks;
  body: Body;
  checked: ParsedBody;
}

/** The ids a body gives, paragraphs first, then sentences (as content/fixity freezes them). */
export const idsOf = (c: ParsedBody): string[] => [...c.texts.map((_, i) => `p${i + 1}`), ...c.sentences.flatMap((ss, i) => ss.map((_, k) => sentenceId(i + 1, k + 1)))];

function build(paragraphs: string[], labelEnd: number, ctx: FurnitureContext, record: string): MarkedBody {
  const marks = textMarks(paragraphs, labelEnd, ctx, record);
  const body = statementBody(paragraphs, labelEnd, marks.marks);
  return { marks, body, checked: verifyBody(body.mdx, body.plain, record) };
}

/** The marked body; `frozen` the ids of content/fixity/<slug>.json, if any (`slug` names it in the report). */
export function markedBody(paragraphs: string[], labelEnd: number, ctx: FurnitureContext, record: string, frozen?: { slug: string; ids: string[] }): MarkedBody {
  const out = build(paragraphs, labelEnd, ctx, record);
  const same = (b: MarkedBody) => idsOf(b.checked).join(' ') === frozen!.ids.join(' ');
  if (!frozen || !out.marks.furniture.some((f) => f.kind === 'agenda-heading') || same(out)) return out;
  const kept = build(paragraphs, labelEnd, { ...ctx, keepTopic: `marking it would retire a frozen id of content/fixity/${frozen.slug}.json (its words are that sentence)` }, record);
  return same(kept) ? kept : out;
}
