/**
 * Countries and bodies as the browse pages show them: the spellings of the
 * labels and of the corpus ("Republic Of Korea", "Republic of Korea") meet
 * under one address and one name; a name with no Latin letters gets a stable
 * address of its own (browse.ts slugify); two names that are not the same
 * name but would share an address stop the build, naming both files.
 */
import { countryOf, groupBy, slugify, type Group } from './browse.ts';
import type { StatementSummary } from '../statement/statement.ts';

/** Two spellings of one name: equal but for case, accents, apostrophes and spacing. */
export const sameName = (s: string) =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ').trim();

/** The spelling a page shows: the labels' (mixed case: "of", "and") over the corpus's title case, then the most used. */
export function canonicalName(spellings: string[]): string {
  const uses = new Map<string, number>();
  for (const s of spellings) uses.set(s, (uses.get(s) ?? 0) + 1);
  const titleCased = (s: string) => /\b(Of|And|The|D')\b/.test(s);
  return [...uses.entries()].sort((a, b) => Number(titleCased(a[0])) - Number(titleCased(b[0])) || b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/** The statements by country or body, each group under its canonical name; a shared address for two names fails. */
export function countryGroups(summaries: StatementSummary[]): Group<StatementSummary>[] {
  const groups = groupBy(summaries, countryOf, (a, b) => a.localeCompare(b));
  const problems: string[] = [];
  for (const g of groups) {
    const byName = new Map<string, StatementSummary>();
    for (const s of g.items) if (!byName.has(sameName(countryOf(s)))) byName.set(sameName(countryOf(s)), s);
    if (byName.size > 1) {
      const [a, b] = [...byName.values()];
      problems.push(`${a.file} and ${b.file}: the countries "${countryOf(a)}" and "${countryOf(b)}" are different names but would share one country page (${g.key}); spell them alike, or tell them apart`);
    }
    g.label = canonicalName(g.items.map(countryOf));
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return groups.sort((a, b) => a.label.localeCompare(b.label));
}

export { slugify };
