/**
 * The importer's speed: `npm run add` on N records (default 1,000: the
 * corpus fixtures' 51 real records repeated under new names) with --meta, in a
 * temporary project, as a user runs it (one Node process, the metadata read
 * once). The metadata is the size of the corpus's own (82,165 speeches, 5,748
 * meetings): the fixtures' extract, its rows repeated for the new names, then
 * padded with rows of meetings not imported. Reports records per second (the
 * whole run: start-up, metadata, every record, meeting files) and the peak
 * memory of the process.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMeasured } from './process-tree.ts';
import { repoRoot } from './site-files.ts';

export interface ImportBench {
  records: number;
  ms: number;
  recordsPerSecond: number;
  /** CPU time of the run (user + system), and records per CPU second. */
  cpuMs?: number;
  recordsPerCpuSecond?: number;
  peakBytes: number;
  /** The machine's load average (1 min) when the run ended. */
  loadAverage: number;
  speechRows: number;
  meetingRows: number;
}

const fixtures = join(repoRoot, 'tests/fixtures/corpus');
const corpusSize = { speeches: 82_165, meetings: 5_748 };

/** A meeting's basename for copy k: the meeting number moved past any real one (UNSC_2020_SPV.8698 → UNSC_2020_SPV.1008698 for k = 1). */
const renamed = (basename: string, k: number) => (k === 0 ? basename : basename.replace(/_SPV\.(\d+)/, (_, n: string) => `_SPV.${k * 1_000_000 + Number(n)}`));

export async function measureImport(n = 1000): Promise<ImportBench> {
  const root = mkdtempSync(join(tmpdir(), 'verbatim-import-bench-'));
  try {
    for (const d of ['statements', 'sources']) mkdirSync(join(root, 'content', d), { recursive: true });
    cpSync(join(repoRoot, 'content/glossary'), join(root, 'content/glossary'), { recursive: true });
    // The paragraph ids go to content/fixity/<slug>.json, one file per statement, written by the import itself.

    // The records, copy after copy, under new corpus names.
    const originals = readdirSync(join(fixtures, 'records')).filter((f) => f.endsWith('.txt')).sort();
    const inbox = join(root, 'inbox');
    mkdirSync(inbox);
    const copies = Math.ceil(n / originals.length);
    let written = 0;
    for (let k = 0; k < copies && written < n; k++) {
      for (const f of originals) {
        if (written === n) break;
        const [, base, rest] = /^(.+?)(_spch\d+\.txt)$/.exec(f)!;
        cpSync(join(fixtures, 'records', f), join(inbox, `${renamed(base, k)}${rest}`));
        written++;
      }
    }

    // The metadata at the corpus's size: the extract for every copy, then padding.
    const meta = join(root, 'meta');
    mkdirSync(meta);
    for (const [table, key, size] of [['speeches', 6, corpusSize.speeches], ['meetings', 0, corpusSize.meetings]] as const) {
      const [header, ...rows] = readFileSync(join(fixtures, 'metadata', `${table}.tsv`), 'utf8').replace(/\n$/, '').split('\n');
      const out = [header];
      for (let k = 0; out.length - 1 < size; k++) {
        // Copies past the records' own are meetings nobody imports: the padding.
        for (const row of rows) {
          if (out.length - 1 === size) break;
          const f = row.split('\t');
          f[key] = renamed(f[key], k);
          if (table === 'speeches') {
            f[5] = f[6].replace(/^.*_SPV\./, '').replace(/Resumption\d+$/, '');
            f[12] = `${f[6]}${/_spch\d+\.txt$/.exec(f[12])![0]}`;
          }
          out.push(f.join('\t'));
        }
      }
      writeFileSync(join(meta, `${table}.tsv`), `${out.join('\n')}\n`);
    }

    // /usr/bin/time, where there is one, also gives the run's CPU time: on a
    // machine shared with other work, wall time alone says little about the importer.
    const cli = [join(repoRoot, 'src/importer/cli.ts'), 'inbox', '--meta', 'meta'];
    const timed = existsSync('/usr/bin/time');
    const run = timed
      ? await runMeasured('/usr/bin/time', ['-f', 'cpu-seconds %U %S', process.execPath, ...cli], root, { ...process.env, INIT_CWD: root })
      : await runMeasured(process.execPath, cli, root, { ...process.env, INIT_CWD: root });
    const cpu = /cpu-seconds ([\d.]+) ([\d.]+)/.exec(run.stderr);
    const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined;
    const imported = readdirSync(join(root, 'content/statements')).length;
    if (imported !== n) throw new Error(`import bench: ${imported} of ${n} records imported\n${run.stderr}`);
    return {
      records: n,
      ms: run.ms,
      recordsPerSecond: n / (run.ms / 1000),
      ...(cpuMs ? { cpuMs, recordsPerCpuSecond: n / (cpuMs / 1000) } : {}),
      peakBytes: run.peakBytes,
      speechRows: corpusSize.speeches,
      meetingRows: corpusSize.meetings,
      loadAverage: loadavg()[0],
    };
  } finally {
    // IMPORT_BENCH_KEEP=1 keeps the project, to profile the run again by hand.
    if (process.env.IMPORT_BENCH_KEEP) console.error(`import bench: kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

// `node tests/bench/import-bench.ts [N]`: this part alone.
if (import.meta.main) {
  const r = await measureImport(Number(process.argv[2] ?? 1000));
  console.log(
    `${r.records} records in ${(r.ms / 1000).toFixed(1)} s: ${r.recordsPerSecond.toFixed(1)} records/s` +
      `${r.cpuMs ? ` (CPU ${(r.cpuMs / 1000).toFixed(1)} s: ${r.recordsPerCpuSecond!.toFixed(1)} records per CPU second)` : ''}, peak ${(r.peakBytes / 2 ** 20).toFixed(0)} MiB, load average ${r.loadAverage.toFixed(1)}`,
  );
}
