/**
 * The corpus's metadata read as data: a real TSV parser, every line's field
 * count checked, a malformed line named by file and line; and `npm run add
 * --meta` with a malformed table stops before anything is written.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isoDate, MetadataError, readCorpusMetadata } from '../../src/importer/metadata/corpus-metadata.ts';
import { outcomesOf, pressReleaseUrl } from '../../src/importer/metadata/outcome.ts';
import { repo, tempProject, type TempProject } from './project.ts';
import { metadataDir, records } from './corpus-support.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-meta-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const speechesText = () => readFileSync(join(metadataDir, 'speeches.tsv'), 'utf8');
const meetingsText = () => readFileSync(join(metadataDir, 'meetings.tsv'), 'utf8');
/** A copy of the fixtures' tables with line `line` (1-based) of one of them replaced. */
function tables({ speeches = speechesText(), meetings = meetingsText() } = {}) {
  writeFileSync(join(dir, 'speeches.tsv'), speeches);
  writeFileSync(join(dir, 'meetings.tsv'), meetings);
  return dir;
}
const replaceLine = (text: string, line: number, by: (l: string) => string) =>
  text.split('\n').map((l, i) => (i === line - 1 ? by(l) : l)).join('\n');
const message = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(MetadataError);
    return (e as Error).message;
  }
  throw new Error('expected a MetadataError');
};

describe('the corpus metadata reader', () => {
  it('reads the two tables, from their folder or as files, in the contract’s shape', () => {
    const m = readCorpusMetadata(metadataDir);
    const again = readCorpusMetadata([join(metadataDir, 'meetings.tsv'), join(metadataDir, 'speeches.tsv')]);
    expect(again.speeches.size).toBe(m.speeches.size);
    expect(m.speeches.size).toBe(speechesText().trim().split('\n').length - 1);
    expect(m.speeches.get('UNSC_2014_SPV.7316_spch069.txt')).toMatchObject({
      speech: 69, country: 'Kazakhstan', speaker: 'Mr. Abdrakhmanov', participantType: 'Guest', roleInUn: '', spv: '7316', basename: 'UNSC_2014_SPV.7316',
      topic: 'Threats to international peace and security caused by terrorist acts', date: '2014-11-19', types: 286, tokens: 660, sentences: 22, decision: 'PRST',
    });
    expect(m.meetings.get('UNSC_2014_SPV.7316')).toMatchObject({
      date: '2014-11-19', numSpeeches: 136, pressRelease: 'http://www.un.org/press/en/2014/sc11656.doc.htm',
      outcome: 'http://www.un.org/en/ga/search/view_doc.asp?symbol=S/PRST/2014/23',
    });
    expect(m.meetings.get('UNSC_2020_SPV.8698')?.outcome).toBeNull();
    expect(m.speechesByMeeting.get('UNSC_2014_SPV.7316')!.map((s) => s.speech)).toEqual(Array.from({ length: 136 }, (_, i) => i + 1));
  });

  it('takes a quote mark as a character, not as the start of a quoted field', () => {
    const speeches = replaceLine(speechesText(), 2, (l) => l.replace(/^(\d+\t[^\t]*\t)([^\t]*)/, '$1"Mr. Quoted'));
    const m = readCorpusMetadata(tables({ speeches }));
    expect([...m.speeches.values()].find((r) => r.line === 2)!.speaker).toBe('"Mr. Quoted');
  });

  it('fails at a line with too few or too many fields, naming file and line', () => {
    let d = tables({ speeches: replaceLine(speechesText(), 41, (l) => l.split('\t').slice(0, 10).join('\t')) });
    expect(message(() => readCorpusMetadata(d))).toBe(`${join(d, 'speeches.tsv')}:41: 10 field(s) where the header has 22: a malformed line (nothing was imported)`);
    d = tables({ meetings: replaceLine(meetingsText(), 7, (l) => `${l}\textra`) });
    expect(message(() => readCorpusMetadata(d))).toBe(`${join(d, 'meetings.tsv')}:7: 10 field(s) where the header has 9: a malformed line (nothing was imported)`);
    d = tables({ speeches: replaceLine(speechesText(), 300, () => '') });
    expect(message(() => readCorpusMetadata(d))).toMatch(/speeches\.tsv:300: 1 field\(s\) where the header has 22/);
  });

  it('fails at a value that is not what its column holds', () => {
    let d = tables({ speeches: replaceLine(speechesText(), 12, (l) => l.replace(/^\d+/, 'twelve')) });
    expect(message(() => readCorpusMetadata(d))).toMatch(/speeches\.tsv:12: speech "twelve" is not a whole number$/);
    d = tables({ meetings: replaceLine(meetingsText(), 3, (l) => l.replace(/\t\d+ \w+ \d{4}\t/, '\t31 February 2020\t')) });
    expect(message(() => readCorpusMetadata(d))).toMatch(/meetings\.tsv:3: date "31 February 2020" is not a day such as "19 November 2014"$/);
    d = tables({ speeches: speechesText().replace(/^speech\tcountry/, 'speech\tnation') });
    expect(message(() => readCorpusMetadata(d))).toMatch(/speeches\.tsv:1: the header lacks the column\(s\) country$/);
    expect(message(() => readCorpusMetadata(join(dir, 'none')))).toMatch(/no such file or folder/);
    mkdirSync(join(dir, 'half'));
    writeFileSync(join(dir, 'half/speeches.tsv'), speechesText());
    expect(message(() => readCorpusMetadata(join(dir, 'half')))).toMatch(/needs meetings\.tsv/);
  });

  it('reads the corpus’s dates and outcome addresses', () => {
    expect(isoDate('8 January 2020')).toBe('2020-01-08');
    expect(isoDate('29 February 2021')).toBeUndefined();
    expect(outcomesOf('http://www.un.org/en/ga/search/view_doc.asp?symbol=S/RES/1996 (2011)').outcomes).toEqual([
      { symbol: 'S/RES/1996 (2011)', kind: 'resolution', url: 'https://undocs.org/S/RES/1996(2011)' },
    ]);
    expect(outcomesOf('https://undocs.org/S/RES/2519%20(2020)').outcomes[0].url).toBe('https://undocs.org/S/RES/2519(2020)');
    expect(outcomesOf('http://undocs.org/en/S/PRST/2020/12 http://undocs.org/en/S/PRST/2020/11 http://undocs.org/en/S/PRST/2020/12').outcomes.map((o) => o.symbol)).toEqual([
      'S/PRST/2020/12', 'S/PRST/2020/11',
    ]);
    expect(outcomesOf('https://undocs.org/en/S/2018/156')).toEqual({ outcomes: [], other: ['S/2018/156'] });
    expect(pressReleaseUrl('http://www.un.org/press/en/2014/sc11656.doc.htm')).toBe('https://press.un.org/en/2014/sc11656.doc.htm');
    expect(pressReleaseUrl('http://www0.un.org/News/Press/docs/1996/19961223.sc6307.html')).toBeUndefined();
  });
});

