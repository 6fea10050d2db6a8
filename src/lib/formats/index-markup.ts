/**
 * What only the search index reads, taken out of a page once Pagefind has
 * read it (src/integrations/search-index.ts): the `data-pagefind-*`
 * attributes, the page's `data-search-year` (which bundle it goes to), and
 * the empty hidden spans that carry its filters and metadata. No reader,
 * script, reference manager or search engine reads any of it, and it was
 * 0.24 KiB (brotli) of a statement page. The mentions' `data-aliases` stay:
 * the in-page search reads them (src/scripts/search/in-page.ts).
 */

/** A hidden, empty span that carries Pagefind's filters or metadata (attribute values are escaped: no `>` inside). */
const INDEX_SPAN = /<span hidden(?=[^>]* data-pagefind-)[^>]*><\/span>/g;
/** A start tag, and the index's attributes in it. */
const TAG = /<[a-zA-Z][^>]*>/g;
const INDEX_ATTR = / data-(?:pagefind-[a-z-]+|search-year)(?:="[^"]*")?(?=[\s/>])/g;

export function withoutIndexMarkup(html: string): string {
  return html.replace(INDEX_SPAN, '').replace(TAG, (tag) => tag.replace(INDEX_ATTR, ''));
}
