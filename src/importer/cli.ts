/**
 * `npm run add -- <record.txt …|folder> [--meta <folder|speeches.tsv meetings.tsv>] [--slug S]
 *   [--meeting S/PV.N] [--date YYYY[-MM[-DD]]] [--status confirmed|probable|unknown] [--force] [--dry-run]`
 *
 * Imports each record into content/ (see import.ts) and prints a report per
 * statement, then the batch's summary. With --meta, the corpus's metadata is
 * read once, before any record: a malformed table stops everything, naming
 * its line, and nothing is written. Exits 1 if any record failed, 2 on a usage error.
 */
import { relative, resolve } from 'node:path';
import { partialDate } from '../lib/model/schemas/fields.ts';
import { parseRecordSymbol } from './read/file-name.ts';
import { importRecords, type ImportOptions } from './import.ts';
import { formatResults } from './report.ts';
import { MetadataError, readCorpusMetadata } from './metadata/corpus-metadata.ts';
import { formatSummary, progressLine } from './summary.ts';

const usage = `usage: npm run add -- <record.txt …|folder> [--meta <folder with speeches.tsv and meetings.tsv, or the files>] [--slug S] [--meeting S/PV.N] [--date YYYY-MM-DD] [--status confirmed|probable|unknown] [--force] [--dry-run]`;

function parseArgs(argv: string[]): { inputs: string[]; meta: string[]; opts: Omit<ImportOptions, 'root'> } | { error: string } {
  const inputs: string[] = [];
  const meta: string[] = [];
  const opts: Omit<ImportOptions, 'root'> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--force') opts.force = true;
      else if (a === '--dry-run') opts.dryRun = true;
      else if (a === '--slug') opts.slug = value();
      else if (a === '--meta') {
        meta.push(value());
        // `--meta speeches.tsv meetings.tsv`: a second .tsv file belongs to it.
        if (argv[i + 1]?.toLowerCase().endsWith('.tsv')) meta.push(argv[++i]);
      }
      else if (a === '--meeting') {
        const v = value();
        opts.meeting = parseRecordSymbol(v);
        if (!opts.meeting) return { error: `--meeting ${v}: expected a record symbol such as S/PV.7316` };
      } else if (a === '--date') {
        const v = value();
        if (!partialDate.safeParse(v).success) return { error: `--date ${v}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD` };
        opts.date = v;
      } else if (a === '--status') {
        const v = value();
        if (v !== 'confirmed' && v !== 'probable' && v !== 'unknown') return { error: `--status ${v}: expected confirmed, probable or unknown` };
        opts.status = v;
      } else if (a === '--help' || a === '-h') return { error: '' };
      else if (a.startsWith('--')) return { error: `unknown option ${a}` };
      else inputs.push(a);
    } catch (e) {
      return { error: (e as Error).message };
    }
  }
  if (inputs.length === 0) return { error: 'no record given' };
  return { inputs, meta, opts };
}

const args = parseArgs(process.argv.slice(2));
if ('error' in args) {
  if (args.error) console.error(`npm run add: ${args.error}`);
  console.error(usage);
  process.exit(2);
}
if (args.opts.slug && (args.inputs.length > 1 || !args.inputs[0].toLowerCase().endsWith('.txt'))) {
  console.error('npm run add: --slug names one statement: give one record file with it');
  console.error(usage);
  process.exit(2);
}
// npm runs scripts in the project's root; paths the user typed are relative to where they typed them.
const from = process.env.INIT_CWD ?? process.cwd();
if (args.meta.length) {
  try {
    args.opts.metadata = readCorpusMetadata(args.meta.map((p) => resolve(from, p)));
  } catch (e) {
    if (!(e instanceof MetadataError)) throw e;
    console.error(`npm run add: --meta: ${e.message}`);
    console.error('Nothing was imported.');
    process.exit(1);
  }
}
const results = importRecords(
  args.inputs.map((p) => resolve(from, p)),
  { ...args.opts, root: process.cwd() },
  progressLine(),
);
console.log(formatResults(results.map((r) => ({ ...r, file: relative(from, r.file) || r.file })), args.opts.dryRun));
console.log(`\n${formatSummary(results, results.meetings, args.opts.dryRun)}`);
process.exit(results.some((r) => r.error) ? 1 : 0);
