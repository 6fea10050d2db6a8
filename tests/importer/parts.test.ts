/** The importer's parts: the label, the file name, the hyphens, the lost breaks, the names, and MDX that prints exactly the record. */
import { describe, expect, it } from 'vitest';
import { parseLabel } from '../../src/importer/read/label.ts';
import { parseCorpusName, looksLikeCorpusName, slugFromFileName, parseRecordSymbol } from '../../src/importer/read/file-name.ts';
import { lostBreaks, undecidedHyphens, unwrap } from '../../src/importer/read/unwrap.ts';
import { escapeMdx, sentences, statementBody } from '../../src/importer/text/mdx-body.ts';
import { verifyBody } from '../../src/importer/text/verify.ts';
import { candidateNames, linkedEntities } from '../../src/importer/names/names-found.ts';
import { buildNameIndex } from '../../src/lib/model/glossary/names.ts';
import { entity, processStatement } from '../support/mdx.ts';

describe('the speaker’s label', () => {
  it('gives name, country or body, and the interpretation marker', () => {
    expect(parseLabel('Mr. Abdrakhmanov (Kazakhstan): The fight')).toEqual({
      label: { printed: 'Mr. Abdrakhmanov (Kazakhstan)', label: 'Mr. Abdrakhmanov (Kazakhstan)', name: 'Mr. Abdrakhmanov', country: 'Kazakhstan', spokeIn: undefined, marker: undefined },
    });
    expect(parseLabel('Mr. Delattre (France) (spoke in French): Je')).toMatchObject({
      label: { label: 'Mr. Delattre (France)', name: 'Mr. Delattre', country: 'France', spokeIn: 'French', marker: 'spoke in French' },
    });
    expect(parseLabel('The President (spoke in Spanish): I')).toMatchObject({ label: { name: 'The President', country: undefined, spokeIn: 'Spanish' } });
    expect(parseLabel('Mr. Mérimée (France) (interpretation from French): I')).toMatchObject({ label: { country: 'France', spokeIn: 'French', marker: 'interpretation from French' } });
    expect(parseLabel('Mr. Vrailas (European Union): I')).toMatchObject({ label: { country: 'European Union' } });
    for (const l of ['The Secretary-General', 'Mr. Ban Ki-moon', 'Archbishop Auza (Holy See)', 'Mr. de Souza (Brazil)', 'Mr. al-Otaibi (Kuwait)', 'Mrs. Power (United States of America)']) {
      expect(parseLabel(`${l}: text`), l).toHaveProperty('label');
    }
  });

  it('reads the labels the corpus prints, as printed', () => {
    const read = (l: string) => {
      const r = parseLabel(`${l}: text`);
      if (!('label' in r)) throw new Error(`${l}: ${r.error}`);
      return r.label;
    };
    expect(read('The President')).toMatchObject({ name: 'The President', country: undefined, spokeIn: undefined });
    expect(read('The PRESIDENT (interpretation from French)')).toMatchObject({ name: 'The PRESIDENT', spokeIn: 'French', marker: 'interpretation from French' });
    expect(read('The Secretary-General')).toMatchObject({ name: 'The Secretary-General', country: undefined });
    expect(read('Mr. Chambas')).toMatchObject({ name: 'Mr. Chambas', country: undefined });
    expect(read('President Abbas (spoke in Arabic)')).toMatchObject({ name: 'President Abbas', country: undefined, spokeIn: 'Arabic' });
    expect(read('Monsignor Hansen (Holy See)')).toMatchObject({ name: 'Monsignor Hansen', country: 'Holy See' });
    expect(read('Dato Lim Jock Hoi')).toMatchObject({ name: 'Dato Lim Jock Hoi', country: undefined });
    expect(read('Mr. ABDRAKHMANOV (Kazakhstan)')).toMatchObject({ name: 'Mr. ABDRAKHMANOV', country: 'Kazakhstan' });
    expect(read('Mr. Zhang Jun (China) (spoke in Chinese)')).toMatchObject({ name: 'Mr. Zhang Jun', country: 'China', spokeIn: 'Chinese' });
    expect(read('Ms. DeShong (Saint Vincent and the Grenadines)')).toMatchObject({ country: 'Saint Vincent and the Grenadines' });
    for (const l of ['The President', 'Mr. Chambas', 'President Abbas (spoke in Arabic)']) expect(read(l).stray, l).toBeUndefined();
  });

  it('reads the two-column scramble safely: the President, French, and the stray words apart', () => {
    const r = parseLabel('The President (spoke I thank Mr. Mladenov for his briefing. in French): I now call on President Abbas.');
    expect(r).toEqual({
      label: {
        printed: 'The President (spoke I thank Mr. Mladenov for his briefing. in French)',
        label: 'The President',
        name: 'The President',
        country: undefined,
        spokeIn: 'French',
        marker: 'spoke I thank Mr. Mladenov for his briefing. in French',
        stray: 'I thank Mr. Mladenov for his briefing.',
      },
    });
    // A marker that mixes the two forms is not read as one.
    expect(parseLabel('The President (spoke I thank him. from French): I')).toHaveProperty('error');
  });

  it('is not a first sentence that happens to hold a colon', () => {
    for (const s of ['Kazakhstan is a party: all conventions', 'We welcome the report: it is timely', 'three things: a, b', 'On behalf of my country: thanks']) {
      expect(parseLabel(s), s).toHaveProperty('error');
    }
  });
});

