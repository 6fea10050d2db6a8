/**
 * Moved to ./text/text.ts (the model is in folders by subject). This re-export keeps
 * the old path working for src/importer/ and src/scripts/, which others are reworking in parallel;
 * delete it once they import ./text/text.ts.
 */
export * from './text/text.ts';
