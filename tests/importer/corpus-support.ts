/** What the corpus tests share: the fixtures' folders, the metadata read once, and the build's compiler to prove an imported statement against its record. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { compileStatement, statementProcessor } from '../../src/markdown/compile-statement.ts';
import { loadGlossary } from '../../src/lib/readers/glossary.ts';
import { foldTypography } from '../../src/lib/model/text/text.ts';
import { recordParagraphs } from '../../src/lib/model/record/record.ts';
import { readCorpusMetadata, type CorpusMetadata } from '../../src/importer/metadata/corpus-metadata.ts';
import type { StatementMeta } from '../../src/lib/model/schemas/statement.ts';
import { repo } from './project.ts';

export const corpus = join(repo, 'tests/fixtures/corpus');
export const records = join(corpus, 'records');
export const shapes = join(corpus, 'shapes');
export const metadataDir = join(corpus, 'metadata');

let metadata: CorpusMetadata | undefined;
/** The fixtures' metadata, read once for the file (as a batch reads it once). */
export const fixtureMetadata = () => (metadata ??= readCorpusMetadata(metadataDir));

let processor: ReturnType<typeof statementProcessor> | undefined;
function buildProcessor() {
  const { entries, index } = loadGlossary(join(repo, 'content/glossary'), repo);
  return (processor ??= statementProcessor({ entities: entries.map((e) => e.entity), index, base: '/' }));
}

/** The statement file's front matter. */
export function frontMatterOf(root: string, slug: string): StatementMeta {
  const mdx = readFileSync(join(root, 'content/statements', `${slug}.mdx`), 'utf8');
  return parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(mdx)![1]) as StatementMeta;
}

/**
 * Compiles the imported statement as the build does (schema, record check in
 * the stated encoding) and returns its paragraphs' words, typography folded.
 */
export function builtWords(root: string, slug: string): string[] {
  return built(root, slug).words;
}

/** The built statement's words and the corrections it marks (what the record prints, what the edition prints). */
export function built(root: string, slug: string): { words: string[]; corrections: { sic: string; corr: string }[] } {
  const path = join(root, 'content/statements', `${slug}.mdx`);
  const compiled = compileStatement({ path, file: `content/statements/${slug}.mdx`, text: readFileSync(path, 'utf8') }, buildProcessor());
  return { words: foldTypography(compiled.paragraphs.map((p) => p.text).join(' ')).split(/\s+/).filter(Boolean), corrections: compiled.corrections };
}

/**
 * The record's words with the edition's marked corrections made: each
 * correction's `sic` must stand exactly once in the record, so the test
 * cannot place it where the importer did not.
 */
export function correctedRecordWords(words: string[], corrections: { sic: string; corr: string }[]): string[] {
  let text = words.join(' ');
  for (const { sic, corr } of corrections) {
    const at = text.indexOf(sic);
    if (at < 0 || text.indexOf(sic, at + 1) >= 0) throw new Error(`the correction of "${sic}" does not stand exactly once in the record`);
    text = text.slice(0, at) + foldTypography(corr) + text.slice(at + sic.length);
  }
  return text.split(/\s+/).filter(Boolean);
}

/** The record's words, decoded here independently of the importer (WHATWG decoders), lines joined as the record check joins them. */
export function recordWords(file: string, encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252'): string[] {
  const bytes = readFileSync(file);
  const text = encoding === 'windows-1252' ? new TextDecoder('windows-1252').decode(bytes) : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  // The edition sets book typography (curly quotes, dashes); the record check folds it back, and so does this.
  return foldTypography(recordParagraphs(text.normalize('NFC')).join(' ')).split(/\s+/).filter(Boolean);
}
