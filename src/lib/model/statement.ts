/**
 * Moved to ./statement/statement.ts (the model is in folders by subject). This re-export keeps
 * the old path working for src/importer/, which others are reworking in parallel;
 * delete it once they import ./statement/statement.ts.
 */
export * from './statement/statement.ts';
