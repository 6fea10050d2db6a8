import { z } from 'astro/zod';
import { recordEncodings } from '../record/encoding.ts';
import { line, partialDate, prose, sourceSchema } from './fields.ts';

/**
 * Front matter of a statement in `content/statements/*.mdx`. Every text refuses
 * control and format characters (bidi controls, zero-width), as the glossary's do:
 * `(<U+202E>ecnarF)` would show "France" and be another country.
 */
export const statementSchema = z.strictObject({
  /** The heading of the page: what the statement is. */
  title: line(5),
  /** One sentence for search results and link previews. */
  description: line(20).max(300),
  speaker: z.strictObject({
    /** The label the record prints before the speech, e.g. "Mr. Abdrakhmanov (Kazakhstan)". */
    label: line(0),
    name: line(1),
    /** Glossary entry of the speaker, if any. */
    entity: line(1).optional(),
    /** Office held, when known (a record's label rarely says). */
    role: line(1).optional(),
  }),
  /** The State or organisation the speaker represents, as the label gives it; absent when it does not. */
  country: line(1).optional(),
  /** The body addressed, e.g. "United Nations Security Council". */
  body: line(1),
  /** Where the text as received comes from (e.g. a research corpus's file), when not the record itself. */
  provenance: prose(1).optional(),
  meeting: z.strictObject({
    /** What the meeting was, as far as it is known. */
    description: line(1),
    agendaItem: line(1).optional(),
    /** Record symbol, e.g. S/PV.7316. */
    record: line(1).optional(),
    date: partialDate.optional(),
    /** Order of the speech in the meeting (1, 2, …), when known. */
    speech: z.number().int().positive().optional(),
    /** How sure the identification of record and date is. */
    status: z.enum(['confirmed', 'probable', 'unknown']),
    /** Why we believe it: shown on the page. */
    evidence: z.array(prose(10)).default([]),
    /** Official addresses for the meeting and its record (required once it is confirmed). */
    sources: z.array(sourceSchema).default([]),
    /** The corpus's name of the meeting (its metadata's basename, e.g. UNSC_2020_SPV.8699Resumption1). */
    corpusMeeting: line(1).optional(),
    /** Held by video conference (2020): such a meeting has no S/PV record, so `record` is absent. */
    videoConference: z.boolean().optional(),
    /** The meeting's topic, as the corpus's metadata gives it. */
    topic: line(1).optional(),
    /** What the Council adopted at the meeting, as the corpus's metadata gives it. */
    outcome: z
      .strictObject({
        symbol: z.string().regex(/^S\/(RES|PRST)\//),
        kind: z.enum(['resolution', 'presidential-statement']),
        url: z.string().regex(/^https:\/\/undocs\.org\/\S+$/, { error: 'expected the official address https://undocs.org/<symbol>' }),
      })
      .optional(),
    /** The State holding the presidency at the meeting (the President's State in the corpus's metadata). */
    presiding: line(1).optional(),
    /** How many speeches the meeting had, by the corpus's count. */
    speeches: z.number().int().positive().optional(),
  }).refine((m) => m.status !== 'confirmed' || m.sources.length > 0, {
    error: 'a confirmed meeting needs at least one official source',
    path: ['sources'],
  }),
  /** When the statement was made, as far as it is known (for sorting and citations). */
  year: z.number().int().min(1945).max(2100),
  language: z.string().regex(/^[a-z]{2}$/),
  /** Note on the language of the record (e.g. an official translation). */
  languageNote: prose(1).optional(),
  /** The record as received, relative to this file. */
  record: line(1),
  /** The record's encoding as received (kept byte for byte); absent: UTF-8 without a byte-order mark. */
  recordEncoding: z.enum(recordEncodings).optional(),
  /**
   * The corpus's metadata row for this speech (The UN Security Council Debates,
   * speeches.tsv): what the corpus codes, beside what the record prints. Not
   * checked by an editor until the meeting's status is confirmed.
   */
  corpusMetadata: z
    .strictObject({
      /** Provenance: "the corpus's metadata (V5, doi:10.7910/DVN/KGVSYH)". */
      source: line(1),
      /** The speech file the row describes. */
      file: line(1),
      /** Where the row is, e.g. "speeches.tsv line 47998". */
      row: line(1),
      speaker: line(1),
      /** The speaker's country or body as the corpus codes it (title-cased there: "United States Of America"); for the President, the presiding State. */
      country: line(1),
      participantType: line(1),
      /** Whether the speaker's State sat on the Council (participanttype Mentioned, or the President). */
      councilMember: z.boolean(),
      /** A UN official's post (role_in_un). */
      post: line(1).optional(),
    })
    .optional(),
  /** Phrases before which the edition restores a paragraph break the record lost. */
  restoredBreaks: z.array(line(1)).default([]),
  /** The statement shown on the home page. */
  featured: z.boolean().default(false),
});
export type StatementMeta = z.output<typeof statementSchema>;
