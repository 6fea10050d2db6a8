/**
 * The schema.org types and properties the edition's JSON-LD may use, as
 * schema.org defines them (a type has its own properties and those of the
 * types it descends from). Kept here, small, for tests/site/metadata.test.ts:
 * a type or property not listed is an error, so a misspelt or invented term
 * fails the test. Sources: https://schema.org/<Type> pages.
 */
export const TYPES: Record<string, { parent?: string; properties: string[] }> = {
  Thing: { properties: ['name', 'alternateName', 'description', 'url', 'sameAs', 'identifier', 'image', 'mainEntityOfPage', 'potentialAction'] },
  CreativeWork: {
    parent: 'Thing',
    properties: [
      'about', 'author', 'citation', 'countryOfOrigin', 'dateCreated', 'dateModified', 'datePublished', 'encoding', 'encodingFormat',
      'genre', 'hasPart', 'headline', 'inLanguage', 'isBasedOn', 'isPartOf', 'license', 'mainEntity', 'position', 'publisher',
      'recordedAt', 'text', 'creator', 'keywords',
    ],
  },
  WebSite: { parent: 'CreativeWork', properties: [] },
  WebPage: { parent: 'CreativeWork', properties: ['breadcrumb', 'primaryImageOfPage', 'significantLink'] },
  WebPageElement: { parent: 'CreativeWork', properties: ['cssSelector', 'xpath'] },
  Comment: { parent: 'CreativeWork', properties: ['parentItem', 'upvoteCount', 'downvoteCount'] },
  MediaObject: { parent: 'CreativeWork', properties: ['contentUrl', 'contentSize', 'encodingFormat'] },
  DataDownload: { parent: 'MediaObject', properties: ['measurementTechnique'] },
  Dataset: { parent: 'CreativeWork', properties: ['distribution', 'variableMeasured', 'measurementTechnique', 'includedInDataCatalog'] },
  DefinedTermSet: { parent: 'CreativeWork', properties: ['hasDefinedTerm'] },
  DefinedTerm: { parent: 'Thing', properties: ['inDefinedTermSet', 'termCode'] },
  Person: { parent: 'Thing', properties: ['jobTitle', 'affiliation', 'nationality'] },
  Organization: { parent: 'Thing', properties: ['parentOrganization', 'location'] },
  Place: { parent: 'Thing', properties: ['address', 'geo'] },
  AdministrativeArea: { parent: 'Place', properties: [] },
  Country: { parent: 'AdministrativeArea', properties: [] },
  Event: { parent: 'Thing', properties: ['organizer', 'startDate', 'endDate', 'location', 'recordedIn'] },
  Action: { parent: 'Thing', properties: ['target', 'object', 'result'] },
  // `query-input` is the Actions annotation (https://schema.org/docs/actions.html: "<property>-input").
  SearchAction: { parent: 'Action', properties: ['query', 'query-input'] },
  EntryPoint: { parent: 'Thing', properties: ['urlTemplate', 'actionPlatform', 'contentType'] },
};

/** The properties a type may carry (its own and its ancestors'). */
export function propertiesOf(type: string): Set<string> | undefined {
  if (!TYPES[type]) return undefined;
  const out = new Set<string>();
  for (let t: string | undefined = type; t; t = TYPES[t].parent) TYPES[t].properties.forEach((p) => out.add(p));
  return out;
}

/**
 * Problems of one JSON-LD graph: unknown @type, a property its type does not
 * have, a node without @type that is not a bare {"@id"} reference, a wrong @context.
 */
export function validateJsonLd(graph: unknown): string[] {
  const problems: string[] = [];
  const root = graph as Record<string, unknown>;
  if (root['@context'] !== 'https://schema.org') problems.push(`@context is ${JSON.stringify(root['@context'])}`);
  const visit = (node: unknown, path: string) => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${path}[${i}]`));
    if (!node || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    const keys = Object.keys(obj).filter((k) => !k.startsWith('@'));
    const type = obj['@type'];
    if (typeof type !== 'string') {
      if (keys.length) problems.push(`${path}: a node without @type has ${keys.join(', ')}`);
      return;
    }
    const allowed = propertiesOf(type);
    if (!allowed) return void problems.push(`${path}: unknown type ${type}`);
    for (const k of keys) {
      if (!allowed.has(k)) problems.push(`${path}: ${type} has no property ${k}`);
      visit(obj[k], `${path}.${k}`);
    }
  };
  visit(graph, '$');
  return problems;
}
