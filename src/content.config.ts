/**
 * Content collections: statements (compiled from MDX by their own loader, see
 * src/markdown/statement-loader.ts), the glossary (one YAML file per entity,
 * read once a build by src/lib/readers/glossary-collection.ts), the editorial
 * notes on each statement's claims, and the meeting files.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { claimNotesSchema } from './lib/model/schemas/claims.ts';
import { entitySchema } from './lib/model/schemas/entity.ts';
import { meetingCollectionSchema } from './lib/model/schemas/meeting.ts';
import { statementLoader } from './markdown/statement-loader.ts';
import { glossaryLoader } from './lib/readers/glossary-collection.ts';

export const collections = {
  statements: defineCollection({ loader: statementLoader() }),
  // Read and checked by the project's own reader, once a build (src/lib/readers/glossary-collection.ts).
  glossary: defineCollection({ loader: glossaryLoader(), schema: entitySchema }),
  notes: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './content/notes' }),
    schema: claimNotesSchema,
  }),
  // Meeting files the importer writes from the corpus's metadata (npm run add --meta): checked here; the meetings pages (issue 19) use them.
  meetings: defineCollection({ loader: glob({ pattern: '**/*.yaml', base: './content/meetings' }), schema: meetingCollectionSchema }),
  // Claims ledgers: validated with file:line by src/lib/claims/corpus.ts, so only parsed here.
  claims: defineCollection({ loader: glob({ pattern: '**/*.yaml', base: './content/claims' }), schema: z.looseObject({}) }),
};
