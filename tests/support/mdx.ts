/** Runs the statement plugins on MDX text, as the build does, without Astro. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { statementParser } from '../../src/markdown/statement-parser.ts';
import remarkStatementSyntax from '../../src/markdown/remark-statement-syntax.ts';
import remarkRecord from '../../src/markdown/remark-record.ts';
import remarkEntities from '../../src/markdown/remark-entities.ts';
import remarkSentences from '../../src/markdown/remark-sentences.ts';
import remarkParagraphs from '../../src/markdown/remark-paragraphs.ts';
import { buildNameIndex } from '../../src/lib/model/glossary/names.ts';
import { entitySchema, type Entity } from '../../src/lib/model/schemas/entity.ts';

/** A minimal valid entity for tests. */
export function entity(id: string, partial: Partial<Entity> & { type?: Entity['type'] } = {}): Entity {
  return entitySchema.parse({
    id,
    name: partial.name ?? id,
    type: partial.type ?? 'organisation',
    acronyms: partial.acronyms ?? [],
    aliases: partial.aliases ?? [],
    definition: partial.definition ?? `The test entity ${id}.`,
    annotation: partial.annotation ?? `An annotation about ${id} for tests.`,
    sources: [{ id: 's', title: 'A source', publisher: 'United Nations', url: 'https://www.un.org/', status: 'seen' }],
    ...(partial.partOf ? { partOf: partial.partOf } : {}),
    ...(partial.notNames ? { notNames: partial.notNames } : {}),
  });
}

export interface Processed {
  tree: Root;
  file: VFile;
  frontmatter: Record<string, unknown>;
}

/**
 * Processes `body` as the statement `slug` whose record is `record` (written
 * to a temporary folder). Throws what the build would throw.
 */
export async function processStatement(
  body: string,
  { record, entities = [], restoredBreaks = [], slug = 'test-statement' }: { record: string; entities?: Entity[]; restoredBreaks?: string[]; slug?: string },
): Promise<Processed> {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-mdx-'));
  mkdirSync(join(dir, 'sources'));
  mkdirSync(join(dir, 'statements'));
  writeFileSync(join(dir, 'sources', `${slug}.txt`), record);
  const file = new VFile({ path: join(dir, 'statements', `${slug}.mdx`), value: body });
  const frontmatter: Record<string, unknown> = { record: `../sources/${slug}.txt`, restoredBreaks };
  file.data.frontmatter = frontmatter;
  const { index, clashes } = buildNameIndex(entities);
  if (clashes.length) throw new Error(clashes.map((c) => c.message).join('; '));
  const processor = statementParser()
    .use(remarkStatementSyntax)
    .use(remarkRecord)
    .use(remarkEntities, { entities, index, base: '/' })
    .use(remarkSentences)
    .use(remarkParagraphs);
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  return { tree, file, frontmatter };
}
