/**
 * schema.org ClaimReview JSON-LD for the claims page, from the same resolved
 * claims as claims.json (claims/ledger-json.ts).
 */
import type { ClaimReview, Graph, Person } from 'schema-dts';
import { verdicts, BEST_RATING, WORST_RATING } from '../../claims/ledger.ts';
import { claimUrls, type LedgerData } from '../../claims/ledger-json.ts';
import { EDITORS } from '../../model/edition.ts';
import { siteUrls, type SiteInfo } from '../../routing/routes.ts';
import { speakerPerson } from './person.ts';

/**
 * schema.org ClaimReview for each claim: the claim (itemReviewed, a Claim by
 * the speaker, appearing in its paragraph), the rating on the ledger's scale
 * (alternateName is the verdict's label), and the editors as author.
 * Typed with schema-dts, so a type or property schema.org lacks fails `astro check`.
 */
export function claimReviewJsonLd(d: LedgerData, site: SiteInfo): Graph & { '@graph': ClaimReview[] } {
  const u = claimUrls(site, d.slug);
  const urls = siteUrls(site);
  const m = d.meta;
  const editors = { '@type': 'Organization', name: EDITORS, url: urls.home } as const;
  const speaker: Person = speakerPerson(m, urls);
  return {
    '@context': 'https://schema.org',
    '@graph': d.claims.map((c): ClaimReview => ({
      '@type': 'ClaimReview',
      '@id': u.claim(c.id),
      url: u.claim(c.id),
      claimReviewed: c.claim,
      reviewBody: c.why,
      itemReviewed: {
        '@type': 'Claim',
        author: speaker,
        appearance: { '@type': 'CreativeWork', '@id': u.paragraph(c.paragraph), url: u.paragraph(c.paragraph), isPartOf: { '@id': urls.statement(d.slug) } },
      },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: verdicts[c.verdict].rating,
        bestRating: BEST_RATING,
        worstRating: WORST_RATING,
        alternateName: verdicts[c.verdict].label,
      },
      author: editors,
      isPartOf: { '@type': 'WebPage', '@id': u.page, url: u.page },
    })),
  };
}
