/** A statement page as Pagefind indexed it (read from its fragment by src/lib/readers/pagefind-fragments.ts). */
export interface IndexedFragment {
  /** The fragment file's name without its extension. */
  hash: string;
  url: string;
  /** The text as indexed, the mentions' other names inline in `⟦…⟧` blocks. */
  content: string;
  /** Where each element with an id (paragraph, sentence) starts, in words of `content`. */
  anchors: { id: string; location: number }[];
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}
