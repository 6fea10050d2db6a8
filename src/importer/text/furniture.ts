/**
 * The record's page furniture inside a speech: what the printed page carried
 * around the speech and extraction ran into its text. Only what is certain is
 * marked (as `<Furniture kind="…">` in the MDX, kept word for word so that the
 * record check still holds, and left out of the reading text):
 *
 * - a running head of this meeting's own record: date, agenda, symbol
 *   (`16/01/2020 The situation in the Middle East S/PV.8704`), or symbol,
 *   agenda, date on the facing page, with a job number (`20-03616`) or a page
 *   number (`21/21`) printed beside it;
 * - in the President's turns, the closing `The meeting rose at 1.05 p.m.`;
 * - in the President's turns, the agenda headings the record prints between
 *   the President's words and extraction ran into them: `Adoption of the
 *   agenda` where the record's line `The agenda was adopted.` follows it, and,
 *   right after that line, the agenda item's title when it is exactly the
 *   meeting's topic as the corpus's metadata gives it, with the sub-items
 *   that follow it, each ending in its document's symbol (`Report of the
 *   Secretary-General on the situation in Somalia (S/2020/798)`), when the
 *   title ends the paragraph or a sub-item follows it.
 *
 * A job or page number standing alone, or a line that may be an agenda
 * heading (what follows `The agenda was adopted.` when it is not the topic,
 * or the topic followed by more words), is only listed for an editor: a
 * number such as "21/21" or "20-03616" can be the speaker's, and so can a
 * title.
 */

import type { FurnitureKind } from '../../lib/model/statement/statement.ts';

export type { FurnitureKind };

export interface FurnitureSpan {
  kind: Extract<FurnitureKind, 'running-head' | 'meeting-rose' | 'agenda-heading'>;
  /** Offsets in the paragraph's text. */
  start: number;
  end: number;
  text: string;
}

export interface PossibleFurniture {
  paragraph: number;
  /** Offset in the paragraph's text. */
  at: number;
  text: string;
  why: string;
}

