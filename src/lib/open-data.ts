/**
 * The edition as data for reuse: the statement as JSON, the glossary as JSON,
 * every mention as a W3C Web Annotation, the text as plain text and Markdown,
 * and schema.org JSON-LD for the statement and glossary pages.
 *
 * Pure builders over plain data (a statement without its rendered Content,
 * the glossary entries, the site's address), so the endpoints in src/pages and
 * the tests call the same code. The JSON shapes are published as JSON Schemas
 * in public/schemas/ and checked against them in tests/lib/open-data.test.ts:
 * change both together.
 */
import type { ClaimNote, Entity, StatementMeta } from './schemas.ts';
import type { ParagraphData, Mention, Correction } from './statement-data.ts';
import { citations } from './citation.ts';
import { firstMentionOrder, paragraphsByEntity } from './mentions.ts';
import { formatDate } from './dates.ts';

/** A statement as the builders need it: `Statement` from corpus.ts without `Content`. */
export interface StatementData {
  slug: string;
  meta: StatementMeta;
  paragraphs: ParagraphData[];
  mentions: Mention[];
  corrections: Correction[];
  notes: ClaimNote[];
}

/** Where the site is published: `Astro.site` and `import.meta.env.BASE_URL`. */
export interface SiteInfo {
  /** The site's origin (`Astro.site`); required: citations and data need absolute URLs. */
  site: URL | string | undefined;
  /** The base path ("/" or "/verbatim/"). */
  base: string;
}

/** Absolute addresses of the edition's pages and files. */
export function siteUrls({ site, base }: SiteInfo) {
  if (!site) throw new Error('`site` is not set in astro.config.mjs: citations and data files need absolute URLs');
  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const abs = (path: string) => new URL(`${root}${path}`, site).href;
  return {
    home: abs(''),
    statement: (slug: string) => abs(`statements/${slug}/`),
    paragraph: (slug: string, n: number) => abs(`statements/${slug}/#p${n}`),
    entity: (id: string) => abs(`glossary/${id}/`),
    glossary: abs('glossary/'),
    text: (slug: string) => abs(`statements/${slug}.txt`),
    markdown: (slug: string) => abs(`statements/${slug}.md`),
    json: (slug: string) => abs(`statements/${slug}.json`),
    citations: (slug: string) => abs(`statements/${slug}.cite.json`),
    annotations: (slug: string) => abs(`statements/${slug}.annotations.jsonld`),
    glossaryJson: abs('glossary.json'),
    schema: (name: 'statement' | 'glossary') => abs(`schemas/${name}.schema.json`),
  };
}
export type SiteUrls = ReturnType<typeof siteUrls>;

const SITE_NAME = 'Verbatim';

/** "S/PV.7316 (probable), 19 November 2014 (probable)": the meeting line of the downloads. */
function meetingLine(meta: StatementMeta): string {
  const { record, date, status } = meta.meeting;
  const mark = status === 'probable' ? ' (probable)' : '';
  const known = status === 'unknown' ? [`${meta.year}`] : [record && `record ${record}${mark}`, date ? `${formatDate(date)}${mark}` : `${meta.year}`];
  const how = { confirmed: 'identification confirmed', probable: 'identification probable', unknown: 'record and date not identified' }[status];
  return `${meta.meeting.description}; ${known.filter(Boolean).join(', ')} (${how})`;
}

/** The header lines shared by the text and Markdown downloads, as [label, value]. */
function headerFields(s: StatementData, urls: SiteUrls): [string, string][] {
  const m = s.meta;
  return [
    ['Speaker', `${[m.country ? `${m.speaker.name} (${m.country})` : m.speaker.name, m.speaker.role].filter(Boolean).join(', ')}; the record prints “${m.speaker.label}”`],
    ['Body', m.body],
    ['Meeting', meetingLine(m)],
    ['Language', `${new Intl.DisplayNames(['en'], { type: 'language' }).of(m.language) ?? m.language}${m.languageNote ? `. ${m.languageNote}` : ''}`],
    ['Permanent URL', urls.statement(s.slug)],
    ['Cite as', citations({ meta: m, slug: s.slug, url: urls.statement(s.slug) }).plain],
  ];
}

function correctionLines(s: StatementData): string[] {
  return s.corrections.map((c) => `¶ ${c.paragraph}: the record reads “${c.sic}”; this edition prints “${c.corr}”.`);
}

