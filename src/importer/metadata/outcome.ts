/**
 * The official addresses of what the corpus's meetings.tsv links: the
 * resolutions and presidential statements a meeting adopted (given there as
 * old un.org search links, `undocs.org/en/…`, several at once or with an
 * encoded space), and the press release. The edition cites only official
 * addresses: https://undocs.org/<symbol> and https://press.un.org/en/….
 */

export interface Outcome {
  /** As the UN prints it: S/PRST/2014/23, S/RES/2519 (2020). */
  symbol: string;
  kind: 'resolution' | 'presidential-statement';
  url: string;
}

/** The resolutions and presidential statements an outcome field names, in order, once each; and what it names besides. */
export function outcomesOf(field: string | null): { outcomes: Outcome[]; other: string[] } {
  if (!field) return { outcomes: [], other: [] };
  const text = decodeURIComponent(field.replace(/%(?![0-9a-f]{2})/gi, '%25'));
  const outcomes: Outcome[] = [];
  const other: string[] = [];
  for (const m of text.matchAll(/(?:symbol=|undocs\.org\/(?:en\/)?)(S\/[^\s]+?)(?:\s*(\(\d{4}\)))?(?=\s|$)/g)) {
    const [, base, year] = m;
    const kind = /^S\/RES\/\d+/.test(base) ? 'resolution' : /^S\/PRST\/\d{4}\/\d+$/.test(base) ? 'presidential-statement' : undefined;
    const compact = `${base}${year ?? ''}`.replace(/\s+/g, '');
    if (!kind) {
      if (!other.includes(compact)) other.push(compact);
      continue;
    }
    const symbol = compact.replace(/^(S\/RES\/\d+)\((\d{4})\)$/, '$1 ($2)');
    if (!outcomes.some((o) => o.symbol === symbol)) outcomes.push({ symbol, kind, url: `https://undocs.org/${compact}` });
  }
  return { outcomes, other };
}

/** The press release's official address (press.un.org), or nothing for an address of another kind. */
export function pressReleaseUrl(field: string | null): string | undefined {
  // A field may repeat one address or give two: the first the edition can cite.
  for (const url of field?.trim().split(/\s+/) ?? []) {
    const m = /^https?:\/\/(?:www\.)?(?:un\.org\/press|press\.un\.org)\/en\/(\d{4}\/[\w./-]+\.html?)$/i.exec(url);
    if (m) return `https://press.un.org/en/${m[1]}`;
  }
  return undefined;
}
