/** The schema of a glossary entry (content/glossary/<id>.yaml): its names, facts, sources, notes and where it is on a map. */
import { z } from 'astro/zod';
import { hiddenCharacters } from '../text/text.ts';
import { REF_PATTERN, researchProblems } from '../glossary/research.ts';
import { oneStatementProblem } from '../glossary/statement-words.ts';
import { checked, line, partialDate, prose, sourceSchema } from './fields.ts';

export const entityTypes = [
  'organisation',
  'treaty',
  'programme',
  'person',
  'place',
  'event',
] as const;
export type EntityType = (typeof entityTypes)[number];

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
