/**
 * The one YAML reader of the edition's data and its one error: a document is
 * parsed strictly (duplicate keys, unknown tags and alias bombs are problems),
 * validated, and every problem is reported as `file:line: message`; a
 * DataError carries them all, so a bad file fails the build pointing at the
 * line to fix.
 */
import { LineCounter, parseDocument, isNode, type YAMLError } from 'yaml';
import { excessiveAlias, MAX_ALIAS_COUNT } from './yaml-aliases.ts';
import { showInvisible } from '../model/text/text.ts';

export class DataError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The edition's data has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    this.name = 'DataError';
    this.problems = problems;
  }
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
