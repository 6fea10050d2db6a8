/**
 * schema.org JSON-LD for the glossary: the glossary page's DefinedTermSet, and
 * each entry as a DefinedTerm (what the set lists and each entry's page extends).
 */
import type { Entity } from '../../model/schemas/entity.ts';
import { SITE_NAME } from '../../model/edition.ts';
import { siteUrls, type SiteInfo, type SiteUrls } from '../../routing/routes.ts';
import { entitiesIn } from '../json-parts.ts';

const CONTEXT = 'https://schema.org';

/** schema.org JSON-LD for the glossary page: a DefinedTermSet of every entry. */
export function glossaryJsonLd(entities: Map<string, Entity> | Entity[], site: SiteInfo) {
  const urls = siteUrls(site);
  return {
    '@context': CONTEXT,
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

/**
 * The entity's official addresses: its sources published by the entity itself
 * (publisher = its name, official name or an acronym). Pages about it by others
 * are sources, not its identity.
 */
export function officialUrls(e: Entity): string[] {
  const own = new Set([e.name, e.officialName, ...e.acronyms].filter(Boolean));
  return [...new Set(e.sources.filter((s) => own.has(s.publisher)).map((s) => s.url))];
}

/** A glossary entry: a DefinedTerm in the glossary's DefinedTermSet. */
export function entityJsonLd(e: Entity, site: SiteInfo) {
  const urls = siteUrls(site);
  const official = officialUrls(e);
  return {
    '@context': CONTEXT,
    ...definedTerm(e, urls),
    termCode: e.id,
    ...(official.length ? { sameAs: official } : {}),
    inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': urls.glossary, url: urls.glossary, name: `${SITE_NAME} glossary` },
  };
}
