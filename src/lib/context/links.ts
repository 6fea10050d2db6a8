/** The site's addresses for the maps and timeline, under the base path (import.meta.env.BASE_URL). */
import type { Links } from './context.ts';

export function contextLinks(base: string): Links & { statement: (slug: string) => string; context: (slug: string) => string } {
  return {
    entity: (id) => `${base}glossary/${id}/`,
    paragraph: (slug, n) => `${base}statements/${slug}/#p${n}`,
    statement: (slug) => `${base}statements/${slug}/`,
    context: (slug) => `${base}statements/${slug}/context/`,
  };
}
