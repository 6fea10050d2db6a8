/**
 * Schemas of the edition's data. One source of truth, used by the content
 * collections (src/content.config.ts), by the remark plugins at build time and
 * by the tests, so a bad entry fails in every place the same way.
 */
import { z } from 'astro/zod';
import { hiddenCharacters } from './text/text.ts';
import { urlProblem } from './citable-urls.ts';
import { REF_PATTERN, researchProblems } from './glossary/research.ts';
import { recordEncodings } from './record/encoding.ts';
import { oneStatementProblem } from './glossary/statement-words.ts';

/**
 * A calendar date as precise as the source: 2001, 2001-09 or 2001-09-28.
 * (Some YAML readers turn a full date into a Date: it is read back as text.)
 */
export const partialDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
  })
  .refine(
    (s) => {
      const [y, m, d] = s.split('-').map(Number);
      if (d === undefined) return true;
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    },
    { error: 'no such day in the calendar' },
  ),
);

export const entityTypes = [
  'organisation',
  'treaty',
  'programme',
  'person',
  'place',
  'event',
] as const;
export type EntityType = (typeof entityTypes)[number];

/** A string of the data that passes `check` (which returns why not, or undefined). */
const checked = (check: (s: string) => string | undefined) =>
  z.string().superRefine((s, ctx) => {
    const problem = check(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A name or a one-line text: no control or format character (zero-width, bidi, BOM, line break). */
export const line = (min: number) => checked((s) => hiddenCharacters(s)).min(min);
/** Prose: may have line breaks, but no other control or format character. */
export const prose = (min: number) => checked((s) => hiddenCharacters(s, { lines: true })).min(min);

export const sourceSchema = z.strictObject({
  /** Short key that facts and notes cite, unique within the entry, e.g. `mandate`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: line(3),
  publisher: line(2),
  /** An official http(s) address (see src/lib/model/citable-urls.ts for what is refused). */
  url: checked(urlProblem),
  /**
   * How the address is known (see the research notes):
   * seen — an archived copy at exactly this address was read;
   * seen-named — an archived copy names this original address;
   * seen-mirror — the same page was read on a mirror host;
   * canonical — a stable official pattern (a UN symbol address), not itself read.
   */
  status: z.enum(['seen', 'seen-named', 'seen-mirror', 'canonical']),
  /** Language of the page when not English, e.g. `ru`. */
  lang: z.string().regex(/^[a-z]{2}$/).optional(),
});

export const factSchema = z.strictObject({
  label: line(2),
  /** The fact in our own words, one sentence or phrase. */
  text: prose(2),
  /** When the fact happened or holds from. */
  date: partialDate.optional(),
  /** For counts that change (members): the date the figure is true for. */
  asOf: partialDate.optional(),
  /** Ids of sources in this entry that support it. */
  sources: z.array(z.string()).min(1),
  /** The points of the research notes this fact publishes (E27.1; see src/lib/model/glossary/research.ts). */
  refs: z.array(z.string().regex(REF_PATTERN, { error: 'expected a point of the research notes, e.g. E27.1 or E27.2a' })).default([]),
});

/** One checked point of the research notes for an entry: published, or left out with the reason. */
export const checkedFactSchema = z.strictObject({
  ref: z.string().regex(REF_PATTERN, { error: 'expected a point of the research notes, e.g. E27.1 or E27.2a' }),
  /** The point, briefly, as the notes give it. */
  fact: z.string().min(3),
  /** Why it is not published; absent when a fact of the entry publishes it. */
  omitted: z.string().min(10).optional(),
});

export const noteSchema = z.strictObject({
  /** What is uncertain and why, in the editor's voice. */
  text: prose(10),
  sources: z.array(z.string()).default([]),
});

/**
 * GeoNames, the open gazetteer, by entry (`https://www.geonames.org/1526384`)
 * or, where the id was not checked, by its search page
 * (`https://www.geonames.org/search.html?q=Ashgabat`).
 */
export const geoNamesAddress = /^https:\/\/www\.geonames\.org\/(\d+|search\.html\?q=[A-Za-z0-9%+._-]+)$/;

/** Where a place is on a map, WGS 84 degrees, and where that comes from. */
export const coordinatesSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** A GeoNames address (see `geoNamesAddress`) or the id of one of the entry's sources. */
  source: z.string().min(1),
});
export type Coordinates = z.output<typeof coordinatesSchema>;

/** Where an organisation (or one of its offices) sits: the map shows it there. */
export const seatSchema = z.strictObject({
  /** What sits there: "Secretariat", "Regional Office for Central Asia". */
  label: z.string().min(2),
  /** The city, as the map labels it; a place entry of the same name is linked. */
  place: z.string().min(2),
  coordinates: coordinatesSchema,
  /** Ids of this entry's sources that say the seat is there. */
  sources: z.array(z.string()).min(1),
});
export type Seat = z.output<typeof seatSchema>;

export const entitySchema = z
  .strictObject({
    /** Short, stable, used in URLs: /glossary/<id>/. Equals the file name. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** The name this edition uses as a heading (usually the official English one). */
    name: line(2),
    /** Full official name, where it differs from `name`. */
    officialName: line(2).optional(),
    type: z.enum(entityTypes),
    /**
     * The identification of what the text means by this entry is the editors'
     * inference: every mention of it is published as probable, linked by name or by hand.
     */
    probable: z.boolean().default(false),
    /** Acronyms, matched case-sensitively as whole words (CTC, SCO, CIS ATC). */
    acronyms: z
      .array(checked((s) => hiddenCharacters(s) ?? (/^[A-Z][A-Za-z0-9 .-]*$/.test(s) ? undefined : 'an acronym starts with a capital letter and has only letters, digits, spaces, dots and hyphens')))
      .default([]),
    /**
     * Every other form a reader may meet or type, including the forms the text
     * prints ("Anti-Terrorist Centre of the Commonwealth of Independent States")
     * and other spellings ("Organisation", "Co-operation"). Matched in the text
     * case-insensitively as whole words, longest first.
     */
    aliases: z.array(line(2)).default([]),
    /** Phrases holding one of its names that mean something else ("Deputy Secretary-General"): not linked. */
    notNames: z.array(line(3)).default([]),
    /** One line, shown in the sidebar and the preview card. */
    definition: line(10).max(200),
    /** A short annotation in our own words: why it matters to the statement. */
    annotation: prose(20),
    facts: z.array(factSchema).default([]),
    sources: z.array(sourceSchema).min(1, { error: 'every entity needs at least one source' }),
    /** Editorial notes on doubtful points: what is uncertain and why. */
    notes: z.array(noteSchema).default([]),
    /** Another entry this one belongs to (RATS → SCO). */
    partOf: z.string().optional(),
    /** True for an entry kept for context that the text itself never names. */
    context: z.boolean().default(false),
    /** A place's position, for the maps (places only). */
    coordinates: coordinatesSchema.optional(),
    /** Where an organisation sits, for the maps (organisations only; checked seats only). */
    seats: z.array(seatSchema).default([]),
    /** The facts accounting: every checked point of the research notes' entry, published or omitted. */
    research: z
      .strictObject({
        /** The research notes' entry, e.g. E27. */
        entry: z.string().regex(/^[EK]\d{2}$/),
        checked: z.array(checkedFactSchema).min(1),
      })
      .optional(),
  })
  .superRefine((e, ctx) => {
    const ids = new Set(e.sources.map((s) => s.id));
    if (ids.size !== e.sources.length) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'two sources share an id' });
    }
    e.facts.forEach((f, i) =>
      f.sources.forEach((s, j) => {
        if (!ids.has(s))
          ctx.addIssue({ code: 'custom', path: ['facts', i, 'sources', j], message: `unknown source id "${s}"` });
      }),
    );
    for (const p of researchProblems(e)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
    const aboutOne = (text: string, path: (string | number)[]) => {
      const problem = oneStatementProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', path, message: problem });
    };
    aboutOne(e.definition, ['definition']);
    e.facts.forEach((f, i) => (aboutOne(f.label, ['facts', i, 'label']), aboutOne(f.text, ['facts', i, 'text'])));
    e.notes.forEach((n, i) =>
      n.sources.forEach((s, j) => {
        if (!ids.has(s))
          ctx.addIssue({ code: 'custom', path: ['notes', i, 'sources', j], message: `unknown source id "${s}"` });
      }),
    );
    const checkCoordinateSource = (src: string, path: (string | number)[]) => {
      if (!ids.has(src) && !geoNamesAddress.test(src))
        ctx.addIssue({ code: 'custom', path, message: `coordinates need a source: "${src}" is neither a source id of this entry nor a GeoNames address (https://www.geonames.org/<id>)` });
    };
    if (e.coordinates) {
      if (e.type !== 'place') ctx.addIssue({ code: 'custom', path: ['coordinates'], message: `only places have coordinates; give an ${e.type} \`seats\`` });
      checkCoordinateSource(e.coordinates.source, ['coordinates', 'source']);
    }
    if (e.seats.length > 0 && e.type !== 'organisation')
      ctx.addIssue({ code: 'custom', path: ['seats'], message: 'only organisations have seats; give a place `coordinates`' });
    e.seats.forEach((seat, i) => {
      checkCoordinateSource(seat.coordinates.source, ['seats', i, 'coordinates', 'source']);
      seat.sources.forEach((s, j) => {
        if (!ids.has(s))
          ctx.addIssue({ code: 'custom', path: ['seats', i, 'sources', j], message: `unknown source id "${s}"` });
      });
    });
  });

