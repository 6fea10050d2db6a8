/**
 * The claims ledger as data: /statements/<slug>/claims.json (schema:
 * public/schemas/claims.schema.json), the ledger's addresses and each claim's
 * words in the statement. The ClaimReview JSON-LD of the claims page
 * (formats/jsonld/claim-review.ts) reads the same resolved claims, so neither
 * can disagree with the page.
 */
import type { StatementMeta } from '../model/schemas/statement.ts';
import { verdicts, verdictIds, claimWords, type ReviewedClaim } from './ledger.ts';
import { siteUrls, type SiteInfo } from '../routing/routes.ts';
import { EDITORS } from '../model/edition.ts';

export interface LedgerData {
  slug: string;
  meta: StatementMeta;
  paragraphs: { n: number; text: string }[];
  claims: ReviewedClaim[];
  unexamined: { paragraph: number; quote: string; reason: string }[];
}

/** Addresses of the ledger: its page, its JSON, a claim's anchor, and a claim's words in the statement. */
export function claimUrls(site: SiteInfo, slug: string) {
  const urls = siteUrls(site);
  return {
    page: urls.claims(slug),
    json: urls.claimsJson(slug),
    schema: urls.schema('claims'),
    claim: (id: string) => urls.claim(slug, id),
    paragraph: (n: number) => urls.paragraph(slug, n),
    note: (id: string) => urls.note(slug, id),
  };
}

/** Each claim's words as printed and the URL of its paragraph with a text fragment of them. */
export function claimLinks(d: LedgerData, site: SiteInfo): Map<string, { words: string; fragment: string; url: string }> {
  const u = claimUrls(site, d.slug);
  const texts = d.paragraphs.map((p) => p.text);
  return new Map(
    d.claims.map((c) => {
      const p = d.paragraphs.find((x) => x.n === c.paragraph)!;
      const { words, fragment } = claimWords(c.quote, p.text, texts);
      return [c.id, { words, fragment, url: `${u.paragraph(c.paragraph)}:~:${fragment}` }];
    }),
  );
}

export function claimsJson(d: LedgerData, site: SiteInfo) {
  const u = claimUrls(site, d.slug);
  const links = claimLinks(d, site);
  return {
    $schema: u.schema,
    statement: d.slug,
    url: u.page,
    statementUrl: siteUrls(site).statement(d.slug),
    author: EDITORS,
    scale: verdictIds.map((id) => ({ id, label: verdicts[id].label, rating: verdicts[id].rating, criteria: verdicts[id].criteria })),
    claims: d.claims.map((c) => ({
      id: c.id,
      url: u.claim(c.id),
      paragraph: c.paragraph,
      paragraphUrl: u.paragraph(c.paragraph),
      quote: links.get(c.id)!.words,
      quoteUrl: links.get(c.id)!.url,
      claim: c.claim,
      verdict: c.verdict,
      verdictLabel: verdicts[c.verdict].label,
      rating: verdicts[c.verdict].rating,
      why: c.why,
      change: c.change,
      notes: c.notes.map((n) => u.note(n)),
      sources: c.sources.map((s) => ({ title: s.title, publisher: s.publisher, url: s.url, status: s.status, ...(s.lang ? { lang: s.lang } : {}) })),
    })),
    unexamined: d.unexamined.map((x) => ({ paragraph: x.paragraph, paragraphUrl: u.paragraph(x.paragraph), quote: x.quote, reason: x.reason })),
  };
}
