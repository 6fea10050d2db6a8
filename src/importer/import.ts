/**
 * Imports records: for each, checks everything first (readable UTF-8 text, a
 * speaker label, a free slug, a body that parses and passes the record check,
 * front matter the schema accepts), then writes the record byte for byte to
 * content/sources/<slug>.txt and the statement to content/statements/<slug>.mdx,
 * and freezes its paragraph and sentence ids in content/fixity/<slug>.json. A record that
 * fails any check writes nothing, and the files are written all or none
 * (write-files.ts); the others of a batch are imported. A batch run again
 * after an interruption skips what is already on disk, identical.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadGlossary } from '../lib/readers/glossary.ts';
import type { NameIndex } from '../lib/model/glossary/names.ts';
import type { StatementMeta } from '../lib/model/schemas/statement.ts';
import { frontMatter, meetingOf, statementFile, type Status } from './write/front-matter.ts';
import { looksLikeCorpusName, parseCorpusName } from './read/file-name.ts';
import { fixityHash, fixityPath, fixityText, paragraphEntries, readFixity, type FixityEntries } from './write/fixity.ts';
import { hiddenInLabel, hiddenInText } from './read/hidden-text.ts';
import { checkRecordFile, folderLinkRefusal, isLink } from './read/input-checks.ts';
import { paragraphTooLarge } from '../lib/model/limits.ts';
import { parseLabel, type SpeakerLabel } from './read/label.ts';
import { candidateNames, linkedEntities, type Found } from './names/names-found.ts';
import { readRecord, RecordError } from './read/read-record.ts';
import { lostBreaks, undecidedHyphens, unwrap, type Hyphen, type LongParagraph, type LostBreak } from './read/unwrap.ts';
import type { TextMarks } from './text/text-marks.ts';
import { markedBody } from './text/marked-body.ts';
import { sentenceId } from '../lib/model/text/sentences.ts';
import { corpusFacts } from './metadata/corpus-facts.ts';
import type { CorpusMetadata } from './metadata/corpus-metadata.ts';
import type { LineEndings } from './read/decode.ts';
import type { RecordEncoding } from '../lib/model/record/encoding.ts';
import { writeMeetingFiles, type MeetingFileResult } from './metadata/meeting-file.ts';
import { chooseSlug } from './write/slug.ts';
import { plan, realOps, writeFilesAtomically, type FileOps, type LeftoverIndex, type PlannedFile } from './write/write-files.ts';

export { fixityHash } from './write/fixity.ts';

export interface ImportOptions {
  /** The project's root: content/ (statements, sources, fixity) is under it. */
  root: string;
  slug?: string;
  meeting?: string;
  date?: string;
  status?: Status;
  force?: boolean;
  /** Check and report, write nothing. */
  dryRun?: boolean;
  /** The corpus's metadata (--meta), read once for the batch. */
  metadata?: CorpusMetadata;
  /** The largest record accepted, in bytes (src/lib/model/limits.ts); raised only by the bench. */
  maxRecordBytes?: number;
  /** The file operations (tests replace one to fail midway). */
  fileOps?: FileOps;
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
  /** What happened to the paragraph ids in content/fixity/<slug>.json. */
  fixity: 'added' | 'kept' | 'differs' | 'not-written';
  /** The files this import wrote, relative to the root: none when everything was already on disk, identical (a batch run again). */
  written: string[];
  notes: string[];
  /** The record's encoding and line endings as received. */
  encoding: RecordEncoding;
  lineEndings: LineEndings;
  /** The metadata rows used ("speeches.tsv line 4012; meetings.tsv line 5001"), or why none. */
  metadataRow: string;
  /** Where the file name, the label and the metadata disagree (the record's words are kept). */
  disagreements: string[];
  /** What the importer could read only in part, or the metadata left unsaid. */
  warnings: string[];
}

export interface ImportResult {
  /** The record file as given. */
  file: string;
  report?: Report;
  error?: string;
  /** Files a failed import could not put back as they were (normally none: nothing is written half-way). */
  leftOnDisk?: string[];
}

