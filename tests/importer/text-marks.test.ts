/**
 * The importer's text on real records of the corpus (tests/fixtures/records):
 * furniture marked, split words joined, each class of extraction damage
 * proposed as a correction, sentences one a line; and each body proved word
 * for word against its record by the importer's own check (verifyBody).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../support/statements.ts';
import { recordParagraphs, compareWithRecord } from '../../src/lib/model/record/record.ts';
import { parseLabel } from '../../src/importer/read/label.ts';
import { textMarks } from '../../src/importer/text/text-marks.ts';
import { statementBody } from '../../src/importer/text/mdx-body.ts';
import { verifyBody } from '../../src/importer/text/verify.ts';
import { findDamage } from '../../src/importer/text/corrections.ts';
import { findFurniture } from '../../src/importer/text/furniture.ts';
import { collapseSpace, foldTypography } from '../../src/lib/model/text/text.ts';

const fixture = (name: string) => {
  const bytes = readFileSync(join(root, 'tests/fixtures/records', name));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
};

/** The importer's text steps for a record: marks, body, and the check it must pass. */
function importText(name: string) {
  const record = fixture(name);
  const paragraphs = recordParagraphs(record);
  const parsed = parseLabel(paragraphs[0]);
  if ('error' in parsed) throw new Error(parsed.error);
  const labelEnd = paragraphs[0].indexOf(':') + 1;
  const symbol = `S/PV.${/SPV\.(\d+)/.exec(name)![1]}`;
  const marks = textMarks(paragraphs, labelEnd, { record: symbol, president: /^the president\b/i.test(parsed.label.name) }, record);
  const body = statementBody(paragraphs, labelEnd, marks.marks);
  const checked = verifyBody(body.mdx, body.plain, record);
  return { record, marks, body, checked };
}

describe('furniture', () => {
  it('marks a running head of the meeting’s own record, mid-sentence, and keeps it for the record check', () => {
    const { marks, body, checked } = importText('UNSC_2020_SPV.8704_spch002.txt');
    expect(marks.furniture).toMatchObject([{ paragraph: 1, kind: 'running-head', text: '16/01/2020 The situation in the Middle East S/PV.8704' }]);
    expect(body.mdx).toContain('is a very positive sign.<Furniture kind="running-head">16/01/2020 The situation in the Middle East S/PV.8704</Furniture>\nI know first-hand');
    expect(checked.texts[0]).toContain('is a very positive sign. I know first-hand');
    expect(checked.texts[0]).not.toContain('16/01/2020');
    expect(checked.records[0]).toContain('positive sign.16/01/2020 The situation in the Middle East S/PV.8704 I know');
  });

  it('marks the President’s closing line, and nothing in another meeting’s running head', () => {
    const { marks, checked } = importText('UNSC_2020_SPV.8698_spch020.txt');
    expect(marks.furniture).toMatchObject([{ kind: 'meeting-rose', text: 'The meeting rose at 11.40 a.m.' }]);
    expect(checked.texts[0]).not.toMatch(/meeting rose/);
    // The same words under another symbol are not this record's running head.
    expect(findFurniture('sign.16/01/2020 The situation in the Middle East S/PV.8704 I know', { record: 'S/PV.8705', president: false })).toEqual([]);
    // Not in a speaker's turn other than the President's.
    expect(findFurniture('We agree. The meeting rose at 11.40 a.m.', { record: 'S/PV.1', president: false })).toEqual([]);
  });
});

describe('split words', () => {
  it('joins "Secretary- General" and "counter- terrorism" as the record check does, and keeps "pre- and post-"', () => {
    const { marks, checked, record } = importText('UNSC_2020_SPV.8698_spch017.txt');
    expect(record).toContain('Secretary- General');
    expect(checked.texts[0]).toContain('Secretary-General (S/2019/1005)');
    expect(checked.texts[0]).toContain('counter-terrorism measures');
    expect(checked.texts[0]).not.toMatch(/\p{L}- \p{L}/u);
    expect(marks.splitWords).toEqual(expect.arrayContaining(['Secretary- General', 'counter- terrorism']));
    expect(recordParagraphs('Mr. X: pre- and post-electoral grievances, a - b and State- led')).toEqual(['Mr. X: pre- and post-electoral grievances, a - b and State-led']);
  });
});