describe('the file name', () => {
  it('gives year, record and speech order in the corpus’s form only', () => {
    expect(parseCorpusName('/x/UNSC_2014_SPV.7316_spch017.txt')).toEqual({ year: 2014, record: 'S/PV.7316', speech: 17, basename: 'UNSC_2014_SPV.7316', videoConference: false });
    expect(parseCorpusName('UNSC_2020_SPV.8698_spch0017.txt')).toEqual({ year: 2020, record: 'S/PV.8698', speech: 17, basename: 'UNSC_2020_SPV.8698', videoConference: false });
    expect(parseCorpusName('UNSC_2003_SPV.4726Resumption1_spch020.txt')).toEqual({
      year: 2003, record: 'S/PV.4726 (Resumption 1)', resumption: 1, speech: 20, basename: 'UNSC_2003_SPV.4726Resumption1', videoConference: false,
    });
    // A video conference: no S/PV symbol is made up.
    expect(parseCorpusName('UNSC_2020_SPV.2020_1023_spch001.txt')).toEqual({ year: 2020, speech: 1, basename: 'UNSC_2020_SPV.2020_1023', videoConference: true });
    for (const bad of ['UNSC_2020_SPV.2019_1023_spch001.txt', 'UNSC_2020_SPV.8698_spch01.txt', 'UNSC_2020_SPV.8698_spch00001.txt', 'UNSC_2020_SPV.8698_spch000.txt', 'UNSC_2020_SPV.8698Resumption0_spch001.txt', 'UNSC_2020_SPV.8698Resumed1_spch001.txt', 'UNSC_20_SPV.8698_spch001.txt']) {
      expect(parseCorpusName(bad), bad).toBeUndefined();
    }
    expect(looksLikeCorpusName('UNSC_2020_SPV.8698Resumed1_spch001.txt')).toBe(true);
    expect(parseCorpusName('kazakhstan-2014-terrorism.txt')).toBeUndefined();
    expect(slugFromFileName('UNSC_2014_SPV.7316_spch017.txt')).toBe('unsc-2014-spv-7316-spch017');
    expect(slugFromFileName('Déclaration  Côte d’Ivoire.TXT')).toBe('declaration-cote-d-ivoire');
    expect(parseRecordSymbol('s/pv.07316')).toBe('S/PV.7316');
    expect(parseRecordSymbol('S/2014/123')).toBeUndefined();
    expect(parseRecordSymbol('S/PV.8699 (Resumption 1)')).toBe('S/PV.8699 (Resumption 1)');
    expect(parseRecordSymbol('S/PV.8699(Resumption1)')).toBe('S/PV.8699 (Resumption 1)');
  });
});

