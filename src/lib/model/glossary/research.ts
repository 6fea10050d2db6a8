/**
 * The facts accounting of a glossary entry: the research notes number their
 * checked points per entry (E27.1, E27.2a …); each entry lists in `research`
 * every checked point of its own entry, and each point is either published
 * (a fact of the entry names it in `refs`) or `omitted`, with the reason.
 * Pure: the schema calls it (so the build fails at the line) and so do the tests.
 */

/**
 * E27.2 = second point of entry E27; a letter when a point holds several facts (E27.2a).
 * E entries are the featured statement's research notes, K entries the Council's common vocabulary.
 */
export const REF_PATTERN = /^[EK]\d{2}\.\d+[a-z]?$/;

export interface ResearchToCheck {
  facts: { refs: string[] }[];
  research?: { entry: string; checked: { ref: string; omitted?: string }[] };
}

export interface ResearchProblem {
  path: (string | number)[];
  message: string;
}

export function researchProblems(e: ResearchToCheck): ResearchProblem[] {
  const problems: ResearchProblem[] = [];
  if (!e.research) {
    e.facts.forEach((f, i) => {
      if (f.refs.length > 0) problems.push({ path: ['facts', i, 'refs'], message: 'refs without a `research` list to account for them' });
    });
    return problems;
  }
  const { entry, checked } = e.research;
  const own = (ref: string) => ref.startsWith(`${entry}.`);
  const published = new Map<string, number>();
  e.facts.forEach((f, i) => f.refs.forEach((r) => published.set(r, i)));
  const listed = new Set<string>();
  checked.forEach((c, i) => {
    if (!own(c.ref)) problems.push({ path: ['research', 'checked', i, 'ref'], message: `"${c.ref}" is not a point of ${entry}` });
    if (listed.has(c.ref)) problems.push({ path: ['research', 'checked', i, 'ref'], message: `"${c.ref}" is listed twice` });
    listed.add(c.ref);
    const by = published.get(c.ref);
    if (by === undefined && !c.omitted)
      problems.push({ path: ['research', 'checked', i], message: `checked fact ${c.ref} is neither published (no fact has it in refs) nor omitted with a reason` });
    if (by !== undefined && c.omitted)
      problems.push({ path: ['research', 'checked', i, 'omitted'], message: `${c.ref} is published (facts[${by}]) and also marked omitted` });
  });
  e.facts.forEach((f, i) =>
    f.refs.forEach((r, j) => {
      if (own(r) && !listed.has(r)) problems.push({ path: ['facts', i, 'refs', j], message: `"${r}" is not in research.checked` });
    }),
  );
  return problems;
}
