/**
 * Moved to ./text/excerpt.ts (the model is in folders by subject). This re-export keeps
 * the old path working for src/scripts/, which others are reworking in parallel;
 * delete it once they import ./text/excerpt.ts.
 */
export * from './text/excerpt.ts';
