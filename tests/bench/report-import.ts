/**
 * The importer's parts of the report, and the real records': the batch
 * (`npm run add --meta`, records per second and peak memory), the 5 MB record
 * against its time budget and its growth against 1 MB, and the output each
 * real statement of S/PV.8698 writes, the President's 24-word turn against
 * its budget. Each adds its misses to `misses`.
 */
import { KiB, type Budgets } from './measure.ts';
import type { ImportBench } from './import-bench.ts';
import type { ImportThroughput } from './import-throughput.ts';
import type { RealRecordsResult } from './real-records.ts';
import { kib, median, table } from './format.ts';
import { checker, linearityFactor } from './report.ts';

export function printImportBatch(ib: ImportBench, budgets: Budgets, misses: string[]): void {
  const want = (budgets as { import?: { recordsPerSecond: number } }).import?.recordsPerSecond ?? 50;
  console.log(
    `\nImport: ${ib.records} records (npm run add --meta, metadata of ${ib.speechRows} speeches and ${ib.meetingRows} meetings read once) in ${(ib.ms / 1000).toFixed(1)} s: ` +
      `${ib.recordsPerSecond.toFixed(1)} records/s (budget ≥ ${want}), peak memory ${(ib.peakBytes / KiB / KiB).toFixed(0)} MiB` +
      `${ib.cpuMs ? `; CPU ${(ib.cpuMs / 1000).toFixed(1)} s, ${ib.recordsPerCpuSecond!.toFixed(1)} records per CPU second` : ''}; load average ${ib.loadAverage.toFixed(1)}.`,
  );
  if (ib.recordsPerSecond < want) misses.push(`import: ${ib.recordsPerSecond.toFixed(1)} records/s < ${want} records/s`);
}

export function printImports(imports: ImportThroughput, budgets: Budgets, misses: string[]): void {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const perMb = (m: { ms: number; bytes: number }) => m.ms / (m.bytes / 1e6);
  const ratio = perMb(imports.import5) / perMb(imports.import1);
  const ok = imports.import5.ms <= budgets.importMs;
  if (!ok) misses.push(`import of a 5 MB record: ${s(imports.import5.ms)} > ${s(budgets.importMs)}`);
  if (ratio > linearityFactor) misses.push(`import growth: ${ratio.toFixed(2)}× the time per MB at 5 MB than at 1 MB (limit ${linearityFactor}×): not linear`);
  console.log('\nImport (npm run add, through importRecord; the 1 MiB record limit raised for this measure):\n');
  console.log(
    table(
      ['measure', 'time', 'budget', 'status'],
      [
        [`import, ${mb(imports.import5.bytes)} in ${imports.import5.paragraphs} paragraphs`, s(imports.import5.ms), `≤ ${s(budgets.importMs)}`, ok ? 'pass' : 'FAIL'],
        [`import, ${mb(imports.import1.bytes)} in ${imports.import1.paragraphs} paragraphs`, s(imports.import1.ms), '', ''],
        ['time per MB, 5 MB against 1 MB', `×${ratio.toFixed(2)}`, `≤ ×${linearityFactor}`, ratio <= linearityFactor ? 'pass' : 'FAIL'],
        ['record check alone (recordParagraphs, compareWithRecord), 5 MB', s(imports.checkMs5), '(info)', ''],
        [`import, one paragraph of ${mb(imports.oneParagraph.bytes)} (the paragraph limit's worst case; the MDX parser is slower than linear in a paragraph)`, s(imports.oneParagraph.ms), '(info)', ''],
      ],
    ),
  );
}

export function printRealRecords(real: RealRecordsResult, budgets: Budgets, misses: string[]): void {
  const check = checker(misses);
  const sizes = real.statements.map((x) => x.bytes);
  console.log('\nOutput per statement, real records (S/PV.8698, 20 statements; every file under the statement’s address):\n');
  console.log(
    table(
      ['measure', 'bytes', 'budget', 'status'],
      [
        [`${real.smallest.slug} (the President, 24 words)`, kib(real.smallest.bytes), `≤ ${kib(budgets.smallestStatementOutputBytes)}`, check('output of the 24-word statement', real.smallest.bytes <= budgets.smallestStatementOutputBytes, `${kib(real.smallest.bytes)} > ${kib(budgets.smallestStatementOutputBytes)}`)],
        ['smallest / median / largest of the 20', `${kib(Math.min(...sizes))} / ${kib(median(sizes))} / ${kib(Math.max(...sizes))}`, '(info)', ''],
        ['the 20 together', kib(sizes.reduce((a, b) => a + b, 0)), '(info)', ''],
        ['meeting page s-pv-8698 (HTML, uncompressed)', kib(real.meetingPageBytes), '(info)', ''],
      ],
    ),
  );
  console.log(`\nFiles of ${real.smallest.slug}: ${real.smallest.files.join(', ')}`);
}
