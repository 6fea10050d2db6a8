/**
 * Reads the glossary from `content/glossary/*.yaml`, validates every entry and
 * reports each problem as `file:line: message`, so a bad entry fails the build
 * pointing at the line to fix.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, parseDocument, isNode, type YAMLError } from 'yaml';
import { entitySchema, type Entity } from './schemas.ts';
import { buildNameIndex, type NameIndex } from './names.ts';
import { yamlFilesIn } from './data-files.ts';
import { excessiveAlias, MAX_ALIAS_COUNT } from './yaml-aliases.ts';
import { showInvisible } from './text.ts';

export class DataError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The edition's data has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    this.name = 'DataError';
    this.problems = problems;
  }
}

export interface LoadedEntity {
  entity: Entity;
  /** Path relative to the project root, for messages. */
  file: string;
  /** 1-based line of a key path in the file, for messages. */
  lineOf: (path: (string | number)[]) => number;
}

/** Parses one YAML document and validates it; returns the data or the problems with lines. */
export function parseYamlFile<T>(
  text: string,
  file: string,
  validate: (
    data: unknown,
  ) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string; keys?: string[] }[] } },
  /** Lines of the file before the YAML (a statement's front matter starts on line 2). */
  lineOffset = 0,
): { data?: T; problems: string[]; lineOf: (path: (string | number)[]) => number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineOffset + lineCounter.linePos(offset).line;
  const lineOf = (path: (string | number)[]) => {
    for (let k = path.length; k >= 0; k--) {
      const node = doc.getIn(path.slice(0, k), true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return lineOffset + 1;
  };
  // Warnings too (an unknown tag such as `!!js/function` is one): the data is read as written or not at all.
  const yamlProblems = [...doc.errors, ...doc.warnings].map((e) => `${file}:${lineAt(e.pos[0])}: YAML error: ${describe(e, text)}`);
  if (yamlProblems.length > 0) return { problems: yamlProblems, lineOf };
  const bomb = excessiveAlias(doc, MAX_ALIAS_COUNT);
  if (bomb) {
    return {
      problems: [
        `${file}:${lineAt(bomb.range?.[0] ?? 0)}: YAML error: aliases (*name) here would expand to more than ${MAX_ALIAS_COUNT} values, as in a "billion laughs" attack; write the values out`,
      ],
      lineOf,
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    return { problems: [`${file}:1: YAML error: ${(e as Error).message}`], lineOf };
  }
  const result = validate(data);
  if (!result.success) {
    return {
      problems: result.error.issues.map((i) => {
        const path = i.path as (string | number)[];
        // An unknown key is reported at its own line, not at its mapping's.
        const line = lineOf(i.keys?.length ? [...path, i.keys[0]] : path);
        return `${file}:${line}: ${path.map((p) => showInvisible(String(p))).join('.') || '(entry)'}: ${showInvisible(i.message)}`;
      }),
      lineOf,
    };
  }
  return { data: result.data, problems: [], lineOf };
}

/** A YAML error in words, naming the key a duplicate-key error is about. */
function describe(e: YAMLError, text: string): string {
  if (e.code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/.exec(text.slice(e.pos[0]))![0].trim();
    return `the key "${showInvisible(key)}" appears twice in one mapping (the second is here)`;
  }
  return e.message.split('\n')[0];
}

/** Loads every entry of a glossary folder; throws a DataError listing every problem. */
export function loadGlossary(dir: string, root = process.cwd()): { entries: LoadedEntity[]; index: NameIndex } {
  const problems: string[] = [];
  const entries: LoadedEntity[] = [];
  const { files, problems: folderProblems } = yamlFilesIn(dir, root);
  problems.push(...folderProblems);
  for (const { path, file, slug } of files) {
    const parsed = parseYamlFile(readFileSync(path, 'utf8'), file, (d) => entitySchema.safeParse(d));
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
  return { entries, index };
}