describe('line-end hyphens', () => {
  const record = [
    'Mr. X (Y): a long-', 'term plan of the Counter-', 'Terrorism Committee for 2013-', '2017 on self-', 'reliance and confidence-',
    'building, and inter-', 'national peace-', 'keeping, an international', 'matter.', '',
  ].join('\n');
  it('keeps every one as printed and flags only those nothing decides', () => {
    const { lines } = unwrap(record);
    expect(unwrap(record).paragraphs[0]).toContain('long-term plan of the Counter-Terrorism Committee for 2013-2017 on self-reliance and confidence-building, and inter-national peace-keeping');
    const flagged = undecidedHyphens(lines);
    expect(flagged.map((h) => [h.word, h.line])).toEqual([['inter-national', 6], ['peace-keeping', 7]]);
    expect(flagged[0].hint).toMatch(/^the record also prints "international": probably a word broken at the line end; .*<Corr sic="inter-national">international<\/Corr>/);
    expect(flagged[1].hint).toMatch(/^kept as printed \(the check requires it\)/);
  });

  it('flags a compound the text also prints unbroken as decided', () => {
    const { lines } = unwrap('Mr. X (Y): a peace-keeping force and a peace-\nkeeping mission.\n');
    expect(undecidedHyphens(lines)).toEqual([]);
  });
});

describe('lost paragraph breaks', () => {
  it('points at a line that ends a sentence short of the margin, with a unique phrase for restoredBreaks', () => {
    const line = 'word '.repeat(10).trim();
    const record = `Mr. X (Y): ${line}\n${line}\n${line}\n${line}\nThe end of one.\nAnd the next one starts\n${line}.\n`;
    const { lines, paragraphs } = unwrap(record);
    expect(lostBreaks(lines, paragraphs).breaks).toEqual([{ paragraph: 1, line: 6, before: 'And the next one' }]);
  });

  it('reports a paragraph far longer than the others', () => {
    const p = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    const { lines, paragraphs } = unwrap(`Mr. X (Y): ${p(40)}\n\n${p(50)}\n\n${p(45)}\n\n${p(160)}\n`);
    expect(lostBreaks(lines, paragraphs).long).toEqual([{ paragraph: 4, words: 160, median: 47.5 }]);
  });
});