export interface FurnitureContext {
  /** The meeting's record symbol (S/PV.8704), when the file name or --meeting gives it. */
  record?: string;
  /** Whether the speaker is the President (only the President closes the meeting; the agenda headings stand in the President's turns). */
  president: boolean;
  /** The meeting's topic as the corpus's metadata gives it (--meta): the agenda item's title, when the record prints it as a heading. */
  topic?: string;
  /** Why the topic, though found as the agenda item's heading, is only listed (a re-import that would otherwise retire a frozen sentence id). */
  keepTopic?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const DATE = String.raw`(?:0[1-9]|[12]\d|3[01])/(?:0[1-9]|1[0-2])/(?:19|20)\d\d`;
const JOB = String.raw`\d\d-\d{5}`;
const PAGE = String.raw`\d{1,3}/\d{1,3}`;
/** The agenda between date and symbol: a title on one line, no sentence end inside. */
const AGENDA = String.raw`[^.!?;:]{3,160}?`;

/** Running heads of the meeting's own record, with any job or page number printed beside them. */
function runningHeads(text: string, record: string): FurnitureSpan[] {
  const symbol = escape(record);
  const extra = `(?:(?:${JOB}|${PAGE}) ){0,2}`;
  const after = `(?: (?:${JOB}|${PAGE})(?![\\d/-])){0,2}`;
  const head = new RegExp(`${extra}(?:${DATE} ${AGENDA} ${symbol}(?![\\d.])|${symbol} ${AGENDA} ${DATE}(?![\\d/]))${after}`, 'g');
  return [...text.matchAll(head)].map((m) => ({ kind: 'running-head' as const, start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** The President's closing line, at the end of the turn. */
function meetingRose(text: string): FurnitureSpan[] {
  const m = /(?:^|(?<=[.!?]["”’)]? ))The meeting (?:rose|was suspended|was adjourned) at \d{1,2}(?:[.:]\d\d)? [ap]\.m\.\s*$/.exec(text);
  return m ? [{ kind: 'meeting-rose', start: m.index, end: m.index + m[0].trimEnd().length, text: m[0].trimEnd() }] : [];
}

/** Whether `at` starts a sentence: the paragraph's own text starts there (after the label), or a sentence ends before it. */
const sentenceStart = (text: string, at: number, from: number) => text.slice(from, at).trim() === '' || /[.!?]["”’)]? $/.test(text.slice(0, at));

const ADOPTION = 'Adoption of the agenda';
const ADOPTED = 'The agenda was adopted.';
/** A document symbol in parentheses: (S/2019/1005), (S/2020/1/Add.1). */
const SYMBOL = String.raw`\((?:S|A|E)/(?:\d{4}/)?\d+(?:/(?:Add|Rev|Corr)\.\d+)*\)`;
/** A sub-item's title: a capital, no sentence end inside, its document's symbol in parentheses at its end. */
const SUB_ITEM = new RegExp(String.raw`^(?: \p{Lu}[^.!?;:()]{2,300}? ${SYMBOL}(?=\s|$))+`, 'u');

interface AgendaFound {
  spans: FurnitureSpan[];
  /** What may be an agenda heading, not certain: listed, never marked. */
  possible: { at: number; text: string; why: string }[];
}

/** The agenda headings of a President's turn (see the file's comment). */
function agendaHeadings(text: string, { topic, keepTopic }: FurnitureContext, from: number): AgendaFound {
  const out: AgendaFound = { spans: [], possible: [] };
  const span = (start: number, end: number): FurnitureSpan => ({ kind: 'agenda-heading', start, end, text: text.slice(start, end) });
  for (let at = text.indexOf(ADOPTED, from); at !== -1; at = text.indexOf(ADOPTED, at + 1)) {
    const end = at + ADOPTED.length;
    if (end < text.length && !/\s/.test(text[end])) continue;
    const heading = at - ADOPTION.length - 1;
    const headed = heading >= from && text.slice(heading, at) === `${ADOPTION} ` && sentenceStart(text, heading, from);
    if (headed) out.spans.push(span(heading, heading + ADOPTION.length));
    else if (!sentenceStart(text, at, from)) continue;
    // What stands right after the line: the agenda item's title, if it is the meeting's topic.
    const next = end + (/^\s+/.exec(text.slice(end))?.[0].length ?? 0);
    if (next >= text.length) continue;
    const after = text.slice(next);
    if (topic && after.startsWith(topic)) {
      const rest = after.slice(topic.length);
      const sub = SUB_ITEM.exec(rest)?.[0].length ?? 0;
      if (rest.slice(sub).trim() === '' || sub > 0) {
        if (keepTopic) out.possible.push({ at: next, text: after.slice(0, topic.length + sub), why: `is the agenda item’s heading, not marked: ${keepTopic}` });
        else out.spans.push(span(next, next + topic.length + sub));
        continue;
      }
      out.possible.push({ at: next, text: topic, why: 'is the meeting’s topic after “The agenda was adopted.”, but more words follow it: it may be the agenda item’s heading' });
      continue;
    }
    const words = /^[^.!?;:]{1,160}/.exec(after)?.[0].trimEnd();
    if (words) out.possible.push({ at: next, text: words, why: `follows “The agenda was adopted.”${topic ? ' but is not the meeting’s topic' : ' (no topic: run with --meta)'}: it may be the agenda item’s heading` });
  }
  return out;
}

/** The furniture to mark in one paragraph, in order, from `from` on (after the speaker's label). */
export function findFurniture(text: string, ctx: FurnitureContext, from = 0): FurnitureSpan[] {
  const spans = [
    ...(ctx.record ? runningHeads(text, ctx.record) : []),
    ...(ctx.president ? [...meetingRose(text), ...agendaHeadings(text, ctx, from).spans] : []),
  ];
  return spans.filter((s) => s.start >= from).sort((a, b) => a.start - b.start);
}

/** What may be an agenda heading in a President's turn but is not certain: listed for an editor, never marked. */
export function possibleAgendaHeadings(text: string, ctx: FurnitureContext, paragraph: number, from = 0): PossibleFurniture[] {
  if (!ctx.president) return [];
  return agendaHeadings(text, ctx, from).possible.map((p) => ({ paragraph, ...p }));
}

/** Job and page numbers outside marked furniture and outside document symbols: listed, never marked. */
export function possibleFurniture(text: string, paragraph: number, marked: { start: number; end: number }[]): PossibleFurniture[] {
  const out: PossibleFurniture[] = [];
  const re = new RegExp(`(?<![\\w/.-])(?:(${JOB})|(${PAGE}))(?![\\w/-])`, 'g');
  for (const m of text.matchAll(re)) {
    if (marked.some((s) => m.index >= s.start && m.index < s.end)) continue;
    out.push({
      paragraph,
      at: m.index,
      text: m[0],
      why: m[1] ? 'looks like a job number of the printed record' : 'looks like a page number of the printed record',
    });
  }
  return out;
}
