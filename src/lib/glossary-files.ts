/**
 * Reads the glossary from `content/glossary/*.yaml`, validates every entry and
 * reports each problem as `file:line: message`, so a bad entry fails the build
 * pointing at the line to fix.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { entitySchema, type Entity } from './schemas.ts';
import { buildNameIndex, type NameIndex } from './names.ts';

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
  validate: (data: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
  /** Lines of the file before the YAML (a statement's front matter starts on line 2). */
  lineOffset = 0,
): { data?: T; problems: string[]; lineOf: (path: (string | number)[]) => number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (path: (string | number)[]) => {
    for (let k = path.length; k >= 0; k--) {
      const node = doc.getIn(path.slice(0, k), true);
      if (isNode(node) && node.range) return lineOffset + lineCounter.linePos(node.range[0]).line;
    }
    return lineOffset + 1;
  };
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => `${file}:${lineOffset + lineCounter.linePos(e.pos[0]).line}: YAML error: ${e.message.split('\n')[0]}`),
      lineOf,
    };
  }
  const result = validate(doc.toJS());
  if (!result.success) {
    return {
      problems: result.error.issues.map(
        (i) => `${file}:${lineOf(i.path as (string | number)[])}: ${i.path.join('.') || '(entry)'}: ${i.message}`,
      ),
      lineOf,
    };
  }
  return { data: result.data, problems: [], lineOf };
}

/** Loads every entry of a glossary folder; throws a DataError listing every problem. */
export function loadGlossary(dir: string, root = process.cwd()): { entries: LoadedEntity[]; index: NameIndex } {
  const problems: string[] = [];
  const entries: LoadedEntity[] = [];
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  for (const name of files) {
    const path = join(dir, name);
    const file = relative(root, path);
    const parsed = parseYamlFile(readFileSync(path, 'utf8'), file, (d) => entitySchema.safeParse(d));
    problems.push(...parsed.problems);
    if (!parsed.data) continue;
    if (`${parsed.data.id}` !== name.replace(/\.ya?ml$/, '')) {
      problems.push(`${file}:${parsed.lineOf(['id'])}: id "${parsed.data.id}" must equal the file name`);
    }
    entries.push({ entity: parsed.data, file, lineOf: parsed.lineOf });
  }
  if (files.length === 0) problems.push(`${relative(root, dir)}: the glossary is empty`);
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
