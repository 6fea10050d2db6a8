/**
 * The data model of a statement as the build compiles it once: its paragraphs
 * (plain text for search, data and citations; HTML for the page), every
 * mention of a glossary entity with its offsets, and every correction of the
 * record. The remark plugins in src/markdown produce it; everything else reads
 * it. A summary of it — the part every listing needs — stays in memory; the
 * rest is read from the compile cache one statement at a time.
 */
import type { ClaimNote } from '../schemas/claims.ts';
import type { StatementMeta } from '../schemas/statement.ts';

export interface ParagraphData {
  n: number;
  id: string;
  text: string;
  /** Its sentences (one a line of the MDX), each with a permanent id (`p3-s2`) and offsets in `text`. */
  sentences?: SentenceData[];
  /**
   * Where the record lost its paragraphs (a one-line record): the reading
   * blocks the edition shows, as the number of each block's first sentence.
   * The breaks are the edition's, never the record's paragraphs.
   */
  blocks?: number[];
  /** The record's page furniture marked in it: left out of `text`, at offset `at`. */
  furniture?: FurnitureData[];
}

export interface SentenceData {
  /** Its number in the paragraph, from 1. */
  m: number;
  id: string;
  start: number;
  end: number;
}

export type FurnitureKind = 'running-head' | 'meeting-rose' | 'job-number' | 'page-number' | 'agenda-heading';
export const FURNITURE_KINDS: readonly FurnitureKind[] = ['running-head', 'meeting-rose', 'job-number', 'page-number', 'agenda-heading'];

export interface FurnitureData {
  kind: FurnitureKind;
  /** What the record prints. */
  text: string;
  /** Offset in the paragraph's `text` where it stood. */
  at: number;
}

/** A paragraph as the page shows it: its text as HTML (mentions linked, corrections marked). */
export interface RenderedParagraph extends ParagraphData {
  html: string;
}

export interface MentionData {
  entity: string;
  /** Marked by hand rather than found by name. */
  explicit: boolean;
  /** The identification is probable, not certain. */
  probable: boolean;
  /** Other entities whose names stand inside this mention's words. */
  nested: string[];
}

export interface Mention extends MentionData {
  paragraph: number;
  /** Offsets of the mention in its paragraph's `text`. */
  start: number;
  end: number;
  text: string;
}

export interface Correction {
  paragraph: number;
  /** What the record prints. */
  sic: string;
  /** What the edition prints instead. */
  corr: string;
}

/** A statement as compiled from its MDX file and record. */
export interface CompiledStatement {
  slug: string;
  /** The MDX file, relative to the project root, for messages. */
  file: string;
  meta: StatementMeta;
  paragraphs: RenderedParagraph[];
  mentions: Mention[];
  corrections: Correction[];
}

/**
 * What listings, browse pages, search filters and entity pages need of a
 * statement, without its text: small enough to hold for every statement.
 */
export interface StatementSummary {
  slug: string;
  file: string;
  title: string;
  year: number;
  /** The State or organisation the speaker represents ("" when unknown). */
  country: string;
  speaker: string;
  /** The speaker's glossary entry, if the front matter names one. */
  speakerEntity?: string;
  body: string;
  featured: boolean;
  meeting: {
    record?: string;
    date?: string;
    speech?: number;
    status: StatementMeta['meeting']['status'];
  };
  paragraphs: number;
  /** How many mentions of glossary entries the text has (rows of mentions.csv). */
  mentions: number;
  /** Entities the statement names (directly or inside a longer name), each with its paragraphs. */
  named: [entity: string, paragraphs: number[]][];
  /** Where the compiled statement is cached (an absolute path). */
  cache: string;
}

/** A statement as the output formats need it: `Statement` from readers/corpus.ts without `Content`. */
export interface StatementData {
  slug: string;
  meta: StatementMeta;
  paragraphs: ParagraphData[];
  mentions: Mention[];
  corrections: Correction[];
  notes: ClaimNote[];
}