describe('extraction damage', () => {
  it('proposes a vertical bar for "I" as <Corr>, after the label and mid-text', () => {
    const a = importText('UNSC_2020_SPV.8699_spch094.txt');
    expect(a.marks.corrections).toMatchObject([{ kind: 'bar-for-I', sic: '|', corr: 'I' }]);
    expect(a.body.mdx).toMatch(/\*\* <Corr sic="\|">I<\/Corr> take this opportunity/);
    const b = importText('UNSC_2020_SPV.8704_spch002.txt');
    expect(b.marks.corrections).toMatchObject([{ kind: 'bar-for-I', sic: '|', corr: 'I' }]);
    expect(b.checked.texts[0]).toContain('and I reiterate my call');
  });

  it('proposes a digit for "I" at a sentence start', () => {
    const { marks, checked } = importText('UNSC_2020_SPV.8734_spch022.txt');
    expect(marks.corrections).toMatchObject([{ kind: 'digit-for-I', sic: '1', corr: 'I' }]);
    expect(checked.texts[0]).toMatch(/\(spoke in French\): I now give the floor/);
  });

  it('proposes words run together, where both halves are words and the whole is not', () => {
    const { marks, checked } = importText('UNSC_2020_SPV.8717_spch007.txt');
    expect(marks.corrections.map((c) => [c.sic, c.corr])).toEqual([
      ['ofholding', 'of holding'],
      ['Hetransferred', 'He transferred'],
    ]);
    expect(checked.texts[0]).toContain('instead of holding Israel accountable');
  });

  it('lists what is less certain, and never splits a name or a word of the list', () => {
    const doubt = findDamage('We met at | p.m. and spoke of flashpoints with Mr. Chambas in Germany.', 1);
    expect(doubt.sure).toEqual([]);
    expect(doubt.doubtful.map((d) => d.sic)).toEqual(['|', 'flashpoints']);
    expect(findDamage('Inaccordance with the draftresolution, and the draft resolution itself.', 1).sure.map((d) => d.corr)).toEqual(['In accordance', 'draft resolution']);
    expect(findDamage('1 million people. 1 wish to thank them.', 1).sure.map((d) => [d.sic, d.start])).toEqual([['1', 18]]);
    // A space lost before a capital, from the real records: listed, never corrected.
    const griffiths = importText('UNSC_2020_SPV.8704_spch002.txt').marks.doubtful.filter((d) => d.kind === 'missing-space').map((d) => d.sic);
    expect(griffiths).toEqual(expect.arrayContaining(['wishHis', 'resumption.I']));
  });
});

describe('the record check, word for word', () => {
  it('holds for every fixture: the reading text is the record less furniture, plus the corrections', () => {
    for (const name of ['UNSC_2020_SPV.8717_spch007.txt', 'UNSC_2020_SPV.8704_spch002.txt', 'UNSC_2020_SPV.8699_spch094.txt', 'UNSC_2020_SPV.8734_spch022.txt', 'UNSC_2020_SPV.8698_spch017.txt', 'UNSC_2020_SPV.8698_spch020.txt']) {
      const { record, checked, marks } = importText(name);
      expect(compareWithRecord(checked.records, recordParagraphs(record)), name).toEqual([]);
      // The reader's text is the record's paragraph with the furniture taken out and the corrections made, nothing else.
      const paragraph = recordParagraphs(record)[0];
      let expected = '';
      let at = 0;
      for (const m of marks.marks[0]) {
        expected += paragraph.slice(at, m.start) + (m.furniture ? ' ' : m.corr);
        at = m.end;
      }
      expected += paragraph.slice(at);
      expect(collapseSpace(foldTypography(checked.texts[0])), name).toBe(collapseSpace(foldTypography(expected)));
    }
  });

  it('puts one sentence a line, not breaking at titles, symbols, numbers or initials', () => {
    const { checked } = importText('UNSC_2020_SPV.8717_spch007.txt');
    expect(checked.sentences[0].length).toBeGreaterThan(150);
    for (const s of checked.sentences[0]) expect(s, s).not.toMatch(/(?:^|\s)(?:Mr|Mrs|Ms|No|Dr)\.$/);
  });
});
