/**
 * The meeting of the featured statement, S/PV.7316, as the built site shows
 * it: every one of its 136 speeches in order from its meeting file, the
 * Kazakhstan statement linked, the outcome (S/PRST/2014/23) and the press
 * release at the top; and the statement page placing itself in the meeting.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../bench/dist-check.ts';

const read = (path: string) => readFileSync(join(repoRoot, 'dist', path), 'utf8');

describe('the meeting page of S/PV.7316', () => {
  const html = read('meetings/s-pv-7316/index.html');

  it('lists its 136 speeches in order, the Kazakhstan statement 69th and linked', () => {
    const rows = [...html.matchAll(/<li value="(\d+)">([\s\S]*?)<\/li>/g)];
    expect(rows.map((r) => Number(r[1]))).toEqual(Array.from({ length: 136 }, (_, i) => i + 1));
    expect(rows[68][2]).toBe('<a href="/statements/kazakhstan-2014-terrorism/">Mr. Abdrakhmanov (Kazakhstan)</a>');
    expect(rows.filter((r) => r[2].includes('not in this edition'))).toHaveLength(135);
    expect(rows[1][2]).toContain('Secretary-General');
  });

  it('names the outcome and the press release at their official addresses, before the list', () => {
    const outcome = html.indexOf('Presidential statement <a href="https://undocs.org/S/PRST/2014/23" rel="external">S/PRST/2014/23</a>');
    expect(outcome).toBeGreaterThan(0);
    expect(html).toContain('href="https://press.un.org/en/2014/sc11656.doc.htm"');
    expect(outcome).toBeLessThan(html.indexOf('<ol class="roster">'));
    expect(html).toContain('doi:10.7910/DVN/KGVSYH');
  });

  it('folds each of the President’s turns into one line, needing no script', () => {
    expect(html.match(/<details><summary>The President \(Australia\)<\/summary>/g)?.length).toBeGreaterThan(10);
    expect(html).not.toMatch(/<script(?![^>]*type="application\/(ld\+)?json")[^>]*>[^<]*roster/);
  });
});

describe('the featured statement in its meeting', () => {
  const html = read('statements/kazakhstan-2014-terrorism/index.html');

  it('is speech 69 of 136, between the President’s turns, with the outcome', () => {
    expect(html).toContain('<dt>Speech</dt><dd>69 of 136</dd>');
    expect(html).toContain('<a href="https://undocs.org/S/PV.7316" rel="external">← Previous: The President (Australia)</a>, not in this edition');
    expect(html).toContain('<dt>Outcome</dt><dd><a href="https://undocs.org/S/PRST/2014/23" rel="external">S/PRST/2014/23</a></dd>');
  });

  it('cites the corpus’s row among the evidence, saying what it does not prove; the status stays probable', () => {
    const evidence = /<details class="evidence"[\s\S]*?<\/details>/.exec(html)?.[0] ?? '';
    expect(evidence).toContain('Row UNSC_2014_SPV.7316_spch069.txt of the corpus The UN Security Council Debates (V5): Kazakhstan, Mr. Abdrakhmanov, speech 69 of 136 at S/PV.7316, 19 November 2014, 660 tokens, 22 sentences');
    expect(evidence).toContain('not that these are the record’s words');
    expect(evidence).toContain('href="https://doi.org/10.7910/DVN/KGVSYH"');
    expect(html).toContain('<span class="badge" title="Identification not confirmed">probable</span>');
  });
});
