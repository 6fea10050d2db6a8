/**
 * Imports records: for each, checks everything first (readable UTF-8 text, a
 * speaker label, a free slug, a body that parses and passes the record check,
 * front matter the schema accepts), then writes the record byte for byte to
 * content/sources/<slug>.txt and the statement to content/statements/<slug>.mdx,
 * and freezes its paragraph and sentence ids in tests/content/fixity.json. A record that
 * fails any check writes nothing; the others of a batch are imported.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { loadGlossary } from '../lib/readers/glossary.ts';
import type { NameIndex } from '../lib/model/names.ts';
import type { StatementMeta } from '../lib/model/schemas.ts';
import { frontMatter, meetingOf, statementFile, type Status } from './front-matter.ts';
import { looksLikeCorpusName, parseCorpusName, slugFromFileName, slugPattern } from './file-name.ts';
import { parseLabel, type SpeakerLabel } from './label.ts';
import { statementBody } from './mdx-body.ts';
import { candidateNames, linkedEntities, type Found } from './names-found.ts';
import { readRecord, RecordError } from './read-record.ts';
import { lostBreaks, undecidedHyphens, unwrap, type Hyphen, type LongParagraph, type LostBreak } from './unwrap.ts';
import { verifyBody } from './verify.ts';
import { textMarks, type TextMarks } from './text-marks.ts';
import { sentenceId } from '../lib/model/sentences.ts';

export interface ImportOptions {
  /** The project's root: content/ and tests/content/fixity.json are under it. */
  root: string;
  slug?: string;
  meeting?: string;
  date?: string;
  status?: Status;
  force?: boolean;
  /** Check and report, write nothing. */
  dryRun?: boolean;
}

export interface Report {
  slug: string;
  statement: string;
  source: string;
  speaker: SpeakerLabel;
  meta: StatementMeta;
  paragraphs: number;
  words: number;
  linked: Found[];
  candidates: Found[];
  hyphens: Hyphen[];
  breaks: LostBreak[];
  long: LongParagraph[];
  /** Furniture marked, corrections proposed, split words joined (text-marks.ts). */
  text: TextMarks;
  /** How many sentences have an id (p1-s1…). */
  sentences: number;
  /** Whether an existing statement was replaced (--force). */
  replaced: boolean;
  /** What happened to the paragraph ids in tests/content/fixity.json. */
  fixity: 'added' | 'kept' | 'differs' | 'no-file' | 'not-written';
  notes: string[];
}

export interface ImportResult {
  /** The record file as given. */
  file: string;
  report?: Report;
  error?: string;
}

/** Short hash of a paragraph's text, as tests/content/fixity.test.ts computes it. */
export const fixityHash = (text: string) => createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 16);

/** The record files an argument names: the file itself, or every .txt file of a folder. */
export function expandInputs(inputs: string[]): { files: string[]; errors: ImportResult[] } {
  const files: string[] = [];
  const errors: ImportResult[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      // A missing file is reported by readRecord, with the others.
    }
    if (!isDir) {
      files.push(input);
      continue;
    }
    const txt = readdirSync(input).filter((f) => f.toLowerCase().endsWith('.txt')).sort();
    if (txt.length === 0) errors.push({ file: input, error: 'the folder holds no .txt record' });
    files.push(...txt.map((f) => join(input, f)));
  }
  return { files, errors };
}

function glossaryIndex(root: string): { index?: NameIndex; note?: string } {
  const dir = join(root, 'content/glossary');
  if (!existsSync(dir)) return { note: 'no glossary (content/glossary): no entity is linked' };
  try {
    return { index: loadGlossary(dir, root).index };
  } catch (e) {
    return { note: `the glossary does not load, so no entity is listed: ${(e as Error).message.split('\n')[0]}` };
  }
}

/** Imports one record; never throws for a bad record, returns its error instead. */
export function importRecord(file: string, opts: ImportOptions, glossary = glossaryIndex(opts.root), taken = new Set<string>()): ImportResult {
  try {
    return { file, report: importOne(file, opts, glossary, taken) };
  } catch (e) {
    return { file, error: e instanceof RecordError ? e.message : (e as Error).message };
  }
}

