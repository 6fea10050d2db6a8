/** The statement plugins, from MDX input to the tree and data they produce. */
import { describe, expect, it } from 'vitest';
import type { Link } from 'mdast';
import { selectAll } from 'unist-util-select';
import { toString } from 'mdast-util-to-string';
import { entity, processStatement } from '../support/mdx.ts';
import type { Mention, ParagraphData } from '../../src/lib/model/statement/statement.ts';

const entities = [
  entity('sco', { name: 'Shanghai Cooperation Organisation', acronyms: ['SCO'], aliases: ['Shanghai Cooperation Organization'] }),
  entity('sco-rats', {
    name: 'Regional Anti-Terrorist Structure of the SCO',
    acronyms: ['RATS'],
    aliases: ['Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization'],
  }),
  entity('ctc', { name: 'Counter-Terrorism Committee', acronyms: ['CTC'] }),
  entity('cted', { name: 'Counter-Terrorism Committee Executive Directorate', acronyms: ['CTED'] }),
  entity('jpoa', { name: 'Joint Plan of Action', type: 'treaty' }),
];

const record = `Mr. X (Y): We support the Counter-
Terrorism Committee (CTC) and the Counter-Terrorism
Committee Executive Directorate.

The Regional Anti-Terrorist Structure of the Shanghai
Cooperation Organization (SCO) works. The Plan was
elaborated by many. The safety ofpeople matters.
`;

const body = `**Mr. X (Y):** We support the Counter-Terrorism Committee (CTC) and the Counter-Terrorism
Committee Executive Directorate.

The Regional Anti-Terrorist Structure of the Shanghai
Cooperation Organization (SCO) works. <Term id="jpoa">The Plan</Term> was
elaborated by many. The safety <Corr sic="ofpeople">of people</Corr> matters.
`;

describe('remark-paragraphs', () => {
  it('numbers paragraphs p1…pN', async () => {
    const { tree, frontmatter } = await processStatement(body, { record, entities });
    expect(tree.children.map((p) => p.type)).toEqual(['paragraph', 'paragraph']);
    const ps = frontmatter.paragraphs as ParagraphData[];
    expect(ps.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(ps[1].text).toBe(
      'The Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization (SCO) works. The Plan was elaborated by many. The safety of people matters.',
    );
  });

  it('refuses anything but paragraphs, and an empty statement', async () => {
    await expect(processStatement('# A heading\n\nText.', { record: 'A heading\n\nText.' })).rejects.toThrow(/paragraphs only; found a heading/);
    await expect(processStatement('', { record: '' })).rejects.toThrow(/no text/);
  });

  it('names the file and line of a problem', async () => {
    await expect(processStatement('One.\n\nTwo <Foo>x</Foo>.', { record: 'One.\n\nTwo x.' })).rejects.toThrow(
      /test-statement\.mdx:3:5.*unknown element <Foo>|unknown element <Foo>/,
    );
    try {
      await processStatement('One.\n\nTwo <Foo>x</Foo>.', { record: 'One.\n\nTwo x.' });
    } catch (e) {
      expect(String((e as Error & { file?: string }).file ?? (e as Error).message)).toContain('test-statement.mdx');
      expect((e as { line?: number }).line).toBe(3);
    }
  });
});

describe('remark-entities', () => {
  it('links the longest name, acronyms and hand-marked mentions, once each', async () => {
    const { tree } = await processStatement(body, { record, entities });
    const links = selectAll('link', tree) as Link[];
    expect(links.map((l) => [l.data?.mention?.entity, (l.children[0] as { value: string }).value.replace(/\s+/g, ' ')])).toEqual([
      ['ctc', 'Counter-Terrorism Committee'],
      ['ctc', 'CTC'],
      ['cted', 'Counter-Terrorism Committee Executive Directorate'],
      ['sco-rats', 'Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization'],
      ['sco', 'SCO'],
      ['jpoa', 'The Plan'],
    ]);
    expect(links[0].url).toBe('/glossary/ctc/');
    expect(links[3].data?.mention?.nested).toEqual(['sco']);
    expect(links[5].data?.mention?.explicit).toBe(true);
  });

  it('gives the other names to search through an indexed attribute, not hidden text', async () => {
    const { tree } = await processStatement(body, { record, entities });
    const sco = (selectAll('link', tree) as Link[]).find((l) => l.data?.mention?.entity === 'sco')!;
    expect(sco.data?.hProperties).toMatchObject({
      dataPagefindIndexAttrs: 'data-aliases',
      dataAliases: '⟦Shanghai Cooperation Organisation Organization ⁺⟧',
    });
  });

  it('records each mention with offsets into its paragraph text', async () => {
    const { frontmatter } = await processStatement(body, { record, entities });
    const ps = frontmatter.paragraphs as ParagraphData[];
    const mentions = frontmatter.mentions as Mention[];
    expect(mentions).toHaveLength(6);
    for (const m of mentions) expect(ps[m.paragraph - 1].text.slice(m.start, m.end)).toBe(m.text);
  });

  it('does not link inside words', async () => {
    const { tree } = await processStatement('DISCO and SCO and SCOs.', { record: 'DISCO and SCO and SCOs.', entities });
    expect((selectAll('link', tree) as Link[]).map((l) => toString(l))).toEqual(['SCO']);
  });

  it('fails on an unknown glossary id, at its line', async () => {
    await expect(processStatement('One.\n\nA <Term id="nope">thing</Term>.', { record: 'One.\n\nA thing.', entities })).rejects.toThrow(
      /<Term id="nope">: no glossary entry/,
    );
  });
});

describe('remark-record', () => {
  it('turns <Corr> into a marked insertion and records the correction', async () => {
    const { tree, frontmatter } = await processStatement(body, { record, entities });
    expect(frontmatter.corrections).toEqual([{ paragraph: 2, sic: 'ofpeople', corr: 'of people' }]);
    const ins = selectAll('correction', tree)[0] as unknown as { data: { hName: string; hProperties: Record<string, unknown> } };
    expect(ins.data.hName).toBe('ins');
    expect(ins.data.hProperties.dataSic).toBe('ofpeople');
  });

  it('fails when a word differs from the record without a marked correction', async () => {
    const unmarked = body.replace('<Corr sic="ofpeople">of people</Corr>', 'of people');
    await expect(processStatement(unmarked, { record, entities })).rejects.toThrow(
      /paragraph 2 differs from the record .*the edition has "of people matters\.", the record "ofpeople matters\."/,
    );
  });

  it('fails when a paragraph is dropped, split or joined', async () => {
    await expect(processStatement(body.split('\n\n')[0], { record, entities })).rejects.toThrow(/the edition lacks/);
    const split = body.replace('works. <Term', 'works.\n\n<Term');
    await expect(processStatement(split, { record, entities })).rejects.toThrow(/differs from the record|not in the record/);
  });

  it('accepts a declared restored break and refuses an undeclared one', async () => {
    const split = body.replace('works. <Term', 'works.\n\n<Term');
    const { frontmatter } = await processStatement(split, { record, entities, restoredBreaks: ['The Plan was'] });
    expect((frontmatter.paragraphs as ParagraphData[]).map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    await expect(processStatement(body, { record, entities, restoredBreaks: ['Not there'] })).rejects.toThrow(/restoredBreaks: "Not there"/);
  });

  it('refuses a correction that corrects nothing', async () => {
    const noop = body.replace('<Corr sic="ofpeople">of people</Corr>', '<Corr sic="ofpeople">ofpeople</Corr>');
    await expect(processStatement(noop, { record, entities })).rejects.toThrow(/corrects nothing/);
  });
});
