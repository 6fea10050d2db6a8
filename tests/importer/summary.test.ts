/** The batch's summary and its progress line: refusals grouped by reason, warnings by kind, and progress only on a terminal, only past 50 records. */
import { describe, expect, it } from 'vitest';
import { formatSummary, progressLine, reasonOf } from '../../src/importer/summary.ts';

const stream = (isTTY: boolean) => {
  const out: string[] = [];
  return { out, s: { isTTY, write: (t: string) => out.push(t) } as unknown as NodeJS.WriteStream };
};

describe('the batch summary', () => {
  it('groups refusals by their reason, whatever the file’s own details', () => {
    expect(reasonOf('line 3, offset 21: a NUL byte: this is a binary file, not a plain-text record')).toBe('a NUL byte: this is a binary file, not a plain-text record');
    expect(reasonOf('line 1, offset 15: byte 0x81 is neither UTF-8 nor Windows-1252 (which leaves it undefined)')).toBe(reasonOf('line 9, offset 4012: byte 0x9d is neither UTF-8 nor Windows-1252 (which leaves it undefined)'));
    const summary = formatSummary(
      [
        { file: 'a', error: 'the file is empty' },
        { file: 'b', error: 'the file is empty' },
        { file: 'c', error: 'line 2, offset 7: byte 0x81 is neither UTF-8 nor Windows-1252' },
      ],
      undefined,
    );
    expect(summary).toBe('Summary: 0 imported, 3 refused.\n  refused    2  the file is empty\n  refused    1  byte 0x… is neither UTF-8 nor Windows-1252');
  });

  it('shows progress on a terminal for more than 50 records, and nothing elsewhere', () => {
    expect(progressLine(stream(false).s)).toBeUndefined();
    const small = stream(true);
    const p50 = progressLine(small.s)!;
    for (let i = 1; i <= 50; i++) p50(i, 50);
    expect(small.out).toEqual([]);
    const big = stream(true);
    const p = progressLine(big.s)!;
    for (let i = 1; i <= 51; i++) p(i, 51);
    expect(big.out[0]).toBe('\r  importing 1/51 (1 %)');
    expect(big.out[big.out.length - 1]).toBe('\r  importing 51/51 (100 %)\n');
  });
});
