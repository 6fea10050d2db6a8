/**
 * The timeline at a glance: one horizontal axis of years with a dot for each
 * dated fact, stacked by year, and the statement's own date marked (dashed
 * when probable). A picture for wide screens; the ordered list under it
 * carries the same information in words, with the links.
 */
import type { Timeline } from './timeline.ts';
import { esc } from './map.ts';

export interface OverviewOptions {
  id: string;
  title: string;
  width?: number;
}

export function timelineOverview(t: Timeline, o: OverviewOptions): string {
  const width = o.width ?? 900;
  const left = 30;
  const right = 44;
  const r = 4.5;
  const step = 11;
  const facts = t.years.map((y) => y.events.filter((e) => e.kind === 'fact').length);
  const tallest = Math.max(1, ...facts);
  const axisY = 24 + tallest * step;
  const height = axisY + 34;
  const span = Math.max(1, t.to - t.from);
  const xOf = (year: number) => Math.round((left + ((year - t.from) / span) * (width - left - right)) * 10) / 10;
  const parts: string[] = [];
  parts.push(`<line class="tl-axis" x1="${left - 10}" y1="${axisY}" x2="${width - right + 10}" y2="${axisY}" stroke="#5d5b57" stroke-width="1.5"/>`);
  for (const y of t.years) {
    const x = xOf(y.year);
    const major = y.year % 2 === 0;
    parts.push(`<line class="tl-tick" x1="${x}" y1="${axisY}" x2="${x}" y2="${axisY + (major ? 7 : 4)}" stroke="#5d5b57"/>`);
    if (major || y.year === t.to) parts.push(`<text class="tl-label" x="${x}" y="${axisY + 22}" text-anchor="middle" font-size="13" fill="#1d1d1f">${y.year}</text>`);
    const n = y.events.filter((e) => e.kind === 'fact').length;
    for (let i = 0; i < n; i++) parts.push(`<circle class="tl-dot" cx="${x}" cy="${axisY - 10 - i * step}" r="${r}" fill="#8a2f12"/>`);
    const own = y.events.find((e) => e.kind === 'statement');
    if (own) {
      // At its place within the year (a year-only date sits at the year's end), beside the year's dots.
      const [, m = 12, d = 28] = own.date.split('-').map(Number);
      const ox = Math.max(x + r + 3, xOf(y.year + (m - 1 + d / 31) / 12));
      parts.push(
        `<line class="tl-own" x1="${ox}" y1="${axisY}" x2="${ox}" y2="14" stroke="#1f4f8f" stroke-width="2.5"${own.probable ? ' stroke-dasharray="4 3"' : ''}/>`,
        `<text class="tl-label" x="${ox - 4}" y="11" text-anchor="end" font-size="12" fill="#1d1d1f">${esc(own.label)}${own.probable ? ' (probable)' : ''}</text>`,
      );
    }
  }
  const counts = t.years.filter((_, i) => facts[i] > 0).map((y) => `${y.year}: ${y.events.filter((e) => e.kind === 'fact').length}`).join(', ');
  const own = t.events.find((e) => e.kind === 'statement');
  const desc =
    `Dated facts per year, ${t.from}–${t.to}: ${counts}.` +
    (own ? ` The statement: ${own.label}${own.probable ? ' (probable)' : ''}.` : '') +
    ' The list below gives each fact.';
  return (
    `<svg class="tl-overview" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${o.id}-title ${o.id}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif">` +
    `<title id="${o.id}-title">${esc(o.title)}</title><desc id="${o.id}-desc">${esc(desc)}</desc>` +
    parts.join('') +
    `</svg>`
  );
}