function importOne(file: string, opts: ImportOptions, glossary: { index?: NameIndex; note?: string }, taken: Set<string>): Report {
  const { bytes, text } = readRecord(file);
  const { paragraphs, lines } = unwrap(text);
  const parsed = parseLabel(paragraphs[0]);
  if ('error' in parsed) throw new RecordError(`line ${lines[0][0].line}: ${parsed.error}`);
  const speaker = parsed.label;

  const slug = opts.slug ?? slugFromFileName(file);
  if (!slugPattern.test(slug)) throw new RecordError(`the slug "${slug}" is not lower-case words joined by hyphens: give one with --slug`);
  if (taken.has(slug)) throw new RecordError(`another record of this batch already takes the slug "${slug}"`);
  const statement = join(opts.root, 'content/statements', `${slug}.mdx`);
  const source = join(opts.root, 'content/sources', `${slug}.txt`);
  const rel = (p: string) => relative(opts.root, p);
  const existing = [statement, source].filter((p) => existsSync(p));
  if (existing.length && !opts.force) {
    throw new RecordError(`${existing.map(rel).join(' and ')} already exist${existing.length === 1 ? 's' : ''}: nothing is overwritten (--force replaces, losing its editorial work)`);
  }

  const notes: string[] = [];
  const corpus = parseCorpusName(file);
  if (!corpus && looksLikeCorpusName(file)) notes.push('the file name starts like a corpus name (UNSC_…) but is not UNSC_<year>_SPV.<n>_spch<k>.txt: it gives nothing');
  const m = meetingOf(file, { corpus, record: opts.meeting, date: opts.date, status: opts.status });
  if ('error' in m) throw new RecordError(m.error);

  const labelEnd = paragraphs[0].indexOf(':') + 1;
  const marks = textMarks(paragraphs, labelEnd, { record: m.meeting.record, president: /^the president\b/i.test(speaker.name) }, text);
  const body = statementBody(paragraphs, labelEnd, marks.marks);
  const checked = verifyBody(body.mdx, body.plain, text);
  const texts = checked.texts;
  const meta = frontMatter({ slug, file, speaker, meeting: m.meeting, year: m.year, provenance: m.provenance });
  const { breaks, long } = lostBreaks(lines, paragraphs);
  if (glossary.note) notes.push(glossary.note);

  const report: Report = {
    slug,
    statement: rel(statement),
    source: rel(source),
    speaker,
    meta,
    paragraphs: texts.length,
    words: texts.reduce((n, t) => n + t.split(/\s+/).length, 0),
    linked: linkedEntities(texts, glossary.index),
    candidates: candidateNames(texts, glossary.index, [{ paragraph: 1, chars: labelEnd }]),
    hyphens: undecidedHyphens(lines),
    breaks,
    long,
    text: marks,
    sentences: checked.sentences.reduce((n, p) => n + p.length, 0),
    replaced: existing.length > 0,
    fixity: 'not-written',
    notes,
  };
  taken.add(slug);
  if (opts.dryRun) return report;

  const written: string[] = [];
  try {
    for (const p of [source, statement]) mkdirSync(dirname(p), { recursive: true });
    writeFileSync(source, bytes, { flag: opts.force ? 'w' : 'wx' });
    written.push(source);
    writeFileSync(statement, statementFile(meta, body.mdx), { flag: opts.force ? 'w' : 'wx' });
    written.push(statement);
  } catch (e) {
    if (!existing.length) for (const p of written) unlinkSync(p);
    throw new RecordError(`cannot write: ${(e as Error).message}`);
  }
  report.fixity = freeze(opts.root, slug, fixityEntries(texts, checked.sentences));
  return report;
}

/**
 * Adds the statement's paragraph ids and text hashes to tests/content/fixity.json
 * (the published-ids contract that `npm test` checks). An existing entry is
 * never changed here: a published statement's ids change only by a deliberate edit.
 */
/** The ids to freeze: paragraphs first, then sentences (contracts.md), each with its text's hash. */
export function fixityEntries(texts: string[], sentences: string[][]): Record<string, string> {
  const out: Record<string, string> = Object.fromEntries(texts.map((t, i) => [`p${i + 1}`, fixityHash(t)]));
  sentences.forEach((ss, i) => ss.forEach((t, k) => (out[sentenceId(i + 1, k + 1)] = fixityHash(t))));
  return out;
}

function freeze(root: string, slug: string, now: Record<string, string>): Report['fixity'] {
  const path = join(root, 'tests/content/fixity.json');
  if (!existsSync(path)) return 'no-file';
  const frozen = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, string>>;
  if (frozen[slug]) return JSON.stringify(frozen[slug]) === JSON.stringify(now) ? 'kept' : 'differs';
  frozen[slug] = now;
  const sorted = Object.fromEntries(Object.keys(frozen).sort().map((k) => [k, frozen[k]]));
  writeFileSync(path, `${JSON.stringify(sorted, null, 2)}\n`);
  return 'added';
}

/** Imports every record of the inputs (files or folders); the failures do not stop the rest. */
export function importRecords(inputs: string[], opts: ImportOptions): ImportResult[] {
  const { files, errors } = expandInputs(inputs);
  const glossary = glossaryIndex(opts.root);
  const taken = new Set<string>();
  return [...errors, ...files.map((f) => importRecord(f, opts, glossary, taken))];
}
