/**
 * The names of the glossary's entities, and one regular expression that finds
 * any of them in running text: longest name first, whole words only, acronyms
 * case-sensitive, other names case-insensitive, hyphens and dashes alike,
 * any white space (line breaks included) between words.
 */
import type { Entity } from './schemas.ts';
import { nameKey, showInvisible } from './text.ts';

export interface NameIndex {
  /** Finds every candidate mention; use with the `g` and `u` flags it has. */
  pattern: RegExp;
  /** Resolves a matched string to an entity id. */
  resolve(match: string): string | undefined;
  /** Every name of an entity (name, official name, acronyms, aliases), without repeats. */
  namesOf(id: string): string[];
  /** Ids of entities with a name that occurs inside `text`, other than `except`. */
  nestedIn(text: string, except: string): string[];
}

export interface NameClash {
  entity: string;
  field: 'aliases' | 'acronyms' | 'name' | 'officialName';
  position: number;
  message: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex source for a name that tolerates line breaks, dash variants and curly apostrophes. */
function flexible(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) =>
      escape(word)
        .replace(/[-\u2010\u2011\u2013]/g, '[-\u2010\u2011\u2013]')
        .replace(/['\u2019]/g, "['\u2019]"),
    )
    .join('\\s+');
}

export function buildNameIndex(entities: Entity[]): { index: NameIndex; clashes: NameClash[] } {
  const clashes: NameClash[] = [];
  const acronymOwner = new Map<string, string>(); // exact acronym -> id
  const nameOwner = new Map<string, string>(); // nameKey -> id
  const names = new Map<string, string[]>();

  for (const e of entities) {
    const own: string[] = [];
    const claim = (value: string, field: NameClash['field'], position: number, acronym: boolean) => {
      const key = nameKey(value);
      const other = acronym ? acronymOwner.get(value) : nameOwner.get(key);
      const crossOther = acronym ? nameOwner.get(key) : [...acronymOwner].find(([a]) => nameKey(a) === key)?.[1];
      const owner = other ?? crossOther;
      if (owner && owner !== e.id) {
        clashes.push({ entity: e.id, field, position, message: `"${showInvisible(value)}" is already a name of "${owner}": a name may belong to one entity only` });
        return;
      }
      if (acronym) acronymOwner.set(value, e.id);
      else nameOwner.set(key, e.id);
      if (!own.some((n) => nameKey(n) === key)) own.push(value);
    };
    claim(e.name, 'name', 0, false);
    if (e.officialName) claim(e.officialName, 'officialName', 0, false);
    e.acronyms.forEach((a, i) => claim(a, 'acronyms', i, true));
    e.aliases.forEach((a, i) => claim(a, 'aliases', i, false));
    names.set(e.id, own);
  }

  const alternatives = [
    ...[...acronymOwner.keys()].map((a) => ({ len: a.length, src: flexible(a) })),
    ...[...nameOwner.keys()].map((k) => ({ len: k.length, src: `(?i:${flexible(k)})` })),
  ].sort((a, b) => b.len - a.len);
  const source = `(?<![\\p{L}\\p{N}])(?:${alternatives.map((a) => a.src).join('|') || '(?!)'})(?![\\p{L}\\p{N}])`;

  const resolve = (match: string) => acronymOwner.get(match.replace(/\s+/g, ' ')) ?? nameOwner.get(nameKey(match));

  // One compiled expression for the nested-name search (compiling the whole
  // index is costly), and its answers remembered: mentions repeat across a corpus.
  const nestedRe = new RegExp(source, 'gu');
  const nestedCache = new Map<string, string[]>();
  const index: NameIndex = {
    get pattern() {
      return new RegExp(source, 'gu');
    },
    resolve,
    namesOf: (id) => names.get(id) ?? [],
    nestedIn(text, except) {
      const key = `${except}\u0000${text}`;
      const known = nestedCache.get(key);
      if (known) return [...known];
      const found = new Set<string>();
      const re = nestedRe;
      // Look for names starting at every word of the text, not only after the
      // longest match, so that "…Centre of the Commonwealth of Independent States"
      // also yields the Commonwealth.
      for (let from = 0; from < text.length; ) {
        re.lastIndex = from;
        const m = re.exec(text);
        if (!m) break;
        const id = resolve(m[0]);
        if (id && id !== except) found.add(id);
        const next = text.slice(m.index + 1).search(/(?<=[\s-])\S/u);
        if (next === -1) break;
        from = m.index + 1 + next;
      }
      if (nestedCache.size > 50_000) nestedCache.clear();
      nestedCache.set(key, [...found]);
      return [...found];
    },
  };
  return { index, clashes };
}
