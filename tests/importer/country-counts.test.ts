/** The one-off derivation of the countries' speeches by year from a speeches.tsv (a few real rows of the corpus's layout). */
import { describe, expect, it } from 'vitest';
import { countSpeeches, countsYaml } from '../../src/importer/metadata/country-counts.ts';
import { parse } from 'yaml';

const head = 'speech\tcountry\tspeaker\tparticipanttype\trole_in_un\tspv\tbasename\ttopic\tdate\tyear\tmonth\tday\tfilename\ttypes\ttokens\tsentences\ttopic2\tsubtopic\tagenda_item1\tagenda_item2\tagenda_item3\tdecision';
const row = (n: number, country: string, year: number) =>
  [n, country, 'Mr. X', 'Guest', '', '7316', `UNSC_${year}_SPV.7316`, 'T', `19 November ${year}`, year, 11, 19, `UNSC_${year}_SPV.7316_spch${n}.txt`, 1, 1, 1, 'T', 'T', 'Thematic', 'Terrorism', 'Thematic', 'PRST'].join('\t');

describe('countSpeeches', () => {
  it('counts every row by country and year, over every year from the first to the last', () => {
    const t = countSpeeches([head, row(1, 'Kazakhstan', 2014), row(2, 'Kazakhstan', 2014), row(3, 'Republic Of Korea', 2016), ''].join('\r\n'), 'x.tsv');
    expect(t.years).toEqual([2014, 2015, 2016]);
    expect(t.counts).toEqual({ Kazakhstan: [2, 0, 0], 'Republic Of Korea': [0, 0, 1] });
    expect(t.source).toMatchObject({ doi: '10.7910/DVN/KGVSYH', rows: 3, file: 'speeches.tsv' });
    expect(parse(countsYaml(t))).toEqual({ source: t.source, years: t.years, counts: t.counts });
  });

  it('fails at the line of a row with a field too few or a year it cannot read', () => {
    expect(() => countSpeeches([head, row(1, 'Chad', 2014), row(2, 'Chad', 2014).replace(/\tPRST$/, '')].join('\n'), 'x.tsv')).toThrow('x.tsv:3: 21 fields, the header has 22');
    expect(() => countSpeeches([head, row(1, 'Chad', 2014).replace('\t2014\t', '\tNA\t')].join('\n'), 'x.tsv')).toThrow('x.tsv:2: year "NA" is not a year');
  });
});
