/** Paths for a list split into pages at `/<prefix>/`, `/<prefix>/2/`, … (Astro rest parameter `[...page]`). */
import { paginate } from '../../lib/model/glossary/mentions.ts';

/** How many statements a listing page shows. */
export const LISTING_PAGE_SIZE = 50;

/** What a page of a listing receives: its slice of the list, which page it is, of how many, of how many items. */
export interface ListingPage<T> {
  items: T[];
  page: number;
  pages: number;
  total: number;
}

export function pagePaths<T, P extends Record<string, string>>(items: T[], params: P, size = LISTING_PAGE_SIZE) {
  const pages = paginate(items, size);
  return pages.map((slice, i) => ({
    params: { ...params, page: i === 0 ? undefined : String(i + 1) },
    props: { items: slice, page: i + 1, pages: pages.length, total: items.length },
  }));
}
