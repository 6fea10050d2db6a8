/**
 * The glossary as JSON (/glossary.json; see public/schemas/glossary.schema.json):
 * every entry, with how many statements and paragraphs name it.
 */
import type { Entity } from '../model/schemas/entity.ts';
import { siteUrls, type SiteInfo } from '../routing/routes.ts';
import { entitiesIn, sourceJson } from './json-parts.ts';

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
