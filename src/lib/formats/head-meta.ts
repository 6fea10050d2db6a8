/**
 * Citation metadata for the head of a statement page, as citation managers
 * and scholarly search engines read it: Highwire Press `citation_*` tags
 * (Google Scholar's inclusion guidelines; Zotero's "Embedded Metadata"
 * translator) and the Dublin Core `DC.*` set (with its `schema.DC` link),
 * plus `<link rel="alternate">` to the statement's other forms.
 *
 * Nothing probable is published as confirmed: while the identification of
 * the meeting is probable (or unknown), the date is the year alone and the
 * record symbol is not given (`citation_technical_report_number` only when
 * the identification is confirmed). Which field comes from what: README.md.
 */
import type { StatementMeta } from '../model/schemas/statement.ts';
import { splitName } from '../citation/citations.ts';
import { siteUrls, type SiteInfo } from '../routing/routes.ts';

export interface HeadTags {
  /** `<meta name content>` pairs, in order (a name may repeat, e.g. one `citation_author` per author). */
  meta: [name: string, content: string][];
  /** `<link>` elements. */
  links: { rel: string; href: string; type?: string; title?: string }[];
}

type HeadMetaInput = Pick<StatementMeta, 'title' | 'speaker' | 'body' | 'meeting' | 'year' | 'language'>;

/** "Abdrakhmanov, Kairat": the inverted name both schemes prefer. */
function inverted(name: string): string {
  const { family, given } = splitName(name);
  return given ? `${family}, ${given}` : family;
}

/** The tags of a statement page. */
export function statementHeadTags(meta: HeadMetaInput, slug: string, site: SiteInfo): HeadTags {
  const urls = siteUrls(site);
  const url = urls.statement(slug);
  const confirmed = meta.meeting.status === 'confirmed';
  // The full date only when confirmed; else the year, which the evidence supports either way.
  const fullDate = confirmed && meta.meeting.date ? meta.meeting.date : undefined;
  const record = confirmed ? meta.meeting.record : undefined;
  const recordUrl = record ? meta.meeting.sources.find((s) => s.title.includes(record))?.url : undefined;
  const author = inverted(meta.speaker.name);
  return {
    meta: [
      ['citation_title', meta.title],
      ['citation_author', author],
      // Google Scholar: "2014/11/19" or the year alone.
      ['citation_publication_date', fullDate ? fullDate.replaceAll('-', '/') : String(meta.year)],
      ['citation_date', fullDate ? fullDate.replaceAll('-', '/') : String(meta.year)],
      ['citation_publisher', meta.body],
      ['citation_language', meta.language],
      ['citation_public_url', url],
      ...(record ? [['citation_technical_report_number', record] as [string, string]] : []),
      ['DC.title', meta.title],
      ['DC.creator', author],
      ['DC.date', fullDate ?? String(meta.year)],
      ['DC.identifier', url],
      ...(record ? [['DC.identifier', record] as [string, string]] : []),
      ['DC.language', meta.language],
      ['DC.publisher', meta.body],
      ['DC.relation.isPartOf', urls.home],
      ...(recordUrl ? [['DC.relation.isPartOf', recordUrl] as [string, string]] : []),
      ['DC.type', 'Text'],
    ],
    links: [
      { rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' },
      ...statementAlternates(slug, site),
    ],
  };
}

/** `<link rel="alternate">` from a statement page to its other forms. */
export function statementAlternates(slug: string, site: SiteInfo): HeadTags['links'] {
  const urls = siteUrls(site);
  return [
    { rel: 'alternate', type: 'application/json', href: urls.json(slug), title: 'The statement as data (JSON)' },
    { rel: 'alternate', type: 'application/ld+json', href: urls.annotations(slug), title: 'Glossary mentions as W3C Web Annotations' },
    { rel: 'alternate', type: 'text/plain', href: urls.text(slug), title: 'Plain text' },
    { rel: 'alternate', type: 'text/markdown', href: urls.markdown(slug), title: 'Markdown' },
  ];
}
