/**
 * The statements and the glossary as the pages see them. The statements
 * collection holds summaries (model/statement/statement.ts), one per statement, which
 * every listing reads; a page that shows a statement's text loads that one
 * statement from the compile cache. So memory grows with the summaries, not
 * with the corpus's text.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { claimNotesSchema, type ClaimNote } from '../model/schemas/claims.ts';
import { type Entity } from '../model/schemas/entity.ts';
import type { CompiledStatement, StatementSummary } from '../model/statement/statement.ts';
import { citationCachePath } from '../model/statement/summary.ts';
import { DataError, parseYamlFile } from './yaml.ts';
import { checkEdition } from '../model/validate.ts';
import { typeset } from '../model/text/text.ts';
import { STATEMENTS_PER_PAGE } from '../model/glossary/mentions.ts';
import { readMentionPage, writeMentionIndex, type MentionEntry, type MentionTotals } from './mention-index.ts';
import { dirname, join } from 'node:path';
import { meetingsOf, slugify, type Meeting } from '../model/browse/browse.ts';
import { getMeetingFiles } from './meeting-files.ts';
import { rosterEntries } from '../model/meeting/roster.ts';
import { buildsCorpus } from './build-scope.ts';

/** A statement with its text and the editors' notes on it. */
export interface Statement extends CompiledStatement {
  notes: ClaimNote[];
}

let glossary: Promise<Map<string, Entity>> | undefined;

export function getGlossary(): Promise<Map<string, Entity>> {
  glossary ??= getCollection('glossary').then(
    (entries) =>
      new Map(entries.map((e) => [e.data.id, typesetEntity(e.data)] as const).sort((a, b) => a[1].name.localeCompare(b[1].name))),
  );
  return glossary;
}

let notes: Promise<Map<string, ClaimNote[]>> | undefined;

/** The editors' notes of each statement that has some, typeset. */
export function getNotes(): Promise<Map<string, ClaimNote[]>> {
  notes ??= getCollection('notes').then(
    (files) => new Map(files.map((f) => [f.data.statement, f.data.notes.map((n) => ({ ...n, title: typeset(n.title), text: typeset(n.text) }))])),
  );
  return notes;
}

/** Featured first, then newest, then by meeting and order of speech, then by title: the order of every listing. */
export function compareSummaries(a: StatementSummary, b: StatementSummary): number {
  return (
    Number(b.featured) - Number(a.featured) ||
    b.year - a.year ||
    (b.meeting.date ?? '').localeCompare(a.meeting.date ?? '') ||
    (a.meeting.record ?? '').localeCompare(b.meeting.record ?? '', 'en', { numeric: true }) ||
    (a.meeting.speech ?? 0) - (b.meeting.speech ?? 0) ||
    a.title.localeCompare(b.title)
  );
}

let summaries: Promise<StatementSummary[]> | undefined;

/** Every statement's summary, checked across files, in listing order. */
export function getSummaries(): Promise<StatementSummary[]> {
  summaries ??= (async () => {
    const entries = await getCollection('statements');
    const list = entries.map((e) => e.data as StatementSummary).sort(compareSummaries);
    await validate(list);
    return list;
  })();
  return summaries;
}

let bySlug: Promise<Map<string, StatementSummary>> | undefined;

/** One statement's summary by slug. */
export async function getSummary(slug: string): Promise<StatementSummary> {
  bySlug ??= getSummaries().then((list) => new Map(list.map((x) => [x.slug, x])));
  const s = (await bySlug).get(slug);
  if (!s) throw new Error(`no statement "${slug}"`);
  return s;
}

// The last few statements loaded: a statement's page and its data files render one after another.
const recent = new Map<string, Statement>();
const RECENT = 16;

/** One statement with its text, read from the compile cache. */
export async function loadStatement(slug: string): Promise<Statement> {
  const hit = recent.get(slug);
  if (hit) return hit;
  const summary = await getSummary(slug);
  // Without the cache file's seal (src/markdown/statement-digest.ts), which is not the statement's.
  const { citeBytes: _c, digest: _d, ...compiled } = JSON.parse(readFileSync(summary.cache, 'utf8')) as CompiledStatement & { citeBytes?: number; digest?: string };
  const statement: Statement = { ...compiled, notes: (await getNotes()).get(slug) ?? [] };
  recent.set(slug, statement);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return statement;
}

/** A statement's citations as the compile step rendered them: the text of /statements/<slug>.cite.json. */
export async function loadCitationFile(slug: string): Promise<string> {
  return readFileSync(citationCachePath((await getSummary(slug)).cache), 'utf8');
}