describe('npm run add --meta', { timeout: 120_000 }, () => {
  let project: TempProject;
  beforeEach(() => {
    project = tempProject();
  });
  afterEach(() => project.remove());
  const add = (args: string[]) => spawnSync(process.execPath, [join(repo, 'src/importer/cli.ts'), ...args], { cwd: project.root, env: { ...process.env, INIT_CWD: project.root }, encoding: 'utf8' });

  it('fails at the malformed line and writes nothing', () => {
    const d = tables({ speeches: replaceLine(speechesText(), 77, (l) => l.replace(/\t/, ' ')) });
    const inbox = join(project.root, 'inbox');
    mkdirSync(inbox);
    copyFileSync(join(records, 'UNSC_2020_SPV.8698_spch001.txt'), join(inbox, 'UNSC_2020_SPV.8698_spch001.txt'));
    const run = add(['inbox', '--meta', d]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`npm run add: --meta: ${join(d, 'speeches.tsv')}:77: 21 field(s) where the header has 22`);
    expect(run.stderr).toContain('Nothing was imported.');
    expect(project.written()).toEqual([]);
  });

  it('fills the record from the two files given', () => {
    const run = add([join(records, 'UNSC_2020_SPV.8698_spch001.txt'), '--meta', join(metadataDir, 'speeches.tsv'), join(metadataDir, 'meetings.tsv'), '--dry-run']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('  meeting     S/PV.8698, speech 1, 2020-01-08; status probable (the corpus’s identification, from the file name and its metadata)');
    expect(run.stdout).toContain('  corpus      topic “Peace consolidation in West Africa”; presiding Viet Nam; 20 speeches');
    expect(run.stdout).toContain('  coded as    Mr. Dang — Viet Nam, The President, on the Council');
    expect(run.stdout).toMatch(/ {2}metadata {4}speeches\.tsv line \d+; meetings\.tsv line \d+/);
    expect(run.stdout).toContain('  file        windows-1252, CRLF line endings (decoded; the source is kept byte for byte, recordEncoding stated)');
    expect(run.stdout).toContain('  meetings   1 would write (content/meetings/)');
    expect(project.written()).toEqual([]);
  });
});
