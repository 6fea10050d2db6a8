/**
 * Every shape the corpus's records come in is imported and proved word for
 * word against the record, as the build proves it (the record decoded in the
 * encoding the front matter states) and against an independent decoding of
 * the bytes kept in content/sources.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importRecords, type ImportResult } from '../../src/importer/import.ts';
import { tempProject, type TempProject } from './project.ts';
import { built, builtWords, correctedRecordWords, fixtureMetadata, frontMatterOf, records, recordWords, shapes } from './corpus-support.ts';

let project: TempProject;
let results: ImportResult[];
const files = {
  oneLine: join(records, 'UNSC_2020_SPV.8698_spch009.txt'),
  hardWrapped: join(records, 'UNSC_2014_SPV.7316_spch069.txt'),
  crlf1252: join(records, 'UNSC_2020_SPV.8698_spch003.txt'),
  lf: join(shapes, 'lf/UNSC_2020_SPV.8698_spch010.txt'),
  bom: join(shapes, 'bom/UNSC_2020_SPV.8698_spch013.txt'),
  resumption: join(records, 'UNSC_2020_SPV.8699Resumption1_spch001.txt'),
  fourDigits: join(shapes, 'UNSC_2020_SPV.8698_spch0001.txt'),
  scrambled: join(shapes, 'UNSC_2020_SPV.8717_spch006.txt'),
  videoConference: join(shapes, 'UNSC_2020_SPV.2020_1023_spch001.txt'),
};
const report = (file: string) => {
  const r = results.find((x) => x.file === file)!;
  expect(r.error, file).toBeUndefined();
  return r.report!;
};

beforeAll(() => {
  project = tempProject();
  results = importRecords(Object.values(files), { root: project.root, metadata: fixtureMetadata() });
}, 120_000);
afterAll(() => project.remove());

describe('each shape of the corpus', { timeout: 60_000 }, () => {
  it.each([
    ['one line, CRLF, ASCII', 'oneLine', 'utf-8', 'CRLF'],
    ['hard-wrapped with blank lines, LF, UTF-8', 'hardWrapped', 'utf-8', 'LF'],
    ['one line, CRLF, Windows-1252', 'crlf1252', 'windows-1252', 'CRLF'],
    ['UTF-8, LF', 'lf', 'utf-8', 'LF'],
    ['UTF-8 with a byte-order mark', 'bom', 'utf-8-bom', 'CRLF'],
    ['a resumption', 'resumption', 'utf-8', 'CRLF'],
    ['a four-digit speech number', 'fourDigits', 'windows-1252', 'CRLF'],
    ['the scrambled label', 'scrambled', 'utf-8', 'CRLF'],
    ['a video conference', 'videoConference', 'utf-8', 'CRLF'],
  ] as const)('%s: imported, its encoding stated, word for word the record', (_, key, encoding, endings) => {
    const r = report(files[key]);
    expect(r.encoding).toBe(encoding);
    expect(r.lineEndings).toBe(endings);
    const meta = frontMatterOf(project.root, r.slug);
    expect(meta.recordEncoding).toBe(encoding === 'utf-8' ? undefined : encoding);
    // The source is the record byte for byte.
    expect(readFileSync(join(project.root, r.source)).equals(readFileSync(files[key]))).toBe(true);
    const expected = recordWords(files[key], encoding);
    expect(expected.length).toBeGreaterThan(10);
    // Word for word the record, but for the corrections the statement marks (the featured record's "ofpeople").
    const statement = built(project.root, r.slug);
    expect(statement.words).toEqual(correctedRecordWords(expected, statement.corrections));
  });

  it('decodes Windows-1252 punctuation as the characters it stands for', () => {
    const words = builtWords(project.root, report(files.crlf1252).slug).join(' ');
    // 0x92 in "Council’s": folded back to the apostrophe by the record check's typography.
    expect(readFileSync(files.crlf1252).includes(Buffer.from('Council\x92s', 'latin1'))).toBe(true);
    expect(words).toContain("Council's provisional rules");
  });

  it('reads a resumption as a meeting of its own', () => {
    const { meeting } = report(files.resumption).meta;
    expect(meeting.record).toBe('S/PV.8699 (Resumption 1)');
    expect(meeting.corpusMeeting).toBe('UNSC_2020_SPV.8699Resumption1');
    expect(meeting.sources[0].url).toBe('https://undocs.org/S/PV.8699(Resumption1)');
    expect(meeting.date).toBe('2020-01-10');
  });

  it('finds the metadata row of a four-digit name under the corpus’s three-digit one', () => {
    const r = report(files.fourDigits);
    expect(r.meta.meeting.speech).toBe(1);
    expect(r.metadataRow).toMatch(/^speeches\.tsv line \d+; meetings\.tsv line \d+$/);
    expect(r.warnings).toContain('the metadata names this file UNSC_2020_SPV.8698_spch001.txt');
    expect(r.meta.corpusMetadata?.file).toBe('UNSC_2020_SPV.8698_spch001.txt');
  });

  it('reads what can be read safely of the scrambled label, keeps the stray words and warns', () => {
    const r = report(files.scrambled);
    expect(r.speaker).toMatchObject({ name: 'The President', spokeIn: 'French', stray: 'I thank Mr. Mladenov for his briefing.' });
    expect(r.meta.speaker.label).toBe('The President (spoke I thank Mr. Mladenov for his briefing. in French)');
    expect(r.meta.languageNote).toBe('The record notes “spoke in French”: the English text is the record’s rendering of a speech delivered in French.');
    expect(r.warnings.some((w) => w.startsWith('scrambled label: two-column extraction ran "I thank Mr. Mladenov for his briefing."'))).toBe(true);
    expect(builtWords(project.root, r.slug).join(' ')).toContain('(spoke I thank Mr. Mladenov for his briefing. in French): I now call on President Abbas.');
    expect(r.meta.meeting.presiding).toBe('Belgium');
  });

  it('says a video conference is one and makes up no S/PV symbol', () => {
    const { meeting } = report(files.videoConference).meta;
    expect(meeting.record).toBeUndefined();
    expect(meeting.videoConference).toBe(true);
    expect(meeting.sources).toEqual([]);
    expect(meeting.description).toBe('A meeting of the Security Council held by video conference (UNSC_2020_SPV.2020_1023 in the corpus; no S/PV record)');
    expect(meeting.date).toBe('2020-10-14');
    expect(JSON.stringify(report(files.videoConference).meta)).not.toMatch(/S\/PV\.2020/);
  });
});
