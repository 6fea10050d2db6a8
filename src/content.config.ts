/**
 * Content collections: statements (MDX), the glossary (one YAML file per
 * entity) and the editorial notes on each statement's claims.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { claimNotesSchema, entitySchema, statementSchema } from './lib/schemas.ts';

export const collections = {
  statements: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/statements' }),
    schema: statementSchema,
  }),
  glossary: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './content/glossary' }),
    schema: entitySchema,
  }),
  notes: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './content/notes' }),
    schema: claimNotesSchema,
  }),
  // Claims ledgers: validated with file:line by src/lib/claims-corpus.ts, so only parsed here.
  claims: defineCollection({ loader: glob({ pattern: '**/*.yaml', base: './content/claims' }), schema: z.looseObject({}) }),
};
