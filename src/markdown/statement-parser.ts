/**
 * The one parser of statement files, for the site's compiler
 * (compile-statement.ts), the importer's proof that what it writes will build
 * (src/importer/text/verify.ts) and the tests: remark-parse with remark-mdx, the
 * MDX syntax that `<Term>` and `<Corr>` need. No GFM: a statement is the text
 * of a record, where a bare address, a `~`, a `|` or a `[^1]` are words to
 * print, not a link, a strike-through, a table or a footnote; remark-gfm is for
 * the edition's own prose pages (content/pages/). Frozen: call
 * `statementParser()` for a processor to add plugins to.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

export const statementParser = unified().use(remarkParse).use(remarkMdx).freeze();

/** The syntax tree of a statement's body (front matter already removed). */
export function parseStatementBody(body: string | VFile): Root {
  return statementParser.parse(body) as Root;
}
