/**
 * The claims ledgers as the pages see them: read once per build from the
 * `claims` collection, validated against src/lib/claims/ledger.ts with file:line
 * messages (the collection itself only parses the YAML, so that a bad verdict
 * or a claim without a source is reported at its line, not as a schema dump),
 * and checked against the statement's paragraphs and notes.
 */
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { getSummaries, loadStatement } from '../readers/corpus.ts';
import { DataError } from '../readers/yaml.ts';
import { buildsCorpus } from '../readers/build-scope.ts';
import { readClaimsFile, reviewedClaims, type ClaimsFile, type ReviewedClaim } from './ledger.ts';
import { typeset } from '../model/text/text.ts';

export interface StatementClaims {
  claims: ReviewedClaim[];
  unexamined: ClaimsFile['unexamined'];
}

let ledgers: Promise<Map<string, StatementClaims>> | undefined;

export function getAllClaims(): Promise<Map<string, StatementClaims>> {
  ledgers ??= (async () => {
    const [entries, summaries] = await Promise.all([getCollection('claims'), getSummaries()]);
    const slugs = new Set(summaries.map((s) => s.slug));
    const problems: string[] = [];
    const out = new Map<string, StatementClaims>();
    for (const entry of entries) {
      const file = entry.filePath ?? `content/claims/${entry.id}.yaml`;
      // Only statements with a ledger are read in full: the claims quote their paragraphs.
      const text = readFileSync(file, 'utf8');
      const named = /^statement:\s*["']?([a-z0-9-]+)/m.exec(text)?.[1];
      // A shard holds some statements: another's ledger is its shard's (and a ledger of no statement the merge's to report).
      if (!buildsCorpus() && named && !slugs.has(named)) continue;
      const statement = named && slugs.has(named) ? await loadStatement(named) : undefined;
      const { data, problems: found } = readClaimsFile(text, file, (slug) =>
        statement && slug === statement.slug ? { paragraphs: statement.paragraphs, noteIds: new Set(statement.notes.map((n) => n.id)) } : undefined,
      );
      problems.push(...found);
      if (!data) continue;
      // The data is typed with straight quotes; readers get book typography (the quotes are the record's own).
      out.set(data.statement, {
        claims: reviewedClaims(data).map((c) => ({ ...c, claim: typeset(c.claim), why: typeset(c.why), change: typeset(c.change) })),
        unexamined: data.unexamined.map((u) => ({ ...u, reason: typeset(u.reason) })),
      });
    }
    if (problems.length > 0) throw new DataError(problems);
    return out;
  })();
  return ledgers;
}

/** The ledger of one statement, if it has one. */
export async function getClaims(slug: string): Promise<StatementClaims | undefined> {
  return (await getAllClaims()).get(slug);
}
