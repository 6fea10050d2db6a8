/**
 * Moved to ./glossary/names.ts (the model is in folders by subject). This re-export keeps
 * the old path working for src/importer/, which others are reworking in parallel;
 * delete it once they import ./glossary/names.ts.
 */
export * from './glossary/names.ts';
