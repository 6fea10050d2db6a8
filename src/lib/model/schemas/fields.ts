/**
 * The fields the edition's schemas are built of: partial dates, checked lines
 * and prose (no control or format character), and a source at an official
 * address. The schemas (./entity.ts, ./claims.ts, ./statement.ts,
 * ./meeting.ts) are one source of truth, used by the content collections
 * (src/content.config.ts), by the remark plugins at build time and by the
 * tests, so a bad entry fails in every place the same way.
 */
import { z } from 'astro/zod';
import { hiddenCharacters } from '../text/text.ts';
import { urlProblem } from '../citable-urls.ts';

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

/** A string of the data that passes `check` (which returns why not, or undefined). */
export const checked = (check: (s: string) => string | undefined) =>
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
export type EntitySource = z.output<typeof sourceSchema>;
