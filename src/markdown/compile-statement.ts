/**
 * Compiles one statement file (`content/statements/<slug>.mdx`) into the data
 * the site is built from (src/lib/model/statement/statement.ts): front matter checked by
 * the schema, the text proved against its record, mentions linked, paragraphs
 * numbered, and each paragraph's HTML.
 *
 * Statements are data, not code: the MDX is parsed (for `<Term>` and `<Corr>`)
 * but never compiled to JavaScript or run. Every problem throws a
 * `StatementError` whose message starts `file:line:column:`.
 */
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { parseYamlFile } from '../lib/readers/yaml.ts';
import { statementSchema } from '../lib/model/schemas/statement.ts';
import { type Entity } from '../lib/model/schemas/entity.ts';
import type { NameIndex } from '../lib/model/glossary/names.ts';
import type { CompiledStatement, Correction, Mention, ParagraphData } from '../lib/model/statement/statement.ts';
import { showInvisible } from '../lib/model/text/text.ts';
import remarkStatementSyntax from './remark-statement-syntax.ts';
import remarkRecord from './remark-record.ts';
import remarkEntities from './remark-entities.ts';
import remarkParagraphs from './remark-paragraphs.ts';
import remarkSentences from './remark-sentences.ts';
import { paragraphHtml } from './reading-blocks-html.ts';
import { frontmatterOf, topParagraphs } from './statement-file.ts';
import { statementParser } from './statement-parser.ts';
import { sizeProblems } from './size-check.ts';

export interface CompileOptions {
  entities: Entity[];
  index: NameIndex;
  /** The site's base path, ending in a slash. */
  base: string;
}

export class StatementError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'StatementError';
    this.problems = problems;
  }
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The front matter's YAML and the body, with the front matter's lines blanked so that lines keep their numbers. */
export function splitFrontMatter(text: string): { yaml: string; body: string } | undefined {
  const m = FRONT_MATTER.exec(text);
  if (!m) return undefined;
  return { yaml: m[1], body: '\n'.repeat(m[0].split('\n').length - 1) + text.slice(m[0].length) };
}

/** A processor per glossary: the name index is compiled into the entity plugin once. */
export function statementProcessor(options: CompileOptions) {
  return statementParser()
    .use(remarkStatementSyntax)
    .use(remarkRecord)
    .use(remarkEntities, options)
    .use(remarkSentences)
    .use(remarkParagraphs)
    .freeze();
}

/**
 * Compiles `text`, the content of the statement file at `path` (absolute;
 * `file` is the same path relative to the project root, for messages).
 */
export function compileStatement(
  { path, file, text }: { path: string; file: string; text: string },
  processor: ReturnType<typeof statementProcessor>,
): CompiledStatement {
  const slug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  // One form for every comparison and for the page: composed (NFC).
  const parts = splitFrontMatter(text.replace(/^\uFEFF/, '').normalize('NFC'));
  if (!parts) throw new StatementError([`${file}:1: a statement starts with front matter between --- lines`]);

  let parsed: ReturnType<typeof parseYamlFile<CompiledStatement['meta']>>;
  try {
    parsed = parseYamlFile(parts.yaml, file, (d) => statementSchema.safeParse(d), 1);
  } catch (e) {
    throw new StatementError([`${file}:1: front matter: ${(e as Error).message}`]);
  }
  if (!parsed.data) throw new StatementError(parsed.problems);
  const meta = parsed.data;
  const tooLarge = sizeProblems(path, file, text, meta.record);
  if (tooLarge.length) throw new StatementError(tooLarge);

  const vfile = new VFile({ path, value: parts.body });
  const fm = frontmatterOf(vfile);
  Object.assign(fm, { record: meta.record, recordEncoding: meta.recordEncoding, restoredBreaks: meta.restoredBreaks });
  let tree: Root;
  try {
    tree = processor.runSync(processor.parse(vfile), vfile) as Root;
  } catch (e) {
    throw new StatementError([located(file, e)]);
  }
  const data = fm.paragraphs as ParagraphData[];
  const html = topParagraphs(tree, vfile).map((p, i) => paragraphHtml(toHast(p), data[i].blocks));
  const paragraphs = data.map((p, i) => ({ ...p, html: html[i] }));
  return {
    slug,
    file,
    meta,
    paragraphs,
    mentions: fm.mentions as Mention[],
    corrections: (fm.corrections ?? []) as Correction[],
  };
}

/** `file:line:column: reason` for a plugin's or the parser's message. */
function located(file: string, e: unknown): string {
  const m = e as Partial<VFileMessage>;
  return `${file}:${m.line ?? 1}:${m.column ?? 1}: ${showInvisible(m.reason ?? String(e))}`;
}
