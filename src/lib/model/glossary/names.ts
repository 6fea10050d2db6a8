/**
 * The names of the glossary's entities, and one regular expression that finds
 * any of them in running text: longest name first, whole words only, acronyms
 * case-sensitive, other names case-insensitive, hyphens and dashes alike,
 * any white space (line breaks included) between words, and a space after a
 * hyphen that a record's line break left ("Secretary- General"). An entity's
 * `notNames` ("Deputy Secretary-General", "non-permanent members") are phrases
 * holding one of its names that mean something else: the name is not matched
 * inside them, and the search goes on after it (so "the Charter of the SCO"
 * still finds the SCO).
 */
import type { Entity } from '../schemas/entity.ts';
import { nameKey, showInvisible } from '../text/text.ts';

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
  field: 'aliases' | 'acronyms' | 'name' | 'officialName' | 'notNames';
  position: number;
  message: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex source for a name that tolerates line breaks, dash variants (with a stray space after) and curly apostrophes. */
function flexible(name: string): string {
  const words = name.trim().split(/\s+/);
  return words
    .map((word) =>
      escape(word)
        .replace(/[-\u2010\u2011\u2013]/g, '[-\u2010\u2011\u2013]\\s?')
        .replace(/['\u2019]/g, "['\u2019]"),
    )
    .join('\\s+');
}

/** A hyphen the line break left a space after, closed up, so the match resolves as the name. */
const closeHyphens = (s: string) => s.replace(/([-\u2010\u2011\u2013])\s+/gu, '$1');

interface Guard {
  /** Regex sources of what comes before and after the name in the phrase that is not it ('' for nothing). */
  before: string;
  after: string;
}

/**
 * Where `name` stands in `phrase` (whole words; in its case for an acronym),
 * as the regex sources of the words around it, or undefined when it does not.
 */
function guardFor(phrase: string, name: string, acronym: boolean): Guard | undefined {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${flexible(name)})(?![\\p{L}\\p{N}])`, acronym ? 'u' : 'iu');
  const m = re.exec(phrase);
  if (!m) return undefined;
  const part = (s: string) => (s === '' ? '' : flexible(s.trim()).replace(/^/, /^\s/.test(s) ? '\\s+' : '') + (/\s$/.test(s) ? '\\s+' : ''));
  const before = part(phrase.slice(0, m.index));
  const after = part(phrase.slice(m.index + m[0].length));
  return { before: before && `(?<![\\p{L}\\p{N}])${before}`, after: after && `${after}(?![\\p{L}\\p{N}])` };
}

/** The name's source, refusing it where one of its guards' phrases stands around it. */
const guarded = (src: string, guards: Guard[]) =>
  guards.map((g) => `(?!${g.before ? `(?<=${g.before})` : ''}(?:${src})${g.after})`).join('') + src;

export function buildNameIndex(entities: Entity[]): { index: NameIndex; clashes: NameClash[] } {
  const clashes: NameClash[] = [];
  const acronymOwner = new Map<string, string>(); // exact acronym -> id
  const nameOwner = new Map<string, string>(); // nameKey -> id
  const names = new Map<string, string[]>();
  const guards = new Map<string, Guard[]>(); // acronym or nameKey -> phrases around it that are not it

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
    (e.notNames ?? []).forEach((phrase, i) => {
      let found = false;
      for (const n of own) {
        const acronym = e.acronyms.includes(n);
        const guard = guardFor(phrase, n, acronym);
        if (!guard) continue;
        found = true;
        const key = acronym ? n : nameKey(n);
        guards.set(key, [...(guards.get(key) ?? []), guard]);
      }
      if (!found) clashes.push({ entity: e.id, field: 'notNames', position: i, message: `"${showInvisible(phrase)}" holds none of this entry's names: a not-name is a phrase around one of them` });
      else if (nameOwner.has(nameKey(phrase)) || acronymOwner.has(phrase))
        clashes.push({ entity: e.id, field: 'notNames', position: i, message: `"${showInvisible(phrase)}" is a name of "${nameOwner.get(nameKey(phrase)) ?? acronymOwner.get(phrase)}" and cannot be a not-name` });
    });
  }

  const alternatives = [
    ...[...acronymOwner.keys()].map((a) => ({ len: a.length, src: guarded(flexible(a), guards.get(a) ?? []) })),
    ...[...nameOwner.keys()].map((k) => ({ len: k.length, src: `(?i:${guarded(flexible(k), guards.get(k) ?? [])})` })),
  ].sort((a, b) => b.len - a.len);
  const source = `(?<![\\p{L}\\p{N}])(?:${alternatives.map((a) => a.src).join('|') || '(?!)'})(?![\\p{L}\\p{N}])`;

  const resolve = (match: string) => acronymOwner.get(closeHyphens(match).replace(/\s+/g, ' ')) ?? nameOwner.get(nameKey(closeHyphens(match)));

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