export type Entity = z.output<typeof entitySchema>;
export type EntitySource = z.output<typeof sourceSchema>;

/** Editorial notes on claims of one statement, shown at the paragraph they concern. */
export const claimNoteSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Paragraph number the note belongs to. */
  paragraph: z.number().int().positive(),
  /** Words of that paragraph the note is about; must occur in it. */
  quote: prose(3),
  title: line(3),
  /** The note, in the editor's voice. */
  text: prose(20),
  /** Entities the note concerns. */
  entities: z.array(z.string()).default([]),
  sources: z.array(sourceSchema).min(1),
});
export const claimNotesSchema = z.strictObject({
  /** Slug of the statement (its file name without `.mdx`); equals this file's name. */
  statement: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected the slug of a statement (its file name without .mdx)' }),
  notes: z.array(claimNoteSchema),
});
export type ClaimNote = z.output<typeof claimNoteSchema>;

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

/**
 * A meeting file, content/meetings/<meeting-slug>.yaml, as the importer writes
 * it from the corpus's metadata (src/importer/meeting-file.ts; format in the
 * helpers' contract). Minimal: the meetings pages (issue 19) extend it.
 */
export const meetingFileSchema = z.strictObject({
  /** S/PV.7316, S/PV.8699 (Resumption 1); null for a meeting held by video conference, which has no record. */
  record: z.string().regex(/^S\/PV\.\d+( \(Resumption \d+\))?$/).nullable(),
  corpusBasename: z.string().regex(/^UNSC_\d{4}_SPV\.\S+$/),
  videoConference: z.boolean(),
  resumption: z.number().int().positive().nullable(),
  date: partialDate,
  topic: z.string(),
  outcome: z
    .strictObject({
      symbol: z.string().regex(/^S\/(RES|PRST)\//),
      kind: z.enum(['resolution', 'presidential-statement']),
      url: z.string().regex(/^https:\/\/undocs\.org\/\S+$/),
    })
    .nullable(),
  pressRelease: z.string().regex(/^https:\/\/press\.un\.org\/en\/\S+$/).nullable(),
  speechCount: z.number().int().nonnegative(),
  source: z.strictObject({ corpus: z.string(), version: z.string(), doi: z.string() }),
  roster: z.array(
    z.strictObject({
      order: z.number().int().positive(),
      speaker: z.string(),
      country: z.string(),
      participantType: z.string(),
      post: z.string(),
      file: z.string(),
    }),
  ),
});
export type MeetingFile = z.output<typeof meetingFileSchema>;
