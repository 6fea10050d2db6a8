/**
 * Content collections: statements (compiled from MDX by their own loader, see
 * src/markdown/statement-loader.ts), the glossary (one YAML file per entity)
 * the editorial notes on each statement's claims, and the meetings' rosters.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { claimNotesSchema, entitySchema } from './lib/model/schemas.ts';
import { statementLoader } from './markdown/statement-loader.ts';
import { meetingFileSchema } from './lib/model/meeting-schema.ts';

export const collections = {
  statements: defineCollection({ loader: statementLoader() }),
  glossary: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './content/glossary' }),
    schema: entitySchema,
  }),
  notes: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './content/notes' }),
    schema: claimNotesSchema,
  }),
  // Meetings' rosters from the corpus's metadata (src/lib/model/meeting-schema.ts; written by the importer with --meta).
  meetings: defineCollection({ loader: glob({ pattern: '**/*.yaml', base: './content/meetings' }), schema: meetingFileSchema }),
  // Claims ledgers: validated with file:line by src/lib/claims/corpus.ts, so only parsed here.
  claims: defineCollection({ loader: glob({ pattern: '**/*.yaml', base: './content/claims' }), schema: z.looseObject({}) }),
};
