/**
 * A small bar chart of a country's speeches at the Council by year, drawn at
 * build time as SVG (no script), beside a table of the same numbers. Years in
 * which the edition holds a statement of the country are marked.
 */
import { esc } from '../context/map.ts';

export interface ChartInput {
  years: number[];
  counts: number[];
  /** Years with a statement in the edition. */
  held: Set<number>;
  title: string;
  desc: string;
  id: string;
}

export function countryChart(c: ChartInput): string {
  const W = 560;
  const H = 170;
  const left = 34;
  const bottom = 22;
  const top = 10;
  const max = Math.max(1, ...c.counts);
  const step = (W - left - 4) / c.years.length;
  const bar = Math.max(2, step * 0.72);
  // A year with a speech or two still shows a bar (2 px at least).
  const y = (n: number) => Math.min(H - bottom - 2, top + (H - top - bottom) * (1 - n / max));
  const r = (n: number) => Math.round(n * 10) / 10;
  const bars = c.counts
    .map((n, i) => (n === 0 ? '' : `<rect class="${c.held.has(c.years[i]) ? 'cc-bar cc-held' : 'cc-bar'}" x="${r(left + i * step + (step - bar) / 2)}" y="${r(y(n))}" width="${r(bar)}" height="${r(H - bottom - y(n))}"/>`))
    .join('');
  const ticks = c.years
    .map((yr, i) => (yr % 5 === 0 ? `<text class="cc-label" x="${r(left + i * step + step / 2)}" y="${H - 6}" text-anchor="middle" font-size="11">${yr}</text>` : ''))
    .join('');
  return (
    `<svg class="country-chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${c.id}-t ${c.id}-d">` +
    `<title id="${c.id}-t">${esc(c.title)}</title><desc id="${c.id}-d">${esc(c.desc)}</desc>` +
    `<line class="cc-axis" x1="${left}" x2="${W}" y1="${H - bottom}" y2="${H - bottom}"/>` +
    `<text class="cc-label" x="${left - 4}" y="${r(y(max)) + 4}" text-anchor="end" font-size="11">${max}</text>` +
    `<text class="cc-label" x="${left - 4}" y="${H - bottom}" text-anchor="end" font-size="11">0</text>` +
    bars +
    ticks +
    `</svg>`
  );
}
