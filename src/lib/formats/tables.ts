/**
 * The rows of the edition's tables (columns: table-schema.ts): pure builders
 * over one statement's data or the glossary, so that a build that streams
 * statements can write the rows of each statement in turn.
 */
import type { Entity } from '../model/schemas/entity.ts';
import type { Cell } from './csv.ts';
import { siteUrls, type SiteInfo } from '../routing/routes.ts';
import { type StatementData } from '../model/statement/statement.ts';
import { claimsJson, type LedgerData } from '../claims/ledger-json.ts';

type Row = Record<string, Cell>;
const list = (xs: string[]) => (xs.length ? xs.join(' | ') : undefined);

/** The rows one statement contributes to the statement tables. */
export function statementRows(s: StatementData, site: SiteInfo): Record<'statements' | 'paragraphs' | 'mentions' | 'notes', Row[]> {
  const urls = siteUrls(site);
  const m = s.meta;
  return {
    statements: [
      {
        statement: s.slug,
        title: m.title,
        speaker: m.speaker.name,
        speaker_role: m.speaker.role,
        country: m.country,
        body: m.body,
        meeting: m.meeting.description,
        record: m.meeting.record,
        date: m.meeting.date,
        meeting_status: m.meeting.status,
        year: m.year,
        language: m.language,
        url: urls.statement(s.slug),
      },
    ],
    paragraphs: s.paragraphs.map((p) => ({ statement: s.slug, paragraph: p.n, text: p.text, url: urls.paragraph(s.slug, p.n) })),
    mentions: s.mentions.map((x) => ({
      statement: s.slug,
      paragraph: x.paragraph,
      start: x.start,
      end: x.end,
      text: x.text,
      entity: x.entity,
      nested: list(x.nested),
      explicit: !!x.explicit,
      probable: !!x.probable,
    })),
    notes: [...s.notes]
      .sort((a, b) => a.paragraph - b.paragraph)
      .map((n) => ({
        statement: s.slug,
        note: n.id,
        paragraph: n.paragraph,
        quote: n.quote,
        title: n.title,
        text: n.text,
        entities: list(n.entities),
        sources: list(n.sources.map((x) => x.url)),
        url: urls.note(s.slug, n.id),
      })),
  };
}

/** The rows of the glossary tables. */
export function glossaryRows(entities: Entity[], site: SiteInfo): Record<'entities' | 'sources' | 'facts' | 'fact_sources', Row[]> {
  const urls = siteUrls(site);
  return {
    entities: entities.map((e) => ({
      entity: e.id,
      name: e.name,
      official_name: e.officialName,
      type: e.type,
      acronyms: list(e.acronyms),
      definition: e.definition,
      part_of: e.partOf,
      context: e.context,
      url: urls.entity(e.id),
    })),
    sources: entities.flatMap((e) =>
      e.sources.map((x) => ({ entity: e.id, source: x.id, title: x.title, publisher: x.publisher, url: x.url, status: x.status, language: x.lang })),
    ),
    facts: entities.flatMap((e) =>
      e.facts.map((x, i) => ({ entity: e.id, fact: i + 1, label: x.label, text: x.text, date: x.date, as_of: x.asOf })),
    ),
    fact_sources: entities.flatMap((e) => e.facts.flatMap((x, i) => x.sources.map((source) => ({ entity: e.id, fact: i + 1, source })))),
  };
}

/** The rows of one statement's claims ledger: the claims of claims.json (src/lib/claims/ledger-json.ts), one a row. */
export function claimRows(d: LedgerData, site: SiteInfo): Row[] {
  return claimsJson(d, site).claims.map((c, i) => ({
    statement: d.slug,
    claim: c.id,
    paragraph: c.paragraph,
    quote: c.quote,
    restated: c.claim,
    verdict: c.verdict,
    verdict_label: c.verdictLabel,
    rating: c.rating,
    why: c.why,
    change: c.change,
    // The JSON gives the notes' addresses; the table their short names (notes.note).
    notes: list(d.claims[i].notes),
    sources: list(c.sources.map((x) => x.url)),
    url: c.url,
  }));
}
