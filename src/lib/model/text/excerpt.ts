/**
 * Search excerpts, cleaned and marked. Pagefind indexes each mention's other
 * names (the `⟦…⟧` blocks of `data-aliases`) so that any name finds the
 * paragraph; those names must not show in what the reader sees. This cuts
 * them out, keeps Pagefind's marks on the words that remain, and marks the
 * names of the entities the query found.
 */

export interface Run {
  text: string;
  marked: boolean;
}

/** Reads Pagefind's excerpt HTML (text with `<mark>`) into runs. */
export function parseExcerpt(html: string): Run[] {
  const runs: Run[] = [];
  let marked = false;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) runs.push({ text: decodeEntities(part), marked });
  }
  return runs;
}

function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" })[e]!);
}

/**
 * Removes the `⟦…⟧` alias blocks, including one cut off at either end of the
 * excerpt. Where the query matched inside a block, the mention that follows it
 * is marked instead: the block ends with one ⁺ per word of the mention.
 *
 * A block is known by its end, `⁺⟧`; a `⟦` or `⟧` the text itself prints is
 * kept. A block cut off at the end of the excerpt (`… and ⟦Shanghai Coop`) has
 * no end: an opening bracket that runs to the end of the excerpt without a
 * closing one, a comma, a bracket or a sentence's end is taken for one.
 */
// Alias words are names split at spaces, commas and brackets: they may hold a colon or
// quotes ("Declaration:"), never a comma or a bracket, and do not end a sentence.
const sentence = /[(),]|\p{Ll}{3}\.(\s|$)/u;
export function stripAliasBlocks(runs: Run[]): Run[] {
  const text = runs.map((r) => r.text).join('');
  const marked = runs.flatMap((r) => [...r.text].map(() => r.marked));
  const chars = [...text];
  const keep = chars.map(() => true);
  const isEnd = (k: number) => chars[k] === '⟧' && chars[k - 1] === '⁺';
  const firstOpen = chars.indexOf('⟦');
  const firstEnd = chars.findIndex((_, k) => isEnd(k));
  // A block cut off at the start: "…Drugs and Crime ⁺⁺⁺⟧ United Nations…"
  if (firstEnd !== -1 && (firstOpen === -1 || firstEnd < firstOpen)) {
    for (let i = 0; i <= firstEnd; i++) keep[i] = false;
    if (chars[firstEnd + 1] === ' ') keep[firstEnd + 1] = false;
  }
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== '⟦') continue;
    let next = i + 1;
    while (next < chars.length && chars[next] !== '⟦' && chars[next] !== '⟧') next++;
    const closed = next < chars.length && isEnd(next);
    const cutOff = next === chars.length && !sentence.test(chars.slice(i + 1).join(''));
    if (!closed && !cutOff) continue; // a bracket of the text's own
    const end = closed ? next : -1;
    const stop = closed ? next : chars.length - 1;
    let hit = false;
    let words = 0;
    for (let j = i; j <= stop; j++) {
      keep[j] = false;
      hit ||= marked[j] && /[\p{L}\p{N}]/u.test(chars[j]);
      if (chars[j] === '⁺') words++;
    }
    let k = stop + 1;
    // Drop the space after a block too, so no double spaces remain.
    if (end !== -1 && chars[k] === ' ') keep[k++] = false;
    if (hit && end !== -1) {
      // Mark the next `words` words: the mention the hidden name stood for.
      let last = -1;
      for (let w = 0; w < words && k < chars.length; k++) {
        if (chars[k] === '⟦') break;
        if (chars[k] === ' ' && chars[k - 1] !== ' ') w++;
        if (w < words) marked[(last = k)] = true;
      }
      // …but not the punctuation after the mention's last word.
      for (; last >= 0 && !/[\p{L}\p{N}]/u.test(chars[last]); last--) marked[last] = false;
    }
    i = stop;
  }
  const out: Run[] = [];
  chars.forEach((ch, k) => {
    if (!keep[k]) return;
    const last = out[out.length - 1];
    if (last && last.marked === marked[k]) last.text += ch;
    else out.push({ text: ch, marked: marked[k] });
  });
  return out;
}

/**
 * Lower case, with dashes and curly apostrophes folded. Keeps the length, so
 * offsets carry over: a character whose lower case is longer ("İ" → "i̇")
 * keeps only its first unit.
 */
export const fold = (s: string) => {
  // The whole string at once where that is the same as character by character (the search folds every
  // passage it shows): where no lower case is longer, and no capital sigma, which lower-cases by its place.
  const whole = s.toLowerCase();
  const lower =
    whole.length === s.length && !s.includes('\u03a3')
      ? whole
      : Array.from(s, (c) => {
          const l = c.toLowerCase();
          return l.length === c.length ? l : l.slice(0, c.length);
        }).join('');
  return lower.replace(/[\u2010\u2011\u2013\u2014]/g, '-').replace(/\u2019/g, "'");
};

/**
 * Marks every occurrence of the given names (whole words, any case, either
 * dash). Positions are counted in UTF-16 units on both sides (the folded text
 * and the marks), so an emoji before a name does not shift its mark.
 */
export function markNames(runs: Run[], names: string[]): Run[] {
  const text = runs.map((r) => r.text).join('');
  const marked = runs.flatMap((r) => Array.from({ length: r.text.length }, () => r.marked));
  const folded = fold(text);
  for (const name of names) {
    const n = fold(name);
    if (!n) continue;
    for (let i = folded.indexOf(n); i !== -1; i = folded.indexOf(n, i + 1)) {
      const before = folded[i - 1];
      const after = folded[i + n.length];
      if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
      for (let k = i; k < i + n.length; k++) marked[k] = true;
    }
  }
  return runsOf(text, marked);
}

/** A text as runs, from whether each of its UTF-16 units is marked. */
export function runsOf(text: string, marked: boolean[]): Run[] {
  const out: Run[] = [];
  let start = 0;
  for (let k = 1; k <= text.length; k++) {
    if (k < text.length && marked[k] === marked[start]) continue;
    out.push({ text: text.slice(start, k), marked: marked[start] });
    start = k;
  }
  return out;
}

/** The excerpt as the reader sees it: alias blocks removed, entity names marked, white space tidied. */
export function cleanExcerpt(html: string, entityNames: string[] = []): Run[] {
  const runs = markNames(stripAliasBlocks(parseExcerpt(html)), entityNames);
  if (runs.length) {
    runs[0].text = runs[0].text.trimStart();
    runs[runs.length - 1].text = runs[runs.length - 1].text.trimEnd();
  }
  return runs.filter((r) => r.text);
}
