/**
 * A synthetic corpus for the scale benchmark, shaped like the Council's
 * debates: N speeches of varied length (2–24 paragraphs of 30–150 words),
 * given at meetings of 5–40 speeches each, in order, over the years
 * 1992–2023, by speakers of 60 countries and bodies (all of them named as
 * synthetic). Made from a fixed seed out of neutral sentences that name the
 * glossary's entities by their names, acronyms and aliases, so that the build
 * links their mentions as it links the real ones.
 *
 * Each statement comes with its record (content/sources/<slug>.txt): the same
 * text hard-wrapped at about 55 columns, only ever at a space, as the build
 * checks every statement word for word against its record. Every entity that
 * is not marked `context` is named in the first statement already (names are
 * dealt in turn, two to a sentence), so any N passes the build's check that
 * each such entity is named; context entities are never named.
 *
 * As a script: `npx node tests/bench/generate-corpus.ts --n 100 --out DIR`
 * writes DIR/content/statements/*.mdx and DIR/content/sources/*.txt.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGlossary } from '../../src/lib/readers/glossary.ts';
import type { Entity } from '../../src/lib/model/schemas/entity.ts';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface CorpusFile {
  /** Relative to the project root, e.g. content/statements/synthetic-0001.mdx. */
  path: string;
  content: string;
}

/** A small, fast, seeded generator (mulberry32). */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
  };
}

// Sentences with two slots for names. The words around the slots name no
// entity of the glossary (checked below for context entities, which must never
// be named; an accidental mention of another entity would only add a link).
const templates = [
  'Our delegation recalls the work of {A} and the contribution of {B} to common security.',
  'We note with appreciation the steady cooperation between {A} and {B} over recent years.',
  'In this regard the experience of {A} shows how much {B} can add to practical results.',
  'My delegation supports closer coordination between {A} and {B} at every level.',
  'We believe that {A} and {B} should share information more quickly and more fully.',
  'The reports of {A} have informed our national measures, as has the guidance of {B}.',
  'Further progress depends on the political will of all States, on {A} and on {B}.',
  'We welcome the recent meeting at which {A} and {B} agreed on practical next steps.',
  'Training for our officials was provided with the help of {A} and later of {B}.',
  'Our national plan draws on the lessons of {A} and on the standards set by {B}.',
  'Both {A} and {B} have a part to play in preventing radicalization among young people.',
  'We thank {A} for its support and look forward to working with {B} next year.',
  'Regional efforts through {A} complement the global framework advanced by {B}.',
  'The exchange of best practices with {A} and {B} has strengthened our institutions.',
  'Allow me to underline the value of dialogue with {A} and with {B} on these questions.',
] as const;

const fillers = [
  'These efforts must continue.',
  'Much remains to be done.',
  'We stand ready to contribute.',
  'The threat is real and it is growing.',
  'No country can face it alone.',
] as const;

