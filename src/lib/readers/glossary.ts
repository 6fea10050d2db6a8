/**
 * Reads the glossary from `content/glossary/*.yaml`, validates every entry and
 * reports each problem as `file:line: message`, so a bad entry fails the build
 * pointing at the line to fix. A build reads it once (`readGlossaryOnce`): the
 * glossary collection and the statements' compiler share what was read.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { entitySchema, type Entity } from '../model/schemas/entity.ts';
import { buildNameIndex, type NameIndex } from '../model/glossary/names.ts';
import { yamlFilesIn } from './data-files.ts';
import { DataError, parseYamlFile } from './yaml.ts';

export interface LoadedEntity {
  entity: Entity;
  /** Path relative to the project root, for messages. */
  file: string;
  /** 1-based line of a key path in the file, for messages. */
  lineOf: (path: (string | number)[]) => number;
}

/** Loads every entry of a glossary folder; throws a DataError listing every problem. */
export function loadGlossary(dir: string, root = process.cwd()): LoadedGlossary {
  const problems: string[] = [];
  const entries: LoadedEntity[] = [];
  const { files, problems: folderProblems } = yamlFilesIn(dir, root);
  problems.push(...folderProblems);
  const hash = createHash('sha256');
  for (const { path, file, slug } of files) {
    const text = readFileSync(path, 'utf8');
    hash.update(file).update(text);
    const parsed = parseYamlFile(text, file, (d) => entitySchema.safeParse(d));
    problems.push(...parsed.problems);
    if (!parsed.data) continue;
    if (`${parsed.data.id}` !== slug) {
      problems.push(`${file}:${parsed.lineOf(['id'])}: id "${parsed.data.id}" must equal the file name`);
    }
    entries.push({ entity: parsed.data, file, lineOf: parsed.lineOf });
  }
  if (files.length === 0) problems.push(`${relative(root, dir) || '.'}:1: the glossary is empty`);
  const byId = new Map(entries.map((e) => [e.entity.id, e]));
  for (const e of entries) {
    if (e.entity.partOf && !byId.has(e.entity.partOf)) {
      problems.push(`${e.file}:${e.lineOf(['partOf'])}: partOf names unknown entity "${e.entity.partOf}"`);
    }
  }
  const { index, clashes } = buildNameIndex(entries.map((e) => e.entity));
  for (const c of clashes) {
    const e = byId.get(c.entity)!;
    problems.push(`${e.file}:${e.lineOf([c.field, c.position])}: ${c.message}`);
  }
  if (problems.length > 0) throw new DataError(problems);
  return { entries, index, digest: hash.digest('hex') };
}

export interface LoadedGlossary {
  entries: LoadedEntity[];
  index: NameIndex;
  /** A digest of the files read, for the compile cache. */
  digest: string;
}

const read = new Map<string, { signature: string; glossary: LoadedGlossary }>();

/** The folder's files as they stand (names, sizes, times), without reading them. */
function signatureOf(dir: string, root: string): string {
  const { files, problems } = yamlFilesIn(dir, root);
  return [
    ...problems,
    ...files.map(({ path, file }) => {
      const s = statSync(path);
      return `${file}:${s.size}:${s.mtimeMs}`;
    }),
  ].join('|');
}

/**
 * The glossary, read once for as long as its files stay as they are: the
 * glossary collection and the statements' loader of one build (or one sync of
 * `astro dev`) share one reading; a changed file is read again.
 */
export function readGlossaryOnce(dir: string, root = process.cwd()): LoadedGlossary {
  const signature = signatureOf(dir, root);
  const known = read.get(dir);
  if (known?.signature === signature) return known.glossary;
  const glossary = loadGlossary(dir, root);
  read.set(dir, { signature, glossary });
  return glossary;
}
