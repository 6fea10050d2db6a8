/**
 * The claims ledger of a statement (content/claims/<slug>.yaml): every
 * checkable factual claim, in the speaker's words, with a verdict on a
 * published scale, why, the sources and what would change the verdict.
 *
 * Pure logic: the schema, the scale, the cross-file checks (quote in its
 * paragraph, notes that exist, sources that exist and are used) and the text
 * fragment that links a claim to its words. The pages and data files build on it.
 */
import { z } from 'astro/zod';
import { line, prose, sourceSchema, type EntitySource } from '../model/schemas/fields.ts';
import { foldTypography } from '../model/text/text.ts';
import { textFragment } from '../citation/citations.ts';
import { parseYamlFile } from '../readers/yaml.ts';

/** The scale, strongest first. `rating` is the ClaimReview ratingValue (best 4, worst 1). */
export const verdicts = {
  confirmed: {
    label: 'Confirmed',
    rating: 4,
    criteria: 'The sources state what the claim says, in substance and for the time it speaks of.',
  },
  'confirmed-in-part': {
    label: 'Confirmed in part',
    rating: 3,
    criteria: 'The sources confirm part of the claim; another part is not confirmed, is imprecise, or is contradicted.',
  },
  'not-confirmed': {
    label: 'Not confirmed',
    rating: 2,
    criteria: 'The editors found no source that settles it either way. This is not a finding that the claim is false.',
  },
  contradicted: {
    label: 'Contradicted by the sources',
    rating: 1,
    criteria: 'The sources state something the claim cannot be reconciled with.',
  },
} as const;
export type Verdict = keyof typeof verdicts;
export const verdictIds = Object.keys(verdicts) as Verdict[];
export const BEST_RATING = 4;
export const WORST_RATING = 1;

const verdictSchema = z.string().refine((v): v is Verdict => v in verdicts, {
  error: (issue) => `unknown verdict "${String(issue.input)}": use one of ${verdictIds.join(', ')}`,
}) as unknown as z.ZodType<Verdict>;

export const claimSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Paragraph the claim stands in. */
  paragraph: z.number().int().positive(),
  /** The speaker's words that make the claim; must occur in the paragraph. */
  quote: line(3),
  /** The claim restated in plain words (ClaimReview's claimReviewed). */
  claim: prose(10),
  verdict: verdictSchema,
  /** Why, in one to three sentences. */
  why: prose(20).refine((s) => (s.match(/[.!?](\s|$)/g) ?? []).length <= 3, { error: 'say why in one to three sentences' }),
  /** What evidence would change the verdict. */
  change: prose(10),
  /** Ids of sources of this file; at least one. */
  sources: z.array(line(1)).min(1, { error: 'a claim needs at least one source' }),
  /** Ids of the editors' notes on the same point (content/notes). */
  notes: z.array(line(1)).default([]),
});

/** A factual-sounding passage the editors have not examined, and why it is not in the ledger. */
export const unexaminedSchema = z.strictObject({
  paragraph: z.number().int().positive(),
  quote: line(3),
  reason: prose(10),
});

export const claimsFileSchema = z.strictObject({
  statement: line(1),
  claims: z.array(claimSchema).min(1),
  unexamined: z.array(unexaminedSchema).default([]),
  sources: z.array(sourceSchema).min(1),
});
export type ClaimsFile = z.output<typeof claimsFileSchema>;
export type Claim = z.output<typeof claimSchema>;

/** A claim with its sources resolved, as pages and data files use it. */
export interface ReviewedClaim extends Omit<Claim, 'sources'> {
  sources: EntitySource[];
}

export interface ClaimsToCheck {
  file: ClaimsFile;
  /** The statement's paragraphs (undefined when no statement has this slug). */
  paragraphs?: { n: number; text: string }[];
  /** Ids of the editors' notes on the statement. */
  noteIds: Set<string>;
  /** `file:line` of a key path in the claims file. */
  where: (path: (string | number)[]) => string;
}

