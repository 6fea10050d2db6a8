/**
 * The scale run's part of the report: one table row per corpus size, the
 * scale budgets checked at every size (first search, build time per statement
 * from 1,000 up, peak memory, largest page), and the growth line: the time per
 * statement at the largest size against that at 100, which must stay within
 * the linearity limit for the build to count as linear.
 */
import { KiB, type Budgets } from './measure.ts';
import type { ScaleResult } from './scale.ts';
import { kib, table } from './format.ts';
import { linearityFactor } from './report.ts';
import { SCALE_QUERIES } from './scale.ts';

export function printScale(scale: ScaleResult[], budgets: Budgets, misses: string[]): void {
  console.log('\nScale (synthetic statements, real glossary, no real statement):\n');
  console.log(
    table(
      ['N', 'words', 'build', 'per statement', 'peak memory', 'pages', 'dist', 'dist/statement', 'index', 'index/statement', 'word index', 'largest page', 'stmt page', `whole edition "${SCALE_QUERIES.word}"`, `whole edition "${SCALE_QUERIES.phrase}"`, `one year "${SCALE_QUERIES.word}"`],
      scale.map((s) => [
        String(s.n),
        String(s.words),
        `${(s.buildMs / 1000).toFixed(1)} s`,
        `${s.msPerStatement.toFixed(0)} ms`,
        `${(s.peakBytes / KiB / KiB / KiB).toFixed(2)} GiB`,
        String(s.pages),
        `${(s.distBytes / KiB / KiB).toFixed(1)} MiB`,
        kib(s.distBytes / s.n),
        kib(s.indexBytes),
        kib(s.indexBytes / s.n),
        `${kib(s.wordIndexBytes)} in ${s.wordIndexFiles} files`,
        `${s.largestPage.path} ${kib(s.largestPage.bytes)}`,
        kib(s.statementPageBytes),
        `${kib(s.firstSearchBytesToFirst)} to the first passage, ${s.firstSearchMs.toFixed(0)} ms (${kib(s.firstSearchBytes)} in ${s.firstSearchRequests} in all); ${s.firstSearchStatements} statements counted in ${s.firstSearchCountMs.toFixed(0)} ms`,
        `${kib(s.phraseSearchBytesToFirst)} to the first passage, ${s.phraseSearchMs.toFixed(0)} ms (${kib(s.phraseSearchBytes)} in ${s.phraseSearchRequests} in all); ${s.phraseSearchStatements} statements counted in ${s.phraseSearchCountMs.toFixed(0)} ms`,
        `${kib(s.yearSearchBytes)}, ${s.yearSearchMs.toFixed(0)} ms`,
      ]),
    ),
  );
  const sb = budgets.scale;
  for (const x of scale) {
    // Issue 20's budget is the whole edition's, for the word and the phrase.
    const searches = [
      [SCALE_QUERIES.word, x.firstSearchBytesToFirst, x.firstSearchMs, x.firstSearchCountMs],
      [SCALE_QUERIES.phrase, x.phraseSearchBytesToFirst, x.phraseSearchMs, x.phraseSearchCountMs],
    ] as const;
    for (const [q, bytes, ms, countMs] of searches) {
      if (bytes > sb.firstSearchBytes) misses.push(`whole-edition first search "${q}" at ${x.n}: ${kib(bytes)} to the first passage > ${kib(sb.firstSearchBytes)}`);
      if (ms > sb.firstSearchMs) misses.push(`whole-edition typed → first passage "${q}" at ${x.n}: ${ms.toFixed(0)} ms > ${sb.firstSearchMs} ms`);
      if (!(countMs <= sb.countMs)) misses.push(`whole-edition typed → complete count "${q}" at ${x.n}: ${countMs.toFixed(0)} ms > ${sb.countMs} ms`);
    }
    if (x.n >= 1000 && x.msPerStatement > sb.msPerStatement) misses.push(`build at ${x.n}: ${x.msPerStatement.toFixed(0)} ms per statement > ${sb.msPerStatement} ms`);
    if (x.peakBytes > sb.peakBytes) misses.push(`peak memory at ${x.n}: ${(x.peakBytes / KiB ** 3).toFixed(2)} GiB > ${(sb.peakBytes / KiB ** 3).toFixed(2)} GiB`);
    if (x.largestPage.bytes > sb.largestPageBytes) misses.push(`largest page at ${x.n}: ${x.largestPage.path} ${kib(x.largestPage.bytes)} > ${kib(sb.largestPageBytes)}`);
  }
  printShards(scale, budgets, misses);
  printProjection(scale, sb.firstSearchBytes);
  // Linearity: the time per statement at the largest size against that at 100
  // (at N=1 the fixed cost of a build dominates, so it is no baseline).
  const ref = scale.find((s) => s.n === 100) ?? scale[0];
  const top = scale[scale.length - 1];
  if (top !== ref) {
    const ratio = top.msPerStatement / ref.msPerStatement;
    const marginal = (top.buildMs - ref.buildMs) / (top.n - ref.n);
    for (const x of scale) console.log(`First search at ${x.n}, largest requests: ${x.firstSearchLargest.join(', ')}`);
    console.log(
      `\nGrowth: ${top.msPerStatement.toFixed(0)} ms per statement at ${top.n} vs ${ref.msPerStatement.toFixed(0)} ms at ${ref.n} (×${ratio.toFixed(2)}; limit ×${linearityFactor}); ` +
        `marginal ${marginal.toFixed(0)} ms per added statement.`,
    );
    if (ratio > linearityFactor) misses.push(`build growth: ${ratio.toFixed(2)}× the time per statement at ${top.n} than at ${ref.n} (limit ${linearityFactor}×): not linear`);
  }
}

