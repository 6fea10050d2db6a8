/** Runs every statement of content/ through the build's plugins with the real glossary, without Astro. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import remarkRecord from '../../src/markdown/remark-record.ts';
import remarkEntities from '../../src/markdown/remark-entities.ts';
import remarkParagraphs, { type Mention, type ParagraphData } from '../../src/markdown/remark-paragraphs.ts';
import type { Correction } from '../../src/markdown/remark-record.ts';
import { loadGlossary } from '../../src/lib/glossary-files.ts';
import { statementSchema, type StatementMeta } from '../../src/lib/schemas.ts';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export function glossary() {
  return loadGlossary(join(root, 'content/glossary'), root);
}

export interface ProcessedStatement {
  slug: string;
  meta: StatementMeta;
  paragraphs: ParagraphData[];
  mentions: Mention[];
  corrections: Correction[];
}

export async function processedStatements(dir = join(root, 'content/statements')): Promise<ProcessedStatement[]> {
  const { entries, index } = glossary();
  const out: ProcessedStatement[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
    const path = join(dir, name);
    const text = readFileSync(path, 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
    if (!m) throw new Error(`${path}: no front matter`);
    const meta = statementSchema.parse(parseYaml(m[1]));
    const file = new VFile({ path, value: text.slice(m[0].length) });
    const frontmatter: Record<string, unknown> = { ...meta };
    file.data.astro = { frontmatter };
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkRecord)
      .use(remarkEntities, { entities: entries.map((e) => e.entity), index, base: '/' })
      .use(remarkParagraphs);
    await processor.run(processor.parse(file), file);
    out.push({
      slug: name.replace(/\.mdx$/, ''),
      meta,
      paragraphs: frontmatter.paragraphs as ParagraphData[],
      mentions: frontmatter.mentions as Mention[],
      corrections: frontmatter.corrections as Correction[],
    });
  }
  return out;
}
