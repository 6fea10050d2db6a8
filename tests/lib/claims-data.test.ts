/**
 * The claims ledger as data (src/lib/claims/ledger-json.ts): claims.json validates
 * against public/schemas/claims.schema.json (and broken documents do not), each
 * claim's link carries a text fragment of the speaker's words, and the
 * ClaimReview JSON-LD has the types and properties schema.org defines (its
 * TypeScript types come from schema-dts; this checks the values).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { claimNotesSchema } from '../../src/lib/model/schemas/claims.ts';
import { readClaimsFile, reviewedClaims, claimWords, verdicts } from '../../src/lib/claims/ledger.ts';
import { claimReviewJsonLd } from '../../src/lib/formats/jsonld/claim-review.ts';
import { claimsJson, type LedgerData } from '../../src/lib/claims/ledger-json.ts';
import { processedStatements, root } from '../support/statements.ts';

const slug = 'kazakhstan-2014-terrorism';
const site = { site: 'https://verbatim.example', base: '/' };
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'public/schemas/claims.schema.json'), 'utf8')));
let data: LedgerData;

beforeAll(async () => {
  const s = (await processedStatements()).find((x) => x.slug === slug)!;
  const notes = claimNotesSchema.parse(parseYaml(readFileSync(join(root, `content/notes/${slug}.yaml`), 'utf8'))).notes;
  const { data: file, problems } = readClaimsFile(readFileSync(join(root, `content/claims/${slug}.yaml`), 'utf8'), 'x', () => ({
    paragraphs: s.paragraphs,
    noteIds: new Set(notes.map((n) => n.id)),
  }));
  expect(problems).toEqual([]);
  data = { slug, meta: s.meta, paragraphs: s.paragraphs, claims: reviewedClaims(file!), unexamined: file!.unexamined };
});

describe('claims.json', () => {
  it('validates against its JSON Schema, and broken documents do not', () => {
    const doc = JSON.parse(JSON.stringify(claimsJson(data, site)));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.$schema).toBe('https://verbatim.example/schemas/claims.schema.json');
    expect(doc.url).toBe(`https://verbatim.example/statements/${slug}/claims/`);
    for (const broken of [
      { ...doc, claims: [{ ...doc.claims[0], verdict: 'true' }] },
      { ...doc, claims: [{ ...doc.claims[0], sources: [] }] },
      { ...doc, claims: [{ ...doc.claims[0], quoteUrl: doc.claims[0].paragraphUrl }] },
      { ...doc, scale: doc.scale.slice(1) },
    ])
      expect(validate(broken)).toBe(false);
  });

  it('lists the claims in paragraph order, each with its paragraph URL and a text fragment of its words', () => {
    const doc = claimsJson(data, site);
    expect(doc.claims.map((c) => c.paragraph)).toEqual([...doc.claims.map((c) => c.paragraph)].sort((a, b) => a - b));
    const chair = doc.claims.find((c) => c.id === 'osce-chair-2010')!;
    expect(chair.paragraphUrl).toBe(`https://verbatim.example/statements/${slug}/#p7`);
    expect(chair.quoteUrl).toBe(`https://verbatim.example/statements/${slug}/#p7:~:text=As%20the%202010%20Chair,and%20Cooperation%20in%20Europe`);
    expect(chair).toMatchObject({ verdict: 'confirmed', verdictLabel: 'Confirmed', rating: 4 });
  });
});

describe('text fragments of claims', () => {
  it('take the words as the paragraph prints them and add a prefix when they occur earlier too', () => {
    const paragraphs = ['The State acts.', 'In fact the State acts.'];
    expect(claimWords("the State", paragraphs[1], paragraphs)).toEqual({ words: 'the State', fragment: 'text=fact-,the%20State' });
    expect(claimWords('Kazakhstan\'s officials', 'Kazakhstan’s officials met.', ['Kazakhstan’s officials met.']).words).toBe('Kazakhstan’s officials');
  });
});

describe('ClaimReview JSON-LD', () => {
  it('reviews each claim: the Claim by the speaker in its paragraph, a rating on the scale, the editors as author', () => {
    const ld = claimReviewJsonLd(data, site);
    expect(JSON.parse(JSON.stringify(ld))).toEqual(ld);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@graph']).toHaveLength(data.claims.length);
    for (const [i, r] of ld['@graph'].entries()) {
      const c = data.claims[i];
      expect(r).toMatchObject({
        '@type': 'ClaimReview',
        claimReviewed: c.claim,
        itemReviewed: {
          '@type': 'Claim',
          author: { '@type': 'Person', name: 'Kairat Abdrakhmanov' },
          appearance: { '@type': 'CreativeWork', url: `https://verbatim.example/statements/${slug}/#p${c.paragraph}` },
        },
        reviewRating: { '@type': 'Rating', ratingValue: verdicts[c.verdict].rating, bestRating: 4, worstRating: 1, alternateName: verdicts[c.verdict].label },
        author: { '@type': 'Organization', name: 'The editors of Verbatim' },
      });
      expect((r as { url?: string }).url).toBe(`https://verbatim.example/statements/${slug}/claims/#claim-${c.id}`);
    }
  });
});