/** The corpus sizes readers bring (issue 20): UN Security Council Debates, 1992–2023; UNSC Meetings and Speeches, 1946–2024. */
export const CORPUS_SIZES = [106_000, 167_642];

/**
 * The whole edition's first search projected to the corpora's sizes, on the line through the two
 * largest sizes measured (bytes grow with the statements that hold the words: their postings),
 * and the size at which it would pass the budget.
 */
function printProjection(scale: ScaleResult[], budget: number): void {
  if (scale.length < 2) return;
  const [a, b] = scale.slice(-2);
  for (const [q, of] of [[SCALE_QUERIES.word, (s: ScaleResult) => s.firstSearchBytesToFirst], [SCALE_QUERIES.phrase, (s: ScaleResult) => s.phraseSearchBytesToFirst]] as const) {
    const slope = (of(b) - of(a)) / (b.n - a.n);
    const at = (n: number) => of(b) + slope * (n - b.n);
    const limit = slope > 0 ? Math.floor(b.n + (budget - of(b)) / slope) : Infinity;
    console.log(
      `Projection, whole edition "${q}" (bytes to the first passage): ${kib(slope * 1000)} more per 1,000 statements; ` +
        CORPUS_SIZES.map((n) => `${n.toLocaleString('en-US')}: ${kib(at(n))}`).join(', ') +
        `; ${kib(budget)} passed at ${Number.isFinite(limit) ? limit.toLocaleString('en-US') : 'no size'} statements.`,
    );
  }
}

/** Issue 23's budget: one statement added costs its shard and the merge, at most this share of a whole build (at 10,000 in 8 shards). */
export const INCREMENTAL_SHARE = 0.2;

/** The shards lines: each shard's build, the merge, the edition as CI's runners build it (the slowest shard, then the merge), and an edit. */
function printShards(scale: ScaleResult[], budgets: Budgets, misses: string[]): void {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const gib = (b: number) => `${(b / KiB ** 3).toFixed(2)} GiB`;
  for (const x of scale) {
    const r = x.shards;
    if (!r) continue;
    const slowest = Math.max(...r.shardMs);
    const incremental = r.incrementalShardMs + r.incrementalMergeMs;
    console.log(
      `\nShards at ${x.n}: ${r.shards} shards ${r.shardMs.map(s).join(', ')} (peak ${gib(Math.max(...r.shardPeakBytes))}); merge ${s(r.mergeMs)} (peak ${gib(r.mergePeakBytes)}); ` +
        `on ${r.shards} runners ${s(slowest + r.mergeMs)} against ${s(x.buildMs)} whole; ` +
        `one statement added: its shard ${s(r.incrementalShardMs)} + the merge ${s(r.incrementalMergeMs)} = ${s(incremental)}, ${((100 * incremental) / x.buildMs).toFixed(0)} % of the whole build.`,
    );
    if (x.n >= 10_000 && incremental > INCREMENTAL_SHARE * x.buildMs) misses.push(`incremental rebuild at ${x.n} in ${r.shards} shards: ${s(incremental)} = ${((100 * incremental) / x.buildMs).toFixed(0)} % of the whole build > ${100 * INCREMENTAL_SHARE} %`);
    for (const [what, peak] of [...r.shardPeakBytes.map((p, i) => [`shard ${i + 1}`, p] as const), ['the merge', r.mergePeakBytes] as const]) {
      if (peak > budgets.scale.peakBytes) misses.push(`peak memory of ${what} at ${x.n}: ${gib(peak)} > ${gib(budgets.scale.peakBytes)}`);
    }
  }
}