/** Cross-file checks of a valid claims file; each problem as `file:line: message`. */
export function checkClaims({ file, paragraphs, noteIds, where }: ClaimsToCheck): string[] {
  const problems: string[] = [];
  if (!paragraphs) return [`${where(['statement'])}: claims for unknown statement "${file.statement}"`];
  const sourceIds = new Set(file.sources.map((s) => s.id));
  const used = new Set<string>();
  const seen = new Set<string>();
  const quoted = (kind: string, i: number, x: { paragraph: number; quote: string }, label: string) => {
    const p = paragraphs.find((q) => q.n === x.paragraph);
    if (!p) problems.push(`${where([kind, i, 'paragraph'])}: ${label} is on paragraph ${x.paragraph}, which does not exist`);
    else if (!foldTypography(p.text).includes(foldTypography(x.quote).replace(/\s+/g, ' ')))
      problems.push(`${where([kind, i, 'quote'])}: ${label} quotes "${x.quote}", which paragraph ${x.paragraph} does not contain`);
  };
  file.claims.forEach((c, i) => {
    if (seen.has(c.id)) problems.push(`${where(['claims', i, 'id'])}: two claims share the id "${c.id}"`);
    seen.add(c.id);
    quoted('claims', i, c, `claim "${c.id}"`);
    c.sources.forEach((s, j) => {
      used.add(s);
      if (!sourceIds.has(s)) problems.push(`${where(['claims', i, 'sources', j])}: claim "${c.id}" cites unknown source "${s}"`);
    });
    c.notes.forEach((n, j) => {
      if (!noteIds.has(n)) problems.push(`${where(['claims', i, 'notes', j])}: claim "${c.id}" names unknown note "${n}"`);
    });
  });
  file.unexamined.forEach((u, i) => quoted('unexamined', i, u, 'an unexamined passage'));
  const ids = new Set<string>();
  file.sources.forEach((s, i) => {
    if (ids.has(s.id)) problems.push(`${where(['sources', i, 'id'])}: two sources share the id "${s.id}"`);
    ids.add(s.id);
    if (!used.has(s.id)) problems.push(`${where(['sources', i, 'id'])}: source "${s.id}" is cited by no claim`);
  });
  return problems;
}

/**
 * Reads one claims file: YAML and schema errors, then the cross-file checks
 * against its statement (found by `statementOf`), each as `file:line: message`.
 */
export function readClaimsFile(
  text: string,
  file: string,
  statementOf: (slug: string) => { paragraphs: { n: number; text: string }[]; noteIds: Set<string> } | undefined,
): { data?: ClaimsFile; problems: string[] } {
  const parsed = parseYamlFile(text, file, (d) => claimsFileSchema.safeParse(d));
  if (!parsed.data) return { problems: parsed.problems };
  const statement = statementOf(parsed.data.statement);
  const problems = checkClaims({
    file: parsed.data,
    paragraphs: statement?.paragraphs,
    noteIds: statement?.noteIds ?? new Set(),
    where: (path) => `${file}:${parsed.lineOf(path)}`,
  });
  return problems.length ? { problems } : { data: parsed.data, problems };
}

/** The claims with their sources resolved, in paragraph order (the file's order within a paragraph). */
export function reviewedClaims(file: ClaimsFile): ReviewedClaim[] {
  const byId = new Map(file.sources.map((s) => [s.id, s]));
  return file.claims
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.paragraph - b.c.paragraph || a.i - b.i)
    .map(({ c }) => ({ ...c, sources: c.sources.map((s) => byId.get(s)!) }));
}

/** The speaker's words of a quote as the paragraph prints them (its own typography), and where. */
export function printedWords(quote: string, paragraph: string): { words: string; at: number } {
  const q = foldTypography(quote).replace(/\s+/g, ' ');
  const at = foldTypography(paragraph).indexOf(q);
  if (at < 0) throw new Error(`"${quote}" is not in the paragraph`);
  // foldTypography keeps lengths, so offsets carry over to the printed text.
  return { words: paragraph.slice(at, at + q.length), at };
}

/**
 * The speaker's words and the text fragment that points at them: `text=…`,
 * with a prefix when the words occur elsewhere in the statement too.
 */
export function claimWords(quote: string, paragraph: string, allText: string[]): { words: string; fragment: string } {
  const { words, at } = printedWords(quote, paragraph);
  const haystack = allText.map((t) => foldTypography(t).toLowerCase());
  const count = (t: string) => haystack.reduce((n, h) => n + h.split(foldTypography(t).toLowerCase()).length - 1, 0);
  return { words, fragment: textFragment(words, (t) => count(t) <= 1, paragraph.slice(0, at)) };
}
