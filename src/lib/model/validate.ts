/**
 * Checks that hold across files: every note sits on a paragraph that says what
 * it quotes, every entity named in a note or as a speaker exists, each
 * statement has at most one notes file, and every glossary entry is named by
 * some statement unless it is marked as context.
 */
import type { ClaimNote } from './schemas/claims.ts';
import type { Entity } from './schemas/entity.ts';
import { foldTypography, showInvisible } from './text/text.ts';

export interface EditionToCheck {
  statements: {
    slug: string;
    /** The paragraphs (needed only where the statement has notes). */
    paragraphs: { n: number; text: string }[];
    /** Ids of the entities it names, directly or inside a longer name. */
    named: string[];
    notes: ClaimNote[];
    /** `file:line` of a note, for messages. */
    whereIsNote: (index: number, field?: string) => string;
    /** The front matter, as far as these checks need it. */
    meta?: { speaker?: { entity?: string } };
    /**
     * `file:line` of a front-matter field (e.g. `['speaker', 'entity']`), for
     * messages; without it they name `content/statements/<slug>.mdx`.
     */
    whereIsField?: (path: (string | number)[]) => string;
  }[];
  entities: Entity[];
  /** `file:line` of an entity entry. */
  whereIsEntity: (id: string) => string;
  /** Statement slugs that notes files name, with where they do so. */
  noteFiles: { statement: string; where: string }[];
  /**
   * The statements are one shard's (issue 23): what needs every statement (an entry no statement names, notes
   * of a statement the edition lacks) is left to the merge, which holds them all.
   */
  partial?: boolean;
}

export function checkEdition(e: EditionToCheck): string[] {
  const problems: string[] = [];
  const ids = new Set(e.entities.map((x) => x.id));
  const slugs = new Set(e.statements.map((s) => s.slug));
  const notesFileOf = new Map<string, string>();
  for (const f of e.noteFiles) {
    if (!slugs.has(f.statement) && !e.partial) problems.push(`${f.where}: notes for unknown statement "${showInvisible(f.statement)}"`);
    const first = notesFileOf.get(f.statement);
    if (first !== undefined) {
      problems.push(`${f.where}: a second notes file for statement "${f.statement}", besides ${first}: keep one file per statement`);
    } else notesFileOf.set(f.statement, f.where);
  }
  const named = new Set<string>();
  for (const s of e.statements) {
    for (const id of s.named) named.add(id);
    const speaker = s.meta?.speaker?.entity;
    if (speaker !== undefined && !ids.has(speaker)) {
      const where = s.whereIsField?.(['speaker', 'entity']) ?? `content/statements/${s.slug}.mdx`;
      problems.push(`${where}: speaker.entity names unknown glossary entry "${showInvisible(speaker)}"`);
    }
    const seen = new Set<string>();
    s.notes.forEach((note, i) => {
      if (seen.has(note.id)) problems.push(`${s.whereIsNote(i, 'id')}: two notes share the id "${note.id}"`);
      seen.add(note.id);
      const p = s.paragraphs.find((x) => x.n === note.paragraph);
      if (!p) problems.push(`${s.whereIsNote(i, 'paragraph')}: note "${note.id}" is on paragraph ${note.paragraph}, which does not exist`);
      else if (!foldTypography(p.text).includes(foldTypography(note.quote)))
        problems.push(`${s.whereIsNote(i, 'quote')}: note "${note.id}" quotes "${note.quote}", which paragraph ${note.paragraph} does not contain`);
      note.entities.forEach((id) => {
        if (!ids.has(id)) problems.push(`${s.whereIsNote(i, 'entities')}: note "${note.id}" names unknown entity "${showInvisible(id)}"`);
      });
    });
  }
  for (const x of e.entities) {
    if (!x.context && !named.has(x.id) && !e.partial)
      problems.push(`${e.whereIsEntity(x.id)}: "${x.id}" is named by no statement; mark it \`context: true\` or remove it`);
    if (x.context && named.has(x.id))
      problems.push(`${e.whereIsEntity(x.id)}: "${x.id}" is marked as context but a statement names it`);
  }
  return problems;
}
