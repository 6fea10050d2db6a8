/**
 * The bench's import line (issue 21, M3): `npm run add`'s work on one long
 * record, timed through `importRecord` itself (reading, unwrapping, the MDX
 * parse that proves the statement builds, the record check, names, writing
 * the files), in a temporary project with the real glossary. The record is
 * generated: hard-wrapped prose in paragraphs of about 10 KB, like the
 * corpus's but many more. 5 MB is over the importer's 1 MiB limit
 * (src/lib/model/limits.ts), which is raised for this measure only.
 *
 * Also timed: the record-check functions alone on the same record
 * (`recordParagraphs` and `compareWithRecord`, which the build runs too), the
 * same import at 1 MB (time per MB at 1 and 5 MB shows whether it is
 * linear), and, for information, the worst case the limits let in: one
 * paragraph of 64 KiB, where the MDX parser (micromark) is slower than linear.
 *
 * As a script: `npx node tests/bench/import-throughput.ts`.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importRecord } from '../../src/importer/import.ts';
import { MAX_PARAGRAPH_BYTES, MAX_RECORD_BYTES } from '../../src/lib/model/limits.ts';
import { compareWithRecord, recordParagraphs } from '../../src/lib/model/record/record.ts';
import { random, repoRoot } from './generate-corpus.ts';

export interface ImportMeasure {
  bytes: number;
  paragraphs: number;
  ms: number;
}

export interface ImportThroughput {
  /** The budgeted measure: a 5 MB record through the importer. */
  import5: ImportMeasure;
  /** The same at 1 MB, for the time per MB. */
  import1: ImportMeasure;
  /** The record-check functions alone on the 5 MB record. */
  checkMs5: number;
  /** One paragraph of the paragraph limit, through the importer (information). */
  oneParagraph: ImportMeasure;
}

const words = 'the Council and its members support cooperation between regional organizations with national measures against terrorism in every region of the world while respecting human rights and the rule of law'.split(' ');

/** Hard-wrapped prose of about `bytes` bytes, in paragraphs of about `paragraphBytes`, opening with a speaker's label. */
export function longRecord(bytes: number, paragraphBytes: number, seed = 21): string {
  const rnd = random(seed);
  const out: string[] = ['Mr. Example (Ruritania): I thank the President for convening this debate.', ''];
  let size = out[0].length + 2;
  let inParagraph = 0;
  // Sentences of 8–24 words, wrapped at about 70 columns only ever at a space, as a record is.
  let line = '';
  const endLine = () => {
    out.push(line);
    size += line.length + 1;
    inParagraph += line.length + 1;
    line = '';
  };
  while (size < bytes) {
    const sentence = Array.from({ length: rnd.int(8, 24) }, () => rnd.pick(words)).join(' ');
    for (const w of `${sentence[0].toUpperCase()}${sentence.slice(1)}.`.split(' ')) {
      if (line && line.length + w.length + 1 > 70) endLine();
      line = line ? `${line} ${w}` : w;
    }
    if (inParagraph >= paragraphBytes) {
      endLine();
      out.push('');
      size += 1;
      inParagraph = 0;
    }
  }
  if (line) endLine();
  return `${out.join('\n')}\n`;
}

function timedImport(record: string, name: string): ImportMeasure {
  const root = mkdtempSync(join(tmpdir(), 'verbatim-import-bench-'));
  try {
    mkdirSync(join(root, 'content'), { recursive: true });
    cpSync(join(repoRoot, 'content/glossary'), join(root, 'content/glossary'), { recursive: true });
    const file = join(root, `${name}.txt`);
    writeFileSync(file, record);
    const started = performance.now();
    const result = importRecord(file, { root, date: '2014', maxRecordBytes: 8 * MAX_RECORD_BYTES });
    const ms = performance.now() - started;
    if (result.error) throw new Error(`the bench's record did not import: ${result.error}`);
    // What was written is the record, byte for byte: the import did all its work.
    if (!readFileSync(join(root, 'content/sources', `${name}.txt`)).equals(Buffer.from(record))) throw new Error('the record was not written whole');
    return { bytes: Buffer.byteLength(record), paragraphs: result.report!.paragraphs, ms };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function measureImportThroughput(): ImportThroughput {
  const mb = 1000 * 1000;
  // A warm-up on a small record: module loading and the JIT are not the import's cost.
  timedImport(longRecord(50_000, 10_000), 'warm-up');
  const record5 = longRecord(5 * mb, 10_000);
  const import5 = timedImport(record5, 'five-mb');
  const import1 = timedImport(longRecord(mb, 10_000), 'one-mb');
  const started = performance.now();
  const paragraphs = recordParagraphs(record5);
  if (compareWithRecord(paragraphs, recordParagraphs(record5)).length) throw new Error('the record check failed on its own record');
  const checkMs5 = performance.now() - started;
  const oneParagraph = timedImport(longRecord(MAX_PARAGRAPH_BYTES - 200, Infinity), 'one-paragraph');
  return { import5, import1, checkMs5, oneParagraph };
}

if (import.meta.main) {
  const r = measureImportThroughput();
  const perMb = (m: ImportMeasure) => (m.ms / (m.bytes / 1e6)).toFixed(0);
  console.log(`import, ${(r.import5.bytes / 1e6).toFixed(1)} MB in ${r.import5.paragraphs} paragraphs: ${(r.import5.ms / 1000).toFixed(2)} s (${perMb(r.import5)} ms/MB)`);
  console.log(`import, ${(r.import1.bytes / 1e6).toFixed(1)} MB in ${r.import1.paragraphs} paragraphs: ${(r.import1.ms / 1000).toFixed(2)} s (${perMb(r.import1)} ms/MB)`);
  console.log(`record check alone, 5 MB: ${r.checkMs5.toFixed(0)} ms`);
  console.log(`import, one paragraph of ${r.oneParagraph.bytes} bytes: ${(r.oneParagraph.ms / 1000).toFixed(2)} s`);
}
