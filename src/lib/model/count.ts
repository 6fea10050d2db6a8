/**
 * Counts in words, right for none, one and many ("no place", "1 organisation",
 * "2 organisations", "1,475 words"): every count the site prints goes through
 * here, so that none reads "1 organisations" when a statement names one.
 */

/**
 * `n` and the noun that fits it. `none` is what to say for 0 (by default
 * "no" and the plural: "no statements"; pass "no place that the map can show"
 * where the singular reads better).
 */
export function count(n: number, one: string, many: string, none = `no ${many}`): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`internal: a count must be a whole number, not ${n}`);
  if (n === 0) return none;
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** The noun alone, as it fits `n` ("1 of them was", "the 2 statements were"). */
export const noun = (n: number, one: string, many: string) => (n === 1 ? one : many);