/** The names a sentence may use for an entity: each one the name index resolves back to it. */
function usableNames(e: Entity, resolve: (s: string) => string | undefined): string[] {
  const all = [e.name, e.officialName, ...e.acronyms, ...e.aliases].filter((n): n is string => !!n);
  // Latin script only (the text is English), nothing MDX or Markdown would read as syntax.
  return [...new Set(all)].filter((n) => !/[^\p{Script=Latin}\p{N}\p{P}\p{Zs}]/u.test(n) && !/[{}<>*_`[\]#|\\]/.test(n) && resolve(n) === e.id);
}

/** Hard-wraps a paragraph at spaces only, at most `width` columns where words allow. */
export function hardWrap(text: string, width = 55): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

export interface CorpusOptions {
  n: number;
  seed?: number;
  /** Folder of the glossary whose names are used (default: the real one). */
  glossaryDir?: string;
  /** File name prefix (default "synthetic"). */
  prefix?: string;
}

export interface Corpus {
  files: CorpusFile[];
  slugs: string[];
  words: number;
  paragraphs: number;
}

export function generateCorpus({ n, seed = 20141119, glossaryDir = join(repoRoot, 'content/glossary'), prefix = 'synthetic' }: CorpusOptions): Corpus {
  const { entries, index } = loadGlossary(glossaryDir, repoRoot);
  const rng = random(seed);
  const context = new Set(entries.filter((e) => e.entity.context).map((e) => e.entity.id));
  const named = entries.map((e) => e.entity).filter((e) => !e.context);
  const names = new Map(named.map((e) => [e.id, usableNames(e, index.resolve)]));
  for (const [id, list] of names) if (list.length === 0) throw new Error(`generate-corpus: no usable name for "${id}"`);
  // Deal the entities in a shuffled order, over and over, two to a sentence.
  const order = [...named];
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  let dealt = 0;
  const nextEntity = () => order[dealt++ % order.length];

  /** True when the text names a context entity, directly or inside a longer name. */
  const namesContext = (text: string) => {
    for (const m of text.matchAll(index.pattern)) {
      const id = index.resolve(m[0]);
      if (id && (context.has(id) || index.nestedIn(m[0], id).some((x) => context.has(x)))) return true;
    }
    return false;
  };
  const sentence = (): string => {
    const a = nextEntity();
    const b = nextEntity();
    for (let tries = 0; tries < 50; tries++) {
      const s = rng
        .pick(templates)
        .replace('{A}', rng.pick(names.get(a.id)!))
        .replace('{B}', rng.pick(names.get(b.id)!));
      if (!namesContext(s)) return s;
    }
    throw new Error(`generate-corpus: cannot name "${a.id}" and "${b.id}" without naming a context entity`);
  };
  const wordCount = (s: string) => s.split(' ').length;

  const files: CorpusFile[] = [];
  const slugs: string[] = [];
  let words = 0;
  let paragraphs = 0;
  const width = String(Math.max(n, 1000)).length;
  // Meetings: consecutive runs of speeches, spread over the years like the corpus (1992–2023).
  let meeting = 0;
  let speech = 0;
  let meetingSize = 0;
  let meetingDate = '';
  for (let k = 1; k <= n; k++) {
    if (speech === meetingSize) {
      meeting++;
      speech = 0;
      meetingSize = rng.int(5, 40);
      const year = 1992 + Math.floor(((k - 1) / Math.max(n, 1)) * 32);
      meetingDate = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    }
    speech++;
    const num = String(k).padStart(width, '0');
    const slug = `${prefix}-${num}`;
    const country = `Synthetic Country ${String(rng.int(1, 60)).padStart(2, '0')}`;
    const label = `Mr. Synthetic ${num} (${country}):`;
    const paras: string[][] = [];
    // Most speeches are short, some long (a skewed spread, as in the corpus).
    const count = k === 1 ? 24 : Math.min(24, 2 + Math.floor(-Math.log(1 - rng.next()) * 6));
    for (let p = 0; p < count; p++) {
      const target = rng.int(30, 150);
      const sentences: string[] = p === 0 ? [label] : [];
      let len = p === 0 ? wordCount(label) : 0;
      while (len < target) {
        let s = sentence();
        if (len + wordCount(s) > 150) s = rng.pick(fillers);
        if (len + wordCount(s) > 150) break;
        sentences.push(s);
        len += wordCount(s);
      }
      while (len < 30) {
        const f = rng.pick(fillers);
        sentences.push(f);
        len += wordCount(f);
      }
      paras.push(sentences);
      words += len;
    }
    paragraphs += count;
    const body = paras
      .map((sentences, p) => (p === 0 ? [`**${sentences[0]}** ${sentences[1]}`, ...sentences.slice(2)] : sentences).join('\n'))
      .join('\n\n');
    const record = paras.map((sentences) => hardWrap(sentences.join(' '))).join('\n\n');
    const frontMatter = [
      '---',
      `title: Synthetic statement ${num} (benchmark corpus, not a real statement)`,
      `description: A synthetic text generated for the scale benchmark from the glossary's names; it was never delivered and is not part of the edition.`,
      'speaker:',
      `  label: Mr. Synthetic ${num} (${country})`,
      `  name: Mr. Synthetic ${num}`,
      `country: ${country}`,
      'body: Synthetic benchmark body',
      'meeting:',
      '  description: A synthetic meeting for the scale benchmark',
      `  record: SYN/PV.${meeting}`,
      `  date: ${meetingDate}`,
      `  speech: ${speech}`,
      '  status: probable',
      '  evidence:',
      '    - A synthetic identification, made up for the scale benchmark.',
      '  sources:',
      '    - id: synthetic',
      '      title: Synthetic source for the scale benchmark',
      '      publisher: United Nations',
      '      url: https://www.un.org/en/',
      '      status: canonical',
      `year: ${meetingDate.slice(0, 4)}`,
      'language: en',
      `record: ../sources/${slug}.txt`,
      '---',
      '',
    ].join('\n');
    files.push({ path: `content/statements/${slug}.mdx`, content: `${frontMatter}\n${body}\n` });
    files.push({ path: `content/sources/${slug}.txt`, content: `${record}\n` });
    slugs.push(slug);
    if (k === 1 && dealt < order.length) {
      throw new Error(`generate-corpus: the first statement named only ${dealt} of ${order.length} entities`);
    }
  }
  return { files, slugs, words, paragraphs };
}

export function writeCorpus(corpus: Corpus, dir: string) {
  for (const f of corpus.files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const n = Number(arg('n', '10'));
  const out = arg('out', join(repoRoot, '.scratch/corpus'));
  const corpus = generateCorpus({ n, seed: Number(arg('seed', '20141119')) });
  writeCorpus(corpus, out);
  console.log(`${n} statements, ${corpus.paragraphs} paragraphs, ${corpus.words} words → ${out}`);
}
