/**
 * The statements and the glossary as the pages see them, rendered once per
 * build and shared by every page (entity pages need every statement's
 * mentions; rendering each statement once keeps the build linear).
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { ParagraphData, Mention } from '../markdown/remark-paragraphs.ts';
import type { Correction } from '../markdown/remark-record.ts';
import { readFileSync } from 'node:fs';
import { claimNotesSchema, type ClaimNote, type Entity } from './schemas.ts';
import { DataError, parseYamlFile } from './glossary-files.ts';
import { checkEdition } from './validate.ts';
import { typeset } from './text.ts';
import { paginate, paragraphsByEntity, STATEMENTS_PER_PAGE } from './mentions.ts';

export interface Statement {
  slug: string;
  meta: CollectionEntry<'statements'>['data'];
  Content: Awaited<ReturnType<typeof render>>['Content'];
  paragraphs: ParagraphData[];
  mentions: Mention[];
  corrections: Correction[];
  notes: ClaimNote[];
}

let statements: Promise<Statement[]> | undefined;
let glossary: Promise<Map<string, Entity>> | undefined;

export function getGlossary(): Promise<Map<string, Entity>> {
  glossary ??= getCollection('glossary').then(
    (entries) =>
      new Map(entries.map((e) => [e.data.id, typesetEntity(e.data)] as const).sort((a, b) => a[1].name.localeCompare(b[1].name))),
  );
  return glossary;
}

export function getStatements(): Promise<Statement[]> {
  statements ??= (async () => {
    const [entries, noteFiles] = await Promise.all([getCollection('statements'), getCollection('notes')]);
    const notesBySlug = new Map(
      noteFiles.map((f) => [f.data.statement, f.data.notes.map((n) => ({ ...n, title: typeset(n.title), text: typeset(n.text) }))]),
    );
    const out = await Promise.all(
      entries.map(async (entry): Promise<Statement> => {
        const { Content, remarkPluginFrontmatter: fm } = await render(entry);
        return {
          slug: entry.id,
          meta: entry.data,
          Content,
          paragraphs: fm.paragraphs as ParagraphData[],
          mentions: fm.mentions as Mention[],
          corrections: (fm.corrections ?? []) as Correction[],
          notes: notesBySlug.get(entry.id) ?? [],
        };
      }),
    );
    await validate(out, noteFiles);
    // Featured first, then newest, then by title: the order of the home page.
    return out.sort(
      (a, b) => Number(b.meta.featured) - Number(a.meta.featured) || b.meta.year - a.meta.year || a.meta.title.localeCompare(b.meta.title),
    );
  })();
  return statements;
}

let bySlug: Promise<Map<string, Statement>> | undefined;

/** One statement by slug (a map, not a search: every paragraph of every statement asks). */
export async function getStatement(slug: string): Promise<Statement> {
  bySlug ??= getStatements().then((list) => new Map(list.map((x) => [x.slug, x])));
  const s = (await bySlug).get(slug);
  if (!s) throw new Error(`no statement "${slug}"`);
  return s;
}

/** Cross-file checks; a failure stops the build with file:line messages. */
async function validate(list: Statement[], noteFiles: CollectionEntry<'notes'>[]) {
  const glossaryEntries = await getCollection('glossary');
  const lineFinder = (filePath: string | undefined) => {
    const file = filePath ?? '(unknown file)';
    if (!filePath) return () => `${file}:1`;
    const { lineOf } = parseYamlFile(readFileSync(filePath, 'utf8'), file, (d) => claimNotesSchema.safeParse(d));
    return (path: (string | number)[]) => `${file}:${lineOf(path)}`;
  };
  const noteWhere = new Map(noteFiles.map((f) => [f.data.statement, lineFinder(f.filePath)]));
  const problems = checkEdition({
    statements: list.map((s) => ({
      ...s,
      whereIsNote: (i, field) => (noteWhere.get(s.slug) ?? (() => 'content/notes:1'))(['notes', i, ...(field ? [field] : [])]),
    })),
    entities: glossaryEntries.map((g) => g.data),
    whereIsEntity: (id) => `${glossaryEntries.find((g) => g.data.id === id)?.filePath ?? id}:1`,
    noteFiles: noteFiles.map((f) => ({ statement: f.data.statement, where: lineFinder(f.filePath)(['statement']) })),
  });
  if (problems.length > 0) throw new DataError(problems);
}

/** The glossary's prose is typed with straight quotes; readers get book typography. */
function typesetEntity(e: Entity): Entity {
  return {
    ...e,
    definition: typeset(e.definition),
    annotation: typeset(e.annotation),
    facts: e.facts.map((f) => ({ ...f, text: typeset(f.text) })),
    notes: e.notes.map((n) => ({ ...n, text: typeset(n.text) })),
  };
}

let naming: Promise<Map<string, Statement[]>> | undefined;

/** The statements that name each entity, in the statements' order (one pass over all mentions). */
export function getStatementsNaming(): Promise<Map<string, Statement[]>> {
  naming ??= getStatements().then((list) => {
    const map = new Map<string, Statement[]>();
    for (const s of list) {
      for (const id of paragraphsByEntity(s.mentions).keys()) {
        let l = map.get(id);
        if (!l) map.set(id, (l = []));
        l.push(s);
      }
    }
    return map;
  });
  return naming;
}

/** The statements naming an entity, in pages as its entity pages list them. */
export async function getEntityPages(id: string): Promise<{ pages: Statement[][]; total: number }> {
  const naming = (await getStatementsNaming()).get(id) ?? [];
  return { pages: paginate(naming, STATEMENTS_PER_PAGE), total: naming.length };
}
