/**
 * Moved to ./record/record.ts (the model is in folders by subject). This re-export keeps
 * the old path working for src/importer/ and tests/bench/, which others are reworking in parallel;
 * delete it once they import ./record/record.ts.
 */
export * from './record/record.ts';