/** The statement as plain text: a header, then "[1] …" paragraphs, one to a line. */
export function statementText(s: StatementData, site: SiteInfo): string {
  const urls = siteUrls(site);
  const lines = [
    s.meta.title,
    '='.repeat(s.meta.title.length),
    '',
    ...headerFields(s, urls).map(([k, v]) => `${k}: ${v}`),
    '',
    `Paragraph numbers are the edition’s. Paragraph N is at ${urls.statement(s.slug)}#pN.`,
    '',
    ...s.paragraphs.flatMap((p) => [`[${p.n}] ${p.text}`, '']),
  ];
  const corr = correctionLines(s);
  if (corr.length) lines.push('Editorial corrections', ...corr, '');
  lines.push(`From ${SITE_NAME}, an annotated edition: ${urls.home}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Escapes Markdown syntax in running text (backslash escapes are valid for any
 * ASCII punctuation). An `&` that would open a character reference (`&amp;`,
 * `&#60;`) is escaped too, so the text reads as the record's characters, never
 * as HTML entities.
 */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>$|]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** A paragraph's text with each mention linked to its glossary entry. */
function linkedParagraph(p: ParagraphData, mentions: Mention[], urls: SiteUrls): string {
  let out = '';
  let at = 0;
  for (const m of mentions.filter((x) => x.paragraph === p.n).sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue; // overlapping mentions do not occur; be safe
    out += escapeMarkdown(p.text.slice(at, m.start));
    out += `[${escapeMarkdown(p.text.slice(m.start, m.end))}](${urls.entity(m.entity)})`;
    at = m.end;
  }
  return out + escapeMarkdown(p.text.slice(at));
}

/**
 * The statement as Markdown: a header list, then each paragraph starting with
 * an anchor `<a id="pN">` and "¶ N" linking its permanent URL; mentions link
 * to their glossary entries.
 */
export function statementMarkdown(s: StatementData, site: SiteInfo): string {
  const urls = siteUrls(site);
  const lines = [
    `# ${escapeMarkdown(s.meta.title)}`,
    '',
    ...headerFields(s, urls).map(([k, v]) => `- **${k}:** ${k === 'Permanent URL' ? `<${v}>` : escapeMarkdown(v)}`),
    '',
    `Paragraph numbers are the edition’s; each links to the paragraph’s permanent URL. Linked words lead to the [glossary](${urls.glossary}).`,
    '',
    '## Text',
    '',
    ...s.paragraphs.flatMap((p) => [`<a id="${p.id}"></a>[¶ ${p.n}](${urls.paragraph(s.slug, p.n)}) ${linkedParagraph(p, s.mentions, urls)}`, '']),
  ];
  const corr = correctionLines(s);
  if (corr.length) lines.push('## Editorial corrections', '', ...corr.map((c) => `- ${escapeMarkdown(c)}`), '');
  lines.push(`From [${SITE_NAME}](${urls.home}), an annotated edition.`);
  return `${lines.join('\n')}\n`;
}

const sourceJson = (src: Entity['sources'][number]) => ({
  id: src.id,
  title: src.title,
  publisher: src.publisher,
  url: src.url,
  status: src.status,
  ...(src.lang ? { lang: src.lang } : {}),
});

/** The statement as JSON (see public/schemas/statement.schema.json). */
export function statementJson(s: StatementData, site: SiteInfo) {
  const urls = siteUrls(site);
  const m = s.meta;
  const cite = citations({ meta: m, slug: s.slug, url: urls.statement(s.slug) });
  return {
    $schema: urls.schema('statement'),
    slug: s.slug,
    url: urls.statement(s.slug),
    title: m.title,
    description: m.description,
    speaker: {
      label: m.speaker.label,
      name: m.speaker.name,
      role: m.speaker.role,
      ...(m.speaker.entity ? { entity: m.speaker.entity, entityUrl: urls.entity(m.speaker.entity) } : {}),
    },
    country: m.country,
    body: m.body,
    meeting: {
      description: m.meeting.description,
      ...(m.meeting.agendaItem ? { agendaItem: m.meeting.agendaItem } : {}),
      ...(m.meeting.record ? { record: m.meeting.record } : {}),
      ...(m.meeting.date ? { date: m.meeting.date } : {}),
      status: m.meeting.status,
      evidence: m.meeting.evidence,
      sources: m.meeting.sources.map(sourceJson),
    },
    year: m.year,
    language: m.language,
    ...(m.languageNote ? { languageNote: m.languageNote } : {}),
    restoredBreaks: m.restoredBreaks,
    citation: { text: cite.plain, csl: cite.csl },
    paragraphs: s.paragraphs.map((p) => ({ id: p.id, n: p.n, text: p.text, url: urls.paragraph(s.slug, p.n) })),
    mentions: s.mentions.map((x) => ({
      entity: x.entity,
      entityUrl: urls.entity(x.entity),
      paragraph: x.paragraph,
      start: x.start,
      end: x.end,
      text: x.text,
      nested: x.nested,
      explicit: x.explicit,
      probable: x.probable,
    })),
    corrections: s.corrections.map((c) => ({ paragraph: c.paragraph, sic: c.sic, corr: c.corr })),
    notes: s.notes.map((x) => ({
      id: x.id,
      paragraph: x.paragraph,
      quote: x.quote,
      title: x.title,
      text: x.text,
      entities: x.entities,
      sources: x.sources.map(sourceJson),
    })),
    links: {
      html: urls.statement(s.slug),
      text: urls.text(s.slug),
      markdown: urls.markdown(s.slug),
      annotations: urls.annotations(s.slug),
      glossary: urls.glossaryJson,
    },
  };
}

const entitiesIn = (entities: Map<string, Entity> | Entity[]) =>
  entities instanceof Map ? [...entities.values()] : entities;

/** The glossary as JSON (see public/schemas/glossary.schema.json): every entry, with where the statements name it. */
/** What the glossary needs of each statement: the entities it names, with their paragraphs. */
export interface NamingStatement {
  named: [entity: string, paragraphs: number[]][];
}

export function glossaryJson(entities: Map<string, Entity> | Entity[], statements: NamingStatement[], site: SiteInfo) {
  const urls = siteUrls(site);
  // Counts, not lists: the file stays the same size however many statements name an entry.
  const counts = new Map<string, { statements: number; paragraphs: number }>();
  for (const s of statements) {
    for (const [id, ps] of s.named) {
      const c = counts.get(id) ?? { statements: 0, paragraphs: 0 };
      counts.set(id, { statements: c.statements + 1, paragraphs: c.paragraphs + ps.length });
    }
  }
  return {
    $schema: urls.schema('glossary'),
    url: urls.glossary,
    entities: entitiesIn(entities).map((e) => ({
      id: e.id,
      url: urls.entity(e.id),
      name: e.name,
      ...(e.officialName ? { officialName: e.officialName } : {}),
      type: e.type,
      acronyms: e.acronyms,
      aliases: e.aliases,
      definition: e.definition,
      annotation: e.annotation,
      facts: e.facts.map((f) => ({
        label: f.label,
        text: f.text,
        ...(f.date ? { date: f.date } : {}),
        ...(f.asOf ? { asOf: f.asOf } : {}),
        sources: f.sources,
      })),
      sources: e.sources.map(sourceJson),
      notes: e.notes.map((n) => ({ text: n.text, sources: n.sources })),
      ...(e.partOf ? { partOf: e.partOf } : {}),
      context: e.context,
      named: counts.get(e.id) ?? { statements: 0, paragraphs: 0 },
    })),
  };
}

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
    author: {
      '@type': 'Person',
      ...(m.speaker.entity ? { '@id': urls.entity(m.speaker.entity), url: urls.entity(m.speaker.entity) } : {}),
      name: m.speaker.name,
      ...(m.speaker.role ? { jobTitle: m.speaker.role } : {}),
    },
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

/** schema.org JSON-LD for the glossary page: a DefinedTermSet of every entry. */
export function glossaryJsonLd(entities: Map<string, Entity> | Entity[], site: SiteInfo) {
  const urls = siteUrls(site);
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': urls.glossary,
    url: urls.glossary,
    name: `${SITE_NAME} glossary`,
    description: 'The organisations, instruments, programmes, people, places and events the statements name.',
    hasDefinedTerm: entitiesIn(entities).map((e) => definedTerm(e, urls)),
  };
}

/** An entry as a schema.org DefinedTerm: what the glossary page lists and each entry's page extends. */
export function definedTerm(e: Entity, urls: SiteUrls) {
  const alternate = alternateNames(e);
  return {
    '@type': 'DefinedTerm' as const,
    '@id': urls.entity(e.id),
    url: urls.entity(e.id),
    name: e.name,
    ...(alternate.length ? { alternateName: alternate } : {}),
    description: e.definition,
  };
}

/** An entity's names other than the one it goes by, each once. */
export function alternateNames(e: Entity): string[] {
  return [...new Set([e.officialName, ...e.acronyms, ...e.aliases].filter((x): x is string => !!x && x !== e.name))];
}
