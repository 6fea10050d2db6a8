/**
 * How the bench writes figures: KiB with one decimal, medians, the Markdown
 * tables of its report, and progress lines on stderr (so stdout is the report
 * alone). Shared by the measures and the reports, so a figure reads the same
 * wherever it is printed.
 */
import { KiB } from './measure.ts';

export const kib = (n: number) => `${(n / KiB).toFixed(1)} KiB`;

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Progress, on stderr. */
export const log = (s: string) => process.stderr.write(`${s}\n`);

/** A Markdown table, its columns padded to their widest cell. */
export function table(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