class WriteError extends Error {
  readonly leftOnDisk: string[];
  constructor(message: string, leftOnDisk: string[]) {
    super(message);
    this.leftOnDisk = leftOnDisk;
  }
}

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
    if (isLink(input)) {
      errors.push({ file: input, error: folderLinkRefusal });
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
export function importRecord(
  file: string,
  opts: ImportOptions,
  glossary = glossaryIndex(opts.root),
  taken = new Set<string>(),
  leftovers?: LeftoverIndex,
): ImportResult {
  try {
    return { file, report: importOne(file, opts, glossary, taken, leftovers) };
  } catch (e) {
    return { file, error: e instanceof RecordError ? e.message : (e as Error).message, ...(e instanceof WriteError && e.leftOnDisk.length ? { leftOnDisk: e.leftOnDisk } : {}) };
  }
}

function importOne(file: string, opts: ImportOptions, glossary: { index?: NameIndex; note?: string }, taken: Set<string>, leftovers?: LeftoverIndex): Report {
  checkRecordFile(file, opts.maxRecordBytes);
  const { bytes, text, encoding, lineEndings } = readRecord(file);
  const { paragraphs, lines } = unwrap(text);
  const parsed = parseLabel(paragraphs[0]);
  if ('error' in parsed) throw new RecordError(`line ${lines[0][0].line}: ${parsed.error}`);
  const speaker = parsed.label;
  const longest = paragraphs.findIndex((p) => paragraphTooLarge(Buffer.byteLength(p)));
  if (longest !== -1) throw new RecordError(`line ${lines[longest][0].line}: ${paragraphTooLarge(Buffer.byteLength(paragraphs[longest]))}`);
  const hidden = hiddenInLabel(parsed.label.printed);
  if (hidden) throw new RecordError(`line ${lines[0][0].line}: ${hidden}`);

  const { slug, note: slugNote } = chooseSlug(file, opts.slug);
  if (taken.has(slug)) throw new RecordError(`another record of this batch already takes the slug "${slug}"`);
  const statement = join(opts.root, 'content/statements', `${slug}.mdx`);
  const source = join(opts.root, 'content/sources', `${slug}.txt`);
  const rel = (p: string) => relative(opts.root, p);

  const notes: string[] = slugNote ? [slugNote] : [];
  notes.push(...hiddenInText(text));
  const corpus = parseCorpusName(file);
  if (!corpus && looksLikeCorpusName(file)) notes.push('the file name starts like a corpus name (UNSC_…) but is not UNSC_<year>_SPV.<n>_spch<k>.txt: it gives nothing');
  if (corpus && opts.meeting && corpus.videoConference) throw new RecordError(`the file name gives a meeting held by video conference (${corpus.basename}), which has no S/PV record; --meeting gives ${opts.meeting}`);
  const facts = corpusFacts(file, corpus, speaker, opts.metadata, { date: opts.date });
  const warnings = [...facts.warnings];
  if (speaker.stray) {
    warnings.push(`scrambled label: two-column extraction ran "${speaker.stray}" into the language marker; read as ${speaker.name}${speaker.country ? ` (${speaker.country})` : ''}, spoke in ${speaker.spokeIn}; the stray words are kept where the record prints them`);
  }
  if (opts.metadata && !facts.row) warnings.push(`not in the metadata: no row of ${opts.metadata.files.speeches} names this file`);
  const m = meetingOf(file, { corpus, record: opts.meeting, date: opts.date, status: opts.status, facts });
  if ('error' in m) throw new RecordError(m.error);

  const labelEnd = paragraphs[0].indexOf(':') + 1;
  const ctx = { record: m.meeting.record, president: /^the president\b/i.test(speaker.name), topic: m.meeting.topic };
  const frozen = readFixity(slug, opts.root);
  const { marks, body, checked } = markedBody(paragraphs, labelEnd, ctx, text, frozen && { slug, ids: Object.keys(frozen) });
  const texts = checked.texts;
  const meta = frontMatter({ slug, file, speaker, meeting: m.meeting, year: m.year, provenance: m.provenance, encoding, corpusMetadata: facts.corpusMetadata });
  const { breaks, long, unshownBreaks } = lostBreaks(lines, paragraphs);
  if (unshownBreaks) notes.push(`${unshownBreaks} more line(s) look like lost paragraph breaks (the first ${breaks.length} are listed): look at the record whole`);
  if (glossary.note) notes.push(glossary.note);

  // What is on disk already: nothing, the same files (an interrupted or repeated batch), or others.
  const files: PlannedFile[] = [
    { path: source, content: bytes },
    { path: statement, content: statementFile(meta, body.mdx) },
  ];
  const onDisk = plan(files);
  // Named as before: the statement (the editors' work) first.
  const differing = onDisk.filter((f) => f.state === 'differs').map((f) => rel(f.path)).reverse();
  if (differing.length && !opts.force) {
    throw new RecordError(`${differing.join(' and ')} already exist${differing.length === 1 ? 's' : ''}: nothing is overwritten (--force replaces, losing its editorial work)`);
  }
  // A published statement's frozen ids are never changed here: only a deliberate edit changes them.
  const entries = fixityEntries(texts, checked.sentences);
  const fixity: Report['fixity'] = !frozen ? 'added' : fixityText(frozen) === fixityText(entries) ? 'kept' : 'differs';
  if (fixity === 'added') files.push({ path: fixityPath(slug, opts.root), content: fixityText(entries) });
  const toWrite = files.filter((_, i) => i >= onDisk.length || onDisk[i].state !== 'identical');

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
    replaced: differing.length > 0,
    fixity: 'not-written',
    written: [],
    notes,
    encoding,
    lineEndings,
    metadataRow: facts.used,
    disagreements: facts.disagreements,
    warnings,
  };
  taken.add(slug);
  if (opts.dryRun) return report;

  try {
    writeFilesAtomically(toWrite, opts.fileOps ?? realOps, leftovers);
  } catch (e) {
    const left = toWrite.map((f) => f.path).filter((p) => !onDisk.some((d) => d.path === p && d.state !== 'new') && existsSync(p));
    throw new WriteError(`cannot write: ${(e as Error).message}`, left.map(rel));
  }
  report.written = toWrite.map((f) => rel(f.path));
  report.fixity = fixity;
  return report;
}

