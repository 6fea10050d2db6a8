/**
 * The scale run: a synthetic corpus of N statements (generate-corpus.ts) with
 * the real glossary, built in a temporary copy of the site, measured for build
 * time and peak memory, output sizes (dist, Pagefind, its index proper, the
 * largest page) and the first search in Chromium. It shows how the build and
 * the search grow with the corpus, which the one real statement cannot; the
 * budgets and the linearity check are in report-scale.ts.
 */
import { cpSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../support/serve.ts';
import { tempSite } from '../support/temp-site.ts';
import { listFiles, repoRoot } from './site-files.ts';
import { siteHeaders } from './headers.ts';
import { generateCorpus } from './generate-corpus.ts';
import { runMeasured } from './process-tree.ts';
import { launchChromium, measurePage, type PageMeasure } from './measure.ts';
import { measureSearch, type SearchMeasure } from './search-measure.ts';
import { kib, log, median } from './format.ts';
import { options } from './options.ts';
import { measureShards, type ShardsResult } from './shards-measure.ts';

export interface ScaleResult {
  n: number;
  words: number;
  paragraphs: number;
  buildMs: number;
  msPerStatement: number;
  /** Peak resident memory of the build's processes, added up. */
  peakBytes: number;
  pages: number;
  distBytes: number;
  pagefindBytes: number;
  indexBytes: number;
  largestPage: { path: string; bytes: number };
  statementPageBytes: number;
  /** The whole edition's first search (the default) for UNODC: bytes, requests, median ms; median ms to the whole answer's count, and the count. */
  firstSearchBytes: number;
  firstSearchMs: number;
  firstSearchRequests: number;
  firstSearchCountMs: number;
  firstSearchStatements: number;
  /** Of its bytes, those that had come by the first paragraph result (the budget's). */
  firstSearchBytesToFirst: number;
  /** The largest requests of that search, to see what grows with the corpus. */
  firstSearchLargest: string[];
  /** The same for the phrase query "counter-terrorism committee" over the whole edition. */
  phraseSearchBytes: number;
  phraseSearchMs: number;
  phraseSearchRequests: number;
  phraseSearchCountMs: number;
  phraseSearchStatements: number;
  phraseSearchBytesToFirst: number;
  /** The word index's files (index.json, the words' files, the filters' columns) and the statements' records. */
  wordIndexBytes: number;
  wordIndexFiles: number;
  statementRecordBytes: number;
  /** UNODC in one year (the first statement's, chosen in the dialog): the second line. */
  yearSearchBytes: number;
  yearSearchMs: number;
  /** The same corpus in shards and their merge, and one statement added (issue 23), when measured at this size. */
  shards?: ShardsResult;
}

/** The scale run's search queries (issue 20): a word and a phrase. */
export const SCALE_QUERIES = { word: 'UNODC', phrase: 'counter-terrorism committee' };

function dirBytes(dir: string, filter: (f: string) => boolean = () => true): number {
  return listFiles(dir)
    .filter(filter)
    .reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}
/** The search's index proper (the glossary's Pagefind bundle, the word index, the statements' records), without Pagefind's library. */
const isIndexFile = (f: string) => /^pagefind\/(index|fragment|filter|words|statements)\//.test(f) || /^pagefind\/pagefind\.[^/]+\.pf_meta$/.test(f);

export async function measureScale(n: number, runs: number): Promise<ScaleResult> {
  log(`scale: generating and building ${n} synthetic statement(s)…`);
  const corpus = generateCorpus({ n });
  const site = tempSite({ withContent: false });
  try {
    // The real glossary (its entities are what the corpus names), without the real statement or its notes.
    cpSync(join(repoRoot, 'content/glossary'), join(site.dir, 'content/glossary'), { recursive: true });
    for (const f of corpus.files) site.write(f.path, f.content);
    // The build as a reader runs it: its script's own heap cap (package.json), nothing raised for the bench.
    const { ms: buildMs, peakBytes } = await runMeasured('npm', ['run', '--silent', 'build'], site.dir, process.env);
    const out = join(site.dir, 'dist');
    const files = listFiles(out);
    const largest = files
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ path: f, bytes: statSync(join(out, f)).size }))
      .sort((a, b) => b.bytes - a.bytes)[0];
    const server = await serve(out, '/', 0, { headers: siteHeaders(out) });
    const browser = await launchChromium();
    let page: PageMeasure;
    let search: SearchMeasure;
    let phrase: SearchMeasure;
    let year: SearchMeasure;
    try {
      const url = new URL(`statements/${corpus.slugs[0]}/`, server.url).href;
      const firstYear = /data-year="(\d{4})"/.exec(readFileSync(join(out, `statements/${corpus.slugs[0]}/index.html`), 'utf8'))?.[1] ?? '';
      await measureSearch(browser, url, SCALE_QUERIES.word); // warm-up (compression)
      await measureSearch(browser, url, SCALE_QUERIES.phrase);
      page = await measurePage(browser, url);
      // Bytes of the first run (each run starts with a cold cache); the median time of all.
      const timed = async (measure: () => Promise<SearchMeasure>) => {
        const all: SearchMeasure[] = [];
        for (let i = 0; i < runs; i++) all.push(await measure());
        return { ...all[0], ms: median(all.map((m) => m.ms)), countMs: median(all.map((m) => m.countMs)) };
      };
      search = await timed(() => measureSearch(browser, url, SCALE_QUERIES.word));
      phrase = await timed(() => measureSearch(browser, url, SCALE_QUERIES.phrase));
      year = await timed(() => measureSearch(browser, url, SCALE_QUERIES.word, {}, firstYear));
    } finally {
      await browser.close();
      await server.close();
    }
    const result: ScaleResult = {
      n,
      words: corpus.words,
      paragraphs: corpus.paragraphs,
      buildMs,
      msPerStatement: buildMs / n,
      peakBytes,
      pages: files.filter((f) => f.endsWith('.html')).length,
      distBytes: dirBytes(out),
      pagefindBytes: dirBytes(out, (f) => f.startsWith('pagefind/')),
      indexBytes: dirBytes(out, isIndexFile),
      largestPage: largest,
      statementPageBytes: page.bytes,
      firstSearchBytes: search.bytes,
      firstSearchMs: search.ms,
      firstSearchRequests: search.requests.length,
      firstSearchCountMs: search.countMs,
      firstSearchStatements: search.statements,
      firstSearchBytesToFirst: search.bytesToFirst,
      phraseSearchBytes: phrase.bytes,
      phraseSearchMs: phrase.ms,
      phraseSearchRequests: phrase.requests.length,
      phraseSearchCountMs: phrase.countMs,
      phraseSearchStatements: phrase.statements,
      phraseSearchBytesToFirst: phrase.bytesToFirst,
      wordIndexBytes: dirBytes(out, (f) => f.startsWith('pagefind/words/')),
      wordIndexFiles: files.filter((f) => f.startsWith('pagefind/words/')).length,
      statementRecordBytes: dirBytes(out, (f) => f.startsWith('pagefind/statements/')),
      yearSearchBytes: year.bytes,
      yearSearchMs: year.ms,
      firstSearchLargest: [...search.requests]
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 5)
        .map((r) => `${kib(r.bytes)} ${new URL(r.url).pathname}`),
    };
    // Last: the shards' builds clear this build's dist/.
    if (options.shards > 0 && n >= options.shards && n <= options.shardsUpTo) result.shards = await measureShards(site, options.shards);
    return result;
  } finally {
    site.remove();
  }
}
