/** The speaker as a schema.org Person: the author of the statement and of each claim the ledger reviews. */
import type { StatementMeta } from '../../model/schemas/statement.ts';
import type { SiteUrls } from '../../routing/routes.ts';

export function speakerPerson(m: Pick<StatementMeta, 'speaker'>, urls: SiteUrls) {
  return {
    '@type': 'Person' as const,
    ...(m.speaker.entity ? { '@id': urls.entity(m.speaker.entity), url: urls.entity(m.speaker.entity) } : {}),
    name: m.speaker.name,
    ...(m.speaker.role ? { jobTitle: m.speaker.role } : {}),
  };
}
