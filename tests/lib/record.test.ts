import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compareWithRecord, recordParagraphs, restoreBreaks } from '../../src/lib/model/record/record.ts';

const record = readFileSync(new URL('../../content/sources/kazakhstan-2014-terrorism.txt', import.meta.url), 'utf8');

describe('recordParagraphs', () => {
  it('joins hard-wrapped lines and keeps line-end hyphens as real hyphens', () => {
    expect(recordParagraphs('The fight\nagainst a long-\nterm approach.\n\nNext one\nhere.\n')).toEqual([
      'The fight against a long-term approach.',
      'Next one here.',
    ]);
  });

  it('reads the received record as 8 blocks, 9 paragraphs once the lost break is restored', () => {
    const blocks = recordParagraphs(record);
    expect(blocks).toHaveLength(8);
    expect(blocks[0]).toMatch(/^Mr\. Abdrakhmanov \(Kazakhstan\): The fight against international terrorism demands a long-term/);
    expect(blocks.join(' ')).toContain('SCO Convention on Counter-Terrorism');
    expect(blocks.join(' ')).toContain('United Nations Global Counter-Terrorism Strategy in Central Asia');
    const { paragraphs, missing } = restoreBreaks(blocks, ['As the 2010 Chair']);
    expect(missing).toEqual([]);
    expect(paragraphs).toHaveLength(9);
    expect(paragraphs[5]).toMatch(/to execute the Strategy in Central Asia\.$/);
    expect(paragraphs[6]).toMatch(/^As the 2010 Chair of the Organization/);
  });

  it('reports a break phrase that is not in the record', () => {
    expect(restoreBreaks(['One two.'], ['Three']).missing).toEqual(['Three']);
  });
});

describe('compareWithRecord', () => {
  it('accepts typography the edition adds', () => {
    expect(compareWithRecord(['Kazakhstan’s 2013–2017 $600\u00a0million'], ["Kazakhstan's 2013-2017 $600 million"])).toEqual([]);
  });

  it('names the paragraph and the first differing words', () => {
    const [d] = compareWithRecord(['the safety of people, the State'], ['the safety ofpeople, the State']);
    expect(d.paragraph).toBe(1);
    expect(d.message).toContain('the edition has "of people, the State"');
    expect(d.message).toContain('the record "ofpeople, the State"');
  });

  it('finds missing and extra words and paragraphs', () => {
    expect(compareWithRecord(['a b'], ['a b c'])[0].message).toContain('"(end)"');
    expect(compareWithRecord(['a', 'b'], ['a'])[0].message).toContain('not in the record');
    expect(compareWithRecord(['a'], ['a', 'b'])[0].message).toContain('the edition lacks');
  });
});
