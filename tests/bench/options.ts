/**
 * The bench's command line, read once. Every measure and report asks these
 * values instead of looking at process.argv itself, so which flags exist, what
 * they default to and how `--scale` picks its sizes is said in one place (the
 * list of options is in run.ts's header). An unknown flag is ignored, as it
 * always was.
 */
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

const scaleArg = option('scale');
/** The records of the import batch, as given (it is printed as given). */
const importRecordsArg = option('import-records') ?? 1000;

export const options = {
  /** Timing runs per query (`--runs N`, default 3, at least 1). */
  runs: Math.max(1, Number(option('runs') ?? 3)),
  /** Corpus sizes of the scale run: none with `--no-scale`; `--scale 1,50` picks them; `--scale N` adds N to 1, 100 and 1000. */
  scaleSizes: flag('no-scale')
    ? []
    : scaleArg === undefined
      ? [1, 100, 1000]
      : scaleArg.includes(',')
        ? scaleArg.split(',').map(Number)
        : [...new Set([1, 100, 1000, Number(scaleArg)])].sort((a, b) => a - b),
  /** The real site's measures (off with `--no-site`: scale only). */
  site: !flag('no-site'),
  lighthouse: !flag('no-lighthouse'),
  /** Both import measures: the 5 MB record and the batch. */
  import: !flag('no-import'),
  /** The 20 real statements of S/PV.8698. */
  real: !flag('no-real'),
  importRecordsArg,
  /** The scale run's shards line: how many shards (`--shards N`, default 8; 0 leaves it out), up to which size (`--shards-up-to N`). */
  shards: Number(option('shards') ?? 8),
  shardsUpTo: Number(option('shards-up-to') ?? Infinity),
  importRecords: Number(importRecordsArg),
};
