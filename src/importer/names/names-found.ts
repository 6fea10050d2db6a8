/**
 * The names in a statement's text: the glossary entities it will link (found
 * by the same name index the build uses), and names the glossary does not
 * know yet that look like organisations, treaties, programmes or people —
 * acronyms and runs of capitalised words — as candidates for new entries.
 */
import type { NameIndex } from '../../lib/model/glossary/names.ts';
import { splitRun } from './name-runs.ts';

export interface Found {
  /** Entity id or candidate name. */
  name: string;
  /** 1-based paragraphs, in order, without repeats. */
  paragraphs: number[];
}

// `index.pattern` compiles the whole glossary into a new expression on every
// read; a batch reads it once per index, and each paragraph's matches once.
const compiled = new WeakMap<NameIndex, RegExp>();
const matchCache = new Map<string, RegExpExecArray[]>();
function glossaryMatches(text: string, index: NameIndex): RegExpExecArray[] {
  let re = compiled.get(index);
  if (!re) compiled.set(index, (re = index.pattern));
  const known = matchCache.get(text);
  if (known) return known;
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  // Only the statement being imported is worth remembering (linked, then candidates).
  if (matchCache.size > 256) matchCache.clear();
  matchCache.set(text, found);
  return found;
}

/** Glossary entities the build will link, with the paragraphs that name them. */
export function linkedEntities(paragraphs: string[], index: NameIndex | undefined): Found[] {
  if (!index) return [];
  const found = new Map<string, number[]>();
  paragraphs.forEach((text, i) => {
    for (const m of glossaryMatches(text, index)) {
      const id = index.resolve(m[0]);
      if (!id) continue;
      const ps = found.get(id) ?? [];
      if (!ps.includes(i + 1)) ps.push(i + 1);
      found.set(id, ps);
    }
  });
  return [...found].map(([name, ps]) => ({ name, paragraphs: ps })).sort((a, b) => a.paragraphs[0] - b.paragraphs[0] || a.name.localeCompare(b.name));
}

/** Capitalised words that alone do not make a name (titles, pronouns, sentence openers). */
const notNames = new Set([
  'A', 'An', 'The', 'In', 'At', 'As', 'On', 'By', 'For', 'To', 'Of', 'And', 'But', 'Or', 'If', 'We', 'I', 'It', 'My', 'Our', 'Its', 'This', 'That', 'These',
  'Those', 'His', 'Her', 'Their', 'All', 'Mr', 'Mrs', 'Ms', 'Madam', 'Sir', 'Excellency', 'President', 'Member', 'Members', 'State', 'States', 'Secretary-General',
  'Council', 'Government', 'Governments', 'Chair', 'Ambassador', 'Minister', 'Foreign', 'Affairs', 'Special', 'Representative', 'Under-Secretary-General',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Thank', 'Let', 'Finally', 'Lastly',
]);
const connectors = new Set(['of', 'for', 'and', 'on', 'the', 'in', 'against', 'to', 'de', 'du', 'des', 'la', 'le']);
const romanNumeral = /^[IVXLCDM]+$/;
/** Named in nearly every statement of the Council: not worth proposing. */
const tooCommon = new Set(['United Nations']);

/**
 * Acronyms (two capitals or more) and runs of two or more capitalised words,
 * possibly joined by small words ("Ad Hoc Committee on International
 * Terrorism"), that no glossary name covers.
 */
export function candidateNames(paragraphs: string[], index: NameIndex | undefined, skip: { paragraph: number; chars: number }[] = []): Found[] {
  const found = new Map<string, number[]>();
  const add = (name: string, p: number) => {
    const ps = found.get(name) ?? [];
    if (!ps.includes(p)) ps.push(p);
    found.set(name, ps);
  };
  paragraphs.forEach((raw, i) => {
    const from = skip.find((s) => s.paragraph === i + 1)?.chars ?? 0;
    // Known names are blanked out, so that what remains is new.
    let text = ' '.repeat(from) + raw.slice(from);
    if (index) {
      // The known names of the whole paragraph blanked (as a replace over `text` would: its first `from` characters are spaces).
      let pos = 0;
      let out = '';
      for (const m of glossaryMatches(raw, index)) {
        if (m.index < from) continue;
        out += text.slice(pos, m.index) + '\u0000'.repeat(m[0].length);
        pos = m.index + m[0].length;
      }
      text = out + text.slice(pos);
    }
    for (const m of text.matchAll(/(?<![\p{L}\p{N}/])\p{Lu}[\p{Lu}\p{N}&]*\p{Lu}[\p{Lu}\p{N}]*s?(?![\p{L}\p{N}])/gu)) {
      const acronym = m[0].replace(/s$/, '');
      if (!romanNumeral.test(acronym)) add(acronym, i + 1);
    }
    const tokens = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[^\s\p{L}\p{N}]+/gu)].map((t) => t[0]);
    let run: string[] = [];
    const flush = () => {
      // One run may hold several names ("Mali and the Niger"): each is a candidate of its own.
      for (const part of splitRun(run)) {
        while (part.length && connectors.has(part[part.length - 1])) part.pop();
        while (part.length && (notNames.has(part[0].replace(/\.$/, '')) || connectors.has(part[0]))) part.shift();
        const capitals = part.filter((w) => /^\p{Lu}/u.test(w) && !notNames.has(w.replace(/\.$/, '')));
        const name = part.join(' ').replace(/[.,]$/, '');
        if (capitals.length >= 2 && !part.every((w) => /^[\p{Lu}\p{N}]+$/u.test(w)) && !tooCommon.has(name)) add(name, i + 1);
      }
      run = [];
    };
    for (const t of tokens) {
      const word = t.replace(/[.,;:]$/, '');
      if (/^\p{Lu}/u.test(t) && !/[,;:]$/.test(t) && !(/\.$/.test(t) && !/^(?:Mr|Mrs|Ms|Dr|St)\.$/.test(t))) run.push(word);
      else if (/^\p{Lu}/u.test(t)) {
        run.push(word);
        flush();
      } else if (connectors.has(t) && run.length) run.push(t);
      else flush();
    }
    flush();
  });
  return [...found].map(([name, ps]) => ({ name, paragraphs: ps })).sort((a, b) => a.paragraphs[0] - b.paragraphs[0] || a.name.localeCompare(b.name));
}
