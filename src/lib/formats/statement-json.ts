/**
 * The statement as JSON (/statements/<slug>.json; its shape is published as
 * public/schemas/statement.schema.json and checked against it in
 * tests/lib/open-data-json.test.ts: change both together).
 */
import type { StatementData } from '../model/statement/statement.ts';
import { citations } from '../citation/citations.ts';
import { siteUrls, type SiteInfo } from '../routing/routes.ts';
import { sourceJson } from './json-parts.ts';

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
    paragraphs: s.paragraphs.map((p) => ({
      id: p.id,
      n: p.n,
      text: p.text,
      url: urls.paragraph(s.slug, p.n),
      sentences: (p.sentences ?? []).map((x) => ({ id: x.id, text: p.text.slice(x.start, x.end) })),
      // The record lost its breaks here: the blocks are the edition's, never the record's paragraphs.
      ...(p.blocks ? { readingBlocks: { by: 'edition' as const, firstSentences: p.blocks.map((m) => p.sentences![m - 1].id) } } : {}),
      ...(p.furniture ? { furniture: p.furniture.map((f) => ({ kind: f.kind, text: f.text, at: f.at })) } : {}),
    })),
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
