/** schema.org JSON-LD for the statement page (a CreativeWork), written into the page's head. */
import type { StatementData } from '../../model/statement/statement.ts';
import { firstMentionOrder } from '../../model/glossary/mentions.ts';
import { SITE_NAME } from '../../model/edition.ts';
import { siteUrls, type SiteInfo } from '../../routing/routes.ts';
import { speakerPerson } from './person.ts';

/**
 * schema.org JSON-LD for the statement page: a CreativeWork (genre "Speech")
 * by the speaker, its paragraphs as parts, the entities it names as `about`.
 * The meeting's date and record are stated only when the identification is
 * confirmed (schema.org has no way to say "probable"); otherwise the year.
 * The terms are named by their @id, whose page (and the glossary's JSON-LD)
 * describes them: this goes into a page with a byte budget.
 */
export function statementJsonLd(s: StatementData, site: SiteInfo) {
  const urls = siteUrls(site);
  const m = s.meta;
  const confirmed = m.meeting.status === 'confirmed';
  const recordSource = m.meeting.sources.find((src) => m.meeting.record && src.title.includes(m.meeting.record)) ?? m.meeting.sources[0];
  const pageUrl = urls.statement(s.slug);
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': pageUrl,
    url: pageUrl,
    name: m.title,
    headline: m.title,
    description: m.description,
    genre: 'Speech',
    inLanguage: m.language,
    dateCreated: confirmed && m.meeting.date ? m.meeting.date : String(m.year),
    author: speakerPerson(m, urls),
    ...(m.country ? { countryOfOrigin: { '@type': 'Country', name: m.country } } : {}),
    recordedAt: {
      '@type': 'Event',
      name: m.meeting.description,
      organizer: { '@type': 'Organization', name: m.body },
      ...(confirmed && m.meeting.date ? { startDate: m.meeting.date } : {}),
    },
    ...(confirmed && m.meeting.record && recordSource
      ? { isBasedOn: { '@type': 'CreativeWork', name: recordSource.title, identifier: m.meeting.record, url: recordSource.url } }
      : {}),
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: urls.home },
    // Kept lean: this goes into the page, whose size has a budget; each
    // term's @id is its page, where the glossary's JSON-LD describes it fully.
    about: firstMentionOrder(s.mentions).map((id) => ({ '@type': 'DefinedTerm', '@id': urls.entity(id) })),
    // The parts name their paragraphs; their text is the page's own (and the
    // .json file's), not repeated here, where every byte counts.
    hasPart: s.paragraphs.map((p) => ({
      '@type': 'WebPageElement',
      '@id': urls.paragraph(s.slug, p.n),
      position: p.n,
      name: `¶ ${p.n}`,
    })),
    encoding: [
      { '@type': 'MediaObject', contentUrl: urls.text(s.slug), encodingFormat: 'text/plain' },
      { '@type': 'MediaObject', contentUrl: urls.markdown(s.slug), encodingFormat: 'text/markdown' },
      { '@type': 'MediaObject', contentUrl: urls.json(s.slug), encodingFormat: 'application/json' },
    ],
  };
}