describe('the MDX body', () => {
  it('puts one sentence on a line, not breaking after titles or initials', () => {
    expect(sentences('We met Mr. Laborde in Astana. He spoke. J. Smith agreed! “Yes.” (Then) 2014 came.')).toEqual([
      'We met Mr. Laborde in Astana.', 'He spoke.', 'J. Smith agreed!', '“Yes.”', '(Then) 2014 came.',
    ]);
  });

  it('escapes every construct MDX or GFM would read, so the build prints the record’s words', async () => {
    const record = [
      'Mr. O\'Neill (Testland): We note {figures} and <b>tags</b>, a_b_c and *stars*, `code`, ~~struck~~, [a link](http://x.org), &amp; and [^1], a\\b\\, | pipes | and 50% "quoted" text.',
      '',
      '# not a heading',
      '',
      '- not a list',
      '',
      '1. not a list either. 2. Nor this.',
      '',
      '> not a quote',
      '',
      '=====',
      '',
      '---',
      '',
      '| a | b |',
      '|---|---|',
      '',
      '<div>not JSX</div>',
      '',
      '{not an expression}',
      '',
      'export const x = 1',
      '',
      'import y from "z"',
      '',
      '+ plus *and* _under_ www.example.org',
      '',
    ].join('\n');
    const { paragraphs } = unwrap(record);
    const body = statementBody(paragraphs, paragraphs[0].indexOf(':') + 1);
    expect(() => verifyBody(body.mdx, body.plain, record)).not.toThrow();
    // The build's own plugins (record check, linking, numbering) accept it.
    const { frontmatter } = await processStatement(body.mdx, { record });
    const texts = (frontmatter.paragraphs as { text: string }[]).map((p) => p.text);
    expect(texts).toEqual(body.plain);
    expect(texts[0]).toBe('Mr.\u00a0O’Neill (Testland): We note {figures} and <b>tags</b>, a_b_c and *stars*, `code`, ~~struck~~, [a link](http://x.org), &amp; and [^1], a\\b\\, | pipes | and 50% “quoted” text.');
    expect(escapeMdx('# a')).toBe('\\# a');
    expect(escapeMdx('import y')).toBe('&#105;mport y');
  });

  // Seconds of parsing: room for a loaded machine.
  it('prints any record exactly: hundreds of random records of syntax characters pass the check', { timeout: 60_000 }, () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T,>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const atoms = [
      'word', 'The', 'import', 'export', '1.', '2)', '-', '---', '*', '**', '_', '#', '>', '<', '</a>', '<b>', '{', '}', '{x}', '[', ']', '](', '(', ')', '`', '```',
      '~~', '|', '&amp;', '&#65;', '&', '\\', '!', '[^1]:', '===', '+', 'http://a.b', 'www.x.org', 'a@b.org', 'https://example.org/a_(b)_c?d=1&e=2#f', '"', "'", ':',
      '.', '$', 'Mr.', '<!--', '-->', '1986-1990', 'September', '2014', '\u00a0', '- [ ]', '* * *', 'x*y*z', '__init__',
    ];
    for (let n = 0; n < 300; n++) {
      const paragraphs = ['Mr. X (Y):', ...Array.from({ length: 1 + Math.floor(random() * 4) }, () => '')].map((p) =>
        [p, ...Array.from({ length: 1 + Math.floor(random() * 12) }, () => pick(atoms))].filter(Boolean).join(pick([' ', ' ', '\n', ''])),
      );
      const record = `${paragraphs.join('\n\n')}\n`;
      const { paragraphs: unwrapped } = unwrap(record);
      const body = statementBody(unwrapped, unwrapped[0].indexOf(':') + 1);
      expect(() => verifyBody(body.mdx, body.plain, record), JSON.stringify(record)).not.toThrow();
    }
  });

  it('reads Windows line ends, stray spaces and a label alone in its paragraph', () => {
    const record = 'The President:  \r\n\r\n  We  meet\r\ntoday.   \r\n\r\n';
    const { paragraphs } = unwrap(record);
    const body = statementBody(paragraphs, paragraphs[0].indexOf(':') + 1);
    expect(body.mdx).toBe('**The President:**\n\nWe  meet today.\n');
    expect(() => verifyBody(body.mdx, body.plain, record)).not.toThrow();
  });

  it('refuses a body that would not print the record', () => {
    const record = 'Mr. X (Y): We note it.\n';
    expect(() => verifyBody('**Mr. X (Y):** We note *it*.\n', ['Mr. X (Y): We note it.'], record)).toThrow('line 1: the text would hold a emphasis');
    expect(() => verifyBody('**Mr. X (Y):** We note them.\n', ['Mr. X (Y): We note them.'], record)).toThrow('the record check would fail: paragraph 1 differs from the record after "(Y): We note": the edition has "them.", the record "it."');
  });
});

describe('names', () => {
  const { index } = buildNameIndex([
    entity('ctc', { name: 'Counter-Terrorism Committee', acronyms: ['CTC'] }),
    entity('osce', { name: 'Organization for Security and Co-operation in Europe', acronyms: ['OSCE'], aliases: ['Organization for Security and Cooperation in Europe'] }),
  ]);
  const text = [
    'Mr. Example (Ruritania): We support the Counter-Terrorism Committee (CTC).',
    'The Ruritanian Counter-Extremism Agency (RCEA) works with the OSCE and the Financial Action Task Force. In September 2014, His Excellency Mr. Jean Dupont spoke, and Member States agreed; the United Nations approved.',
  ];

  it('lists the glossary entities the build will link, with their paragraphs', () => {
    expect(linkedEntities(text, index)).toEqual([{ name: 'ctc', paragraphs: [1] }, { name: 'osce', paragraphs: [2] }]);
  });

  it('proposes acronyms and capitalised names the glossary does not know', () => {
    expect(candidateNames(text, index, [{ paragraph: 1, chars: 24 }]).map((c) => c.name)).toEqual([
      'Financial Action Task Force', 'Jean Dupont', 'RCEA', 'Ruritanian Counter-Extremism Agency',
    ]);
  });
});
