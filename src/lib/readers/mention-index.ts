/**
 * The mentions index: for each entity, the statements that name it with a
 * snippet of each paragraph that does, already cut into the pages its entity
 * pages show. It is written once per corpus, statement by statement, holding
 * at most one page per entity in memory; an entity page then reads one small
 * file. So entity pages cost the same at a hundred statements or a hundred
 * thousand.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mentionsOf, paragraphsByEntity, type MentionSnippet } from '../model/glossary/mentions.ts';
import type { Mention, ParagraphData, StatementSummary } from '../model/statement/statement.ts';

/** What the index needs of a statement's text. */
export interface StatementText {
  mentions: Mention[];
  paragraphs: ParagraphData[];
}

export interface MentionEntry {
  slug: string;
  title: string;
  snippets: MentionSnippet[];
}

export interface MentionTotals {
  /** Statements naming each entity. */
  statements: Record<string, number>;
  perPage: number;
}

/** Every snippet of one statement, by entity (one per paragraph that names it). */
export function snippetsByEntity(s: StatementText): Map<string, MentionSnippet[]> {
  return new Map([...paragraphsByEntity(s.mentions).keys()].map((id) => [id, mentionsOf(id, s.mentions, s.paragraphs)]));
}

const pageFile = (dir: string, entity: string, page: number) => join(dir, entity, `${page}.json`);

/**
 * Writes the index for `summaries` (in listing order) under `root`, in a folder
 * named by what it indexes, unless it is there already; returns the folder
 * and the totals.
 */
export function writeMentionIndex(
  summaries: StatementSummary[],
  read: (s: StatementSummary) => StatementText,
  root: string,
  perPage: number,
): { dir: string; totals: MentionTotals } {
  const key = createHash('sha256').update(String(perPage));
  for (const s of summaries) key.update(s.cache).update(s.title);
  const dir = join(root, key.digest('hex').slice(0, 16));
  const done = join(dir, 'totals.json');
  if (existsSync(done)) return { dir, totals: JSON.parse(readFileSync(done, 'utf8')) as MentionTotals };

  // The index of the corpus as it was is never read again: it leaves (the cache would grow with every edit).
  if (existsSync(root)) for (const other of readdirSync(root)) rmSync(join(root, other), { recursive: true, force: true });
  const pending = new Map<string, MentionEntry[]>();
  const counts: Record<string, number> = {};
  const flush = (entity: string) => {
    const entries = pending.get(entity)!;
    const page = Math.ceil(counts[entity] / perPage);
    mkdirSync(join(dir, entity), { recursive: true });
    writeFileSync(pageFile(dir, entity, page), JSON.stringify(entries));
    pending.set(entity, []);
  };
  for (const s of summaries) {
    for (const [entity, snippets] of snippetsByEntity(read(s))) {
      counts[entity] = (counts[entity] ?? 0) + 1;
      let list = pending.get(entity);
      if (!list) pending.set(entity, (list = []));
      list.push({ slug: s.slug, title: s.title, snippets });
      if (list.length === perPage) flush(entity);
    }
  }
  for (const [entity, list] of pending) if (list.length) flush(entity);
  const totals: MentionTotals = { statements: counts, perPage };
  // Written last, by rename: a half-written index is never taken for a whole one.
  // The temporary name is this process's own (the build lock keeps a second build out; this keeps it apart).
  writeFileSync(`${done}.${process.pid}.tmp`, JSON.stringify(totals));
  renameSync(`${done}.${process.pid}.tmp`, done);
  return { dir, totals };
}

/** One page (1-based) of the statements naming an entity. */
export function readMentionPage(dir: string, entity: string, page: number): MentionEntry[] {
  const file = pageFile(dir, entity, page);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as MentionEntry[]) : [];
}
