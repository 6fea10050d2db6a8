/**
 * The end of a batch's report: how many records were imported, how many
 * refused and why (grouped by reason, the record's own details stripped), the
 * warnings by kind, and the meeting files written; and, on a terminal, a
 * progress line while a long batch runs.
 */
import type { ImportResult } from './import.ts';
import type { MeetingFileResult } from './metadata/meeting-file.ts';

/** A refusal's reason without what is particular to one file (lines, offsets, bytes, quoted words, slugs). */
export function reasonOf(error: string): string {
  return error
    .replace(/^line \d+(, offset \d+)?: /, '')
    .replace(/0x[0-9a-f]{2}/gi, '0x…')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/(?<![\w-])\d+(?![\w-])/g, 'N')
    .slice(0, 140);
}

/** The kind a warning line is counted under: its words before the first colon. */
const kindOf = (w: string) => w.split(':')[0].replace(/\d+/g, 'N').slice(0, 60);

function count(keys: string[]): [string, number][] {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function formatSummary(results: ImportResult[], meetings: MeetingFileResult[] | undefined, dryRun = false): string {
  const ok = results.filter((r) => r.report);
  const failed = results.filter((r) => r.error);
  const out = [`Summary: ${ok.length} ${dryRun ? 'would be imported' : 'imported'}, ${failed.length} refused.`];
  for (const [reason, n] of count(failed.map((f) => reasonOf(f.error!)))) out.push(`  refused ${String(n).padStart(4)}  ${reason}`);
  const reports = ok.map((r) => r.report!);
  const warnings = [
    ...reports.flatMap((r) => r.warnings.map(kindOf)),
    ...reports.flatMap((r) => r.disagreements.map(() => 'disagreement between file name, label and metadata')),
    ...reports.flatMap((r) => r.hyphens.map(() => 'line-end hyphen undecided')),
    ...reports.flatMap((r) => r.breaks.map(() => 'lost paragraph break?')),
    ...reports.flatMap((r) => r.long.map(() => 'long paragraph')),
  ];
  for (const [kind, n] of count(warnings)) out.push(`  warning ${String(n).padStart(4)}  ${kind}`);
  const encodings = count(reports.map((r) => `${r.encoding}, ${r.lineEndings}`));
  if (encodings.length) out.push(`  encodings  ${encodings.map(([k, n]) => `${k}: ${n}`).join(' · ')}`);
  if (meetings?.length) {
    out.push(`  meetings   ${count(meetings.map((m) => m.what)).map(([k, n]) => `${n} ${k}`).join(', ')} (content/meetings/)`);
  }
  return out.join('\n');
}

/** A progress line on a terminal (stderr) for batches of more than 50 records; nothing otherwise. */
export function progressLine(stream: NodeJS.WriteStream = process.stderr): ((done: number, total: number) => void) | undefined {
  if (!stream.isTTY) return undefined;
  let last = 0;
  return (done, total) => {
    if (total <= 50) return;
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    stream.write(`\r  importing ${done}/${total} (${Math.floor((100 * done) / total)} %)${done === total ? '\n' : ''}`);
  };
}
