/** Every mention of a statement as a W3C Web Annotation (/statements/<slug>.annotations.jsonld). */
import type { StatementData } from '../model/statement/statement.ts';
import { siteUrls, type SiteInfo } from '../routing/routes.ts';

const PREFIX_LENGTH = 32;

/**
 * Every mention as a W3C Web Annotation (motivation "identifying"): the target
 * is the statement page, selected by the paragraph's fragment (#pN) refined by
 * a TextQuoteSelector (exact, and up to 32 characters of prefix and suffix
 * from the paragraph's text); the body is the glossary entry. A probable
 * identification adds a commenting TextualBody that says so.
 */
export function annotations(s: StatementData, site: SiteInfo) {
  const urls = siteUrls(site);
  const id = urls.annotations(s.slug);
  const text = new Map(s.paragraphs.map((p) => [p.n, p.text]));
  const items = s.mentions.map((m) => {
    const t = text.get(m.paragraph) ?? '';
    const prefix = t.slice(Math.max(0, m.start - PREFIX_LENGTH), m.start);
    const suffix = t.slice(m.end, m.end + PREFIX_LENGTH);
    const entityUrl = urls.entity(m.entity);
    return {
      id: `${id}#p${m.paragraph}-${m.start}-${m.end}`,
      type: 'Annotation',
      motivation: 'identifying',
      body: m.probable
        ? [
            entityUrl,
            {
              type: 'TextualBody',
              purpose: 'commenting',
              value: 'Probable identification: the editors’ inference.',
              format: 'text/plain',
              language: 'en',
            },
          ]
        : entityUrl,
      target: {
        source: urls.statement(s.slug),
        selector: {
          type: 'FragmentSelector',
          conformsTo: 'http://tools.ietf.org/rfc/rfc3987',
          value: `p${m.paragraph}`,
          refinedBy: {
            type: 'TextQuoteSelector',
            exact: t.slice(m.start, m.end),
            ...(prefix ? { prefix } : {}),
            ...(suffix ? { suffix } : {}),
          },
        },
      },
    };
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: `Glossary entries named in “${s.meta.title}”`,
    total: items.length,
    first: {
      id: `${id}#page1`,
      type: 'AnnotationPage',
      partOf: id,
      startIndex: 0,
      items,
    },
  };
}
