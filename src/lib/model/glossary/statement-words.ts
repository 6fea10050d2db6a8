/**
 * A glossary entry is shown beside every statement that names it, so its
 * definition and facts must be true of the entity, not of one statement:
 * what relates an entity to one statement belongs to that statement's notes.
 * This finds the words that give such a text away.
 */

/** "this statement", "the statement('s)", "the speech", "the speaker('s)", "this speaker" … */
const ONE_STATEMENT = /\b(?:this|the)\s+(?:statement|speech|speaker)(?:['\u2019]s)?\b/i;

/** Why `text` speaks of one statement rather than of the entity, or undefined. */
export function oneStatementProblem(text: string): string | undefined {
  const m = ONE_STATEMENT.exec(text);
  if (!m) return undefined;
  return `speaks of "${m[0]}": a glossary entry is shown beside every statement that names it, so its definition and facts say what is true of the entity; put what relates it to one statement in that statement's notes (content/notes/<slug>.yaml)`;
}