/** Cross-file checks; a failure stops the build with file:line messages. */
async function validate(list: StatementSummary[]) {
  const [glossaryEntries, noteFiles, noteMap] = await Promise.all([getCollection('glossary'), getCollection('notes'), getNotes()]);
  const lineFinder = (filePath: string | undefined) => {
    const file = filePath ?? '(unknown file)';
    if (!filePath) return () => `${file}:1`;
    const { lineOf } = parseYamlFile(readFileSync(filePath, 'utf8'), file, (d) => claimNotesSchema.safeParse(d));
    return (path: (string | number)[]) => `${file}:${lineOf(path)}`;
  };
  const noteWhere = new Map(noteFiles.map((f: CollectionEntry<'notes'>) => [f.data.statement, lineFinder(f.filePath)]));
  const statements = await Promise.all(
    list.map(async (s) => {
      const noted = noteMap.has(s.slug);
      // Only statements with notes need their text here: the notes quote it.
      const paragraphs = noted ? JSON.parse(readFileSync(s.cache, 'utf8')).paragraphs : [];
      return {
        slug: s.slug,
        paragraphs,
        named: s.named.map(([id]) => id),
        notes: noteMap.get(s.slug) ?? [],
        meta: { speaker: { entity: s.speakerEntity } },
        whereIsField: (path: (string | number)[]) => `${s.file}:${frontMatterLine(s.file, path)}`,
        whereIsNote: (i: number, field?: string) => (noteWhere.get(s.slug) ?? (() => 'content/notes:1'))(['notes', i, ...(field ? [field] : [])]),
      };
    }),
  );
  const problems = checkEdition({
    statements,
    entities: glossaryEntries.map((g) => g.data),
    whereIsEntity: (id) => `${glossaryEntries.find((g) => g.data.id === id)?.filePath ?? id}:1`,
    noteFiles: noteFiles.map((f) => ({ statement: f.data.statement, where: lineFinder(f.filePath)(['statement']) })),
    partial: !buildsCorpus(),
  });
  if (problems.length > 0) throw new DataError(problems);
}

/** The line of a front-matter field of a statement file (only asked when reporting a problem). */
function frontMatterLine(file: string, path: (string | number)[]): number {
  const text = readFileSync(file, 'utf8');
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  return parseYamlFile(yaml, file, () => ({ success: true, data: null }), 1).lineOf(path);
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

let mentionIndex: Promise<{ dir: string; totals: MentionTotals }> | undefined;

/** The mentions index of the corpus (mention-index.ts), written on first use beside the compile cache. */
function getMentionIndex() {
  mentionIndex ??= getSummaries().then((list) =>
    writeMentionIndex(
      list,
      (s) => JSON.parse(readFileSync(s.cache, 'utf8')) as CompiledStatement,
      join(dirname(list[0]?.cache ?? '.'), 'mention-index'),
      STATEMENTS_PER_PAGE,
    ),
  );
  return mentionIndex;
}

/** How many statements name an entity, and on how many pages its entity pages list them. */
export async function getEntityPages(id: string): Promise<{ pages: number; total: number }> {
  const { totals } = await getMentionIndex();
  const total = totals.statements[id] ?? 0;
  return { pages: Math.max(1, Math.ceil(total / totals.perPage)), total };
}

/** Page `page` (1-based) of the statements naming an entity, with their snippets. */
export async function getEntityPage(id: string, page: number): Promise<MentionEntry[]> {
  return readMentionPage((await getMentionIndex()).dir, id, page);
}

let meetings: Promise<Map<string, Meeting>> | undefined;

/** The meetings of the corpus by key (browse.ts), newest first. */
export function getMeetings(): Promise<Map<string, Meeting>> {
  meetings ??= Promise.all([getSummaries(), getMeetingFiles()]).then(([list, files]) => {
    const byKey = new Map(meetingsOf(list).map((m) => [m.key, m]));
    for (const [key, { file, where }] of files) {
      const m = byKey.get(key);
      if (!m) continue; // a roster of a meeting the edition holds no statement of: no page
      m.roster = { file, where, entries: rosterEntries(file, where, m.statements) };
      m.date ??= file.date;
    }
    return byKey;
  });
  return meetings;
}

/** The meeting a statement was given at, if its record is known. */
export async function meetingOf(s: Pick<StatementSummary, 'meeting'>): Promise<Meeting | undefined> {
  return s.meeting.record ? (await getMeetings()).get(slugify(s.meeting.record)) : undefined;
}

/** Each statement in listing order, loaded one at a time (for files that cover the whole corpus). */
export async function* eachStatement(): AsyncGenerator<Statement> {
  for (const s of await getSummaries()) yield await loadStatement(s.slug);
}
