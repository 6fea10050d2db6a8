/**
 * Where a run of capitalised words is two names, not one. Speeches list
 * names ("Mali and the Niger", "France and Mexico", "the Multinational Joint
 * Task Force and the Group of Five for the Sahel") and put titles before them
 * ("Head of the United Nations Office …", "Sassou Nguesso of the Republic of
 * the Congo"); a glossary candidate is one name. A run is cut at "and" unless
 * the words around it make one name (a State's name, "Truth and Dignity
 * Commission", "Office for West Africa and the Sahel"), and at "of (the)"
 * when what comes before it is no institution's head word; titles are taken
 * off its start.
 */

/** Names with "and" in them that are one name. */
const oneName = [
  'Antigua and Barbuda', 'Bosnia and Herzegovina', 'Saint Kitts and Nevis', 'Saint Vincent and the Grenadines', 'Sao Tome and Principe',
  'Trinidad and Tobago', 'Great Britain and Northern Ireland', 'Heads of State and Government', 'Turks and Caicos', 'Heard Island and McDonald',
  'Wallis and Futuna', 'Svalbard and Jan Mayen',
];

/** Last words of an institution's, a text's or a programme's name. */
const heads = new Set(
  ('Agency Agenda Agreement Accord Accords Act Alliance Assembly Authority Bank Board Bureau Centre Center Charter Coalition Commission Committee Community ' +
    'Compact Conference Convention Corps Council Court Covenant Cross Crescent Declaration Department Directorate Force Forces Forum Framework Fund Goals Group ' +
    'Initiative Institute League Mechanism Mission Movement Network Office Operation Organization Organisation Panel Partnership Plan Platform Process Programme ' +
    'Program Protocol Report Secretariat Service Statute Strategy Summit System Team Treaty Tribunal Union Unit').split(' '),
);

/** Titles that precede a name ("Head of …", "Permanent Representative of …"): not part of it. */
const titles = new Set(
  ('Head Heads Chief Deputy Permanent Prime Vice Chairman Chairperson Chair Director Director-General Executive Envoy Coordinator Commissioner High ' +
    'President Presidents Secretary Secretary-General Under-Secretary-General Assistant Special Representative Representatives Minister Ministers Ambassador ' +
    'Delegation Delegations Mr Mrs Ms Mr. Mrs. Ms. Dr Dr. Madam Sir').split(' '),
);

const capital = (w: string) => /^\p{Lu}/u.test(w);

/** Takes titles and the small words after them off the start of a run. */
function dropTitles(run: string[]): string[] {
  let i = 0;
  while (i < run.length && (titles.has(run[i]) || (i > 0 && /^(of|for|the|to)$/.test(run[i]) && i < run.length - 1))) i++;
  // Only the titles of a title phrase ("Head of the"): a run that is all title words is left for the caller to reject.
  return run.slice(i);
}

/** Capitalised words of a part, up to its first small word: "Works Agency" in "Works Agency for Palestine Refugees". */
const leadingCapitals = (part: string[]) => {
  const out: string[] = [];
  for (const w of part) {
    if (!capital(w)) break;
    out.push(w);
  }
  return out;
};

/** Splits a run of words (capitalised words and small connecting words) into the names it holds. */
export function splitRun(run: string[]): string[][] {
  const text = run.join(' ');
  const parts: string[][] = [];
  let current: string[] = [];
  for (let i = 0; i < run.length; i++) {
    const w = run[i];
    if (w === 'and' && current.length) {
      const right = run.slice(i + 1);
      const rightStart = right[0] === 'the' ? right.slice(1) : right;
      const before = current.join(' ');
      const protectedName = oneName.some((n) => text.includes(n) && `${before} and ${right.join(' ')}`.includes(n) && n.includes(`${current[current.length - 1]} and`));
      // "Truth and Dignity Commission": no "the", and the words after it end in a head word.
      const rightCaps = leadingCapitals(rightStart);
      const sharedHead = right[0] !== 'the' && rightCaps.length >= 2 && heads.has(rightCaps[rightCaps.length - 1]);
      // "Office for West Africa and the Sahel": a short place inside a name's complement.
      const inComplement = current.some((x) => x === 'for' || x === 'in') && rightCaps.length <= 2 && rightStart.length === rightCaps.length;
      if (protectedName || sharedHead || inComplement) {
        current.push(w);
        continue;
      }
      parts.push(current);
      current = [];
      if (right[0] === 'the') i++;
      continue;
    }
    if (w === 'of' && current.length && !heads.has(current[current.length - 1]) && !titles.has(current[current.length - 1]) && current.every(capital)) {
      // "Sassou Nguesso of the Republic of the Congo": a person or place, then "of (the)" another name.
      const right = run.slice(i + 1);
      const rightStart = right[0] === 'the' ? right.slice(1) : right;
      if (leadingCapitals(rightStart).length >= 1 && current.length >= 2 && !/^(State|States|Republic|Kingdom|Government|Ministry|Minister|Group|Friends|Union|Office|Council|Court|Charter|Statute|Law|Rights)$/.test(current[current.length - 1])) {
        parts.push(current);
        current = [];
        if (right[0] === 'the') i++;
        continue;
      }
    }
    current.push(w);
  }
  if (current.length) parts.push(current);
  return parts.map(dropTitles).filter((p) => p.length > 0);
}