/** The ids to freeze: paragraphs first, then sentences (contracts.md), each with its text's hash. */
export function fixityEntries(texts: string[], sentences: string[][]): FixityEntries {
  const out: FixityEntries = paragraphEntries(texts);
  sentences.forEach((ss, i) => ss.forEach((t, k) => (out[sentenceId(i + 1, k + 1)] = fixityHash(t))));
  return out;
}

/**
 * Imports every record of the inputs (files or folders); the failures do not
 * stop the rest. With the metadata, then writes the meeting file of each
 * meeting an imported record belongs to. `progress` is told after each record.
 */
export function importRecords(
  inputs: string[],
  opts: ImportOptions,
  progress?: (done: number, total: number) => void,
): ImportResult[] & { meetings?: MeetingFileResult[] } {
  const { files, errors } = expandInputs(inputs);
  const glossary = glossaryIndex(opts.root);
  const taken = new Set<string>();
  // The folders' leftover temporary files, listed once for the batch (write-files.ts).
  const leftovers: LeftoverIndex = new Map();
  const results: ImportResult[] & { meetings?: MeetingFileResult[] } = [...errors];
  files.forEach((f, i) => {
    results.push(importRecord(f, opts, glossary, taken, leftovers));
    progress?.(i + 1, files.length);
  });
  if (opts.metadata) {
    const meetings = new Set(results.flatMap((r) => (r.report?.meta.corpusMetadata ? [r.report.meta.meeting.corpusMeeting ?? ''] : [])).filter(Boolean));
    results.meetings = writeMeetingFiles(opts.root, [...meetings], opts.metadata, opts.dryRun);
  }
  return results;
}
