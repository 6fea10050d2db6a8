/**
 * The schemas of a meeting file (content/meetings/<slug>.yaml): the roster of a
 * meeting the edition holds a statement of, from the corpus's metadata, with
 * its outcome and press release at their official addresses. The format is
 * the importer's (src/importer/metadata/meeting-file.ts).
 * Two checks of it: `meetingCollectionSchema`, the content collection's
 * (src/content.config.ts), minimal; and `meetingFileSchema`, the build's full
 * check (src/lib/readers/meeting-files.ts), which the pages read. Every row's
 * source is the corpus named in `source` (its version and DOI).
 */
import { z } from 'astro/zod';
import { hiddenCharacters } from '../text/text.ts';
import { urlProblem } from '../citable-urls.ts';
import { partialDate } from './fields.ts';

/**
 * A meeting file, content/meetings/<meeting-slug>.yaml, as the importer writes
 * it from the corpus's metadata (src/importer/metadata/meeting-file.ts; format in the
 * helpers' contract), as the content collection checks it. Minimal: the
 * meetings pages (issue 19) read it through `meetingFileSchema` below.
 */
export const meetingCollectionSchema = z.strictObject({
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

const line = z.string().superRefine((s, ctx) => {
  const problem = hiddenCharacters(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const url = z.string().superRefine((s, ctx) => {
  const problem = urlProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
// YAML readers may turn 2014-11-19 into a Date: read it back as text.
const isoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'expected a date as YYYY-MM-DD' }),
);

export const rosterRowSchema = z.strictObject({
  /** The speech's order in the meeting, from 1. */
  order: z.number().int().positive(),
  /** The speaker as the corpus prints it ("Ms. Bishop/Ms. King/Mr. Quinlan"). */
  speaker: line,
  /** The country or body, as the corpus spells it (title-cased). */
  country: line,
  participantType: line,
  /** A UN official's post, or "". */
  post: z.string(),
  /** The corpus's file name of the speech (UNSC_2014_SPV.7316_spch069.txt). */
  file: z.string().regex(/^[A-Za-z0-9_.-]+\.txt$/, { error: 'expected a corpus file name like UNSC_2014_SPV.7316_spch069.txt' }),
});

export const meetingFileSchema = z
  .strictObject({
    record: z.string().regex(/^S\/PV\.\d+( \(Resumption \d+\))?$/, { error: 'expected a record symbol like S/PV.7316' }).nullable(),
    corpusBasename: z.string().regex(/^UNSC_\d{4}_SPV\.[A-Za-z0-9_]+$/),
    videoConference: z.boolean(),
    resumption: z.number().int().positive().nullable(),
    date: isoDate,
    topic: line,
    outcome: z
      .strictObject({
        symbol: z.string().regex(/^S\/(PRST\/\d{4}\/\d+|RES\/\d+ ?\(\d{4}\))$/, { error: 'expected S/PRST/YYYY/N or S/RES/N (YYYY)' }),
        kind: z.enum(['presidential-statement', 'resolution']),
        url,
      })
      .nullable(),
    pressRelease: url.nullable(),
    speechCount: z.number().int().positive(),
    source: z.strictObject({ corpus: line, version: line, doi: z.string().regex(/^10\.\d+\/\S+$/) }),
    roster: z.array(rosterRowSchema),
  })
  .superRefine((m, ctx) => {
    // The roster is the whole meeting, in order: 1, 2, … speechCount.
    if (m.roster.length !== m.speechCount) {
      ctx.addIssue({ code: 'custom', path: ['roster'], message: `the roster has ${m.roster.length} rows, speechCount says ${m.speechCount}` });
    }
    m.roster.forEach((r, i) => {
      if (r.order !== i + 1) ctx.addIssue({ code: 'custom', path: ['roster', i, 'order'], message: `row ${i + 1} has order ${r.order}: the rows must be in order, from 1` });
    });
    if (m.videoConference !== (m.record === null)) {
      ctx.addIssue({ code: 'custom', path: ['record'], message: 'a video-conference record has no S/PV symbol (record: null), and only it' });
    }
  });

export type MeetingFile = z.infer<typeof meetingFileSchema>;
export type RosterRow = MeetingFile['roster'][number];
