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
 * - in the President's turns, the closing `The meeting rose at 1.05 p.m.`
 *
 * A job or page number standing alone, or a line that may be an agenda
 * heading, is only listed for an editor: a number such as "21/21" or
 * "20-03616" can be the speaker's.
 */

import type { FurnitureKind } from '../../lib/model/statement/statement.ts';

export type { FurnitureKind };

export interface FurnitureSpan {
  kind: Extract<FurnitureKind, 'running-head' | 'meeting-rose'>;
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
  /** Whether the speaker is the President (only the President closes the meeting). */
  president: boolean;
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

/** The furniture to mark in one paragraph, in order, from `from` on (after the speaker's label). */
export function findFurniture(text: string, ctx: FurnitureContext, from = 0): FurnitureSpan[] {
  const spans = [...(ctx.record ? runningHeads(text, ctx.record) : []), ...(ctx.president ? meetingRose(text) : [])];
  return spans.filter((s) => s.start >= from).sort((a, b) => a.start - b.start);
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
