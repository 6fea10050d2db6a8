import { z } from 'astro/zod';
import { line, prose, sourceSchema } from './fields.ts';

/** Editorial notes on claims of one statement, shown at the paragraph they concern. */
export const claimNoteSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Paragraph number the note belongs to. */
  paragraph: z.number().int().positive(),
  /** Words of that paragraph the note is about; must occur in it. */
  quote: prose(3),
  title: line(3),
  /** The note, in the editor's voice. */
  text: prose(20),
  /** Entities the note concerns. */
  entities: z.array(z.string()).default([]),
  sources: z.array(sourceSchema).min(1),
});
export const claimNotesSchema = z.strictObject({
  /** Slug of the statement (its file name without `.mdx`); equals this file's name. */
  statement: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected the slug of a statement (its file name without .mdx)' }),
  notes: z.array(claimNoteSchema),
});
export type ClaimNote = z.output<typeof claimNoteSchema>;
