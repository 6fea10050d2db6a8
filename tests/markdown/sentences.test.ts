/**
 * The sentence, furniture and reading-block plugins, from MDX to the tree and
 * data they make: remark-sentences wraps each line of a paragraph's own text,
 * remark-paragraphs numbers them p<N>-s<M>; <Furniture> counts for the record
 * check and leaves the text; a one-line record gets the edition's blocks.
 */
import { describe, expect, it } from 'vitest';
import type { Paragraph } from 'mdast';
import { selectAll } from 'unist-util-select';
import { toString } from 'mdast-util-to-string';
import { processStatement } from '../support/mdx.ts';
import { wrapSentences } from '../../src/markdown/remark-sentences.ts';
import { paragraphHtml } from '../../src/markdown/reading-blocks-html.ts';
import type { ParagraphData } from '../../src/lib/model/statement/statement.ts';

describe('remark-sentences', () => {
  it('cuts a paragraph at the line ends of its own text, not inside an element, and makes no sentence of a line without words', () => {
    const p: Paragraph = {
      type: 'paragraph',
      children: [
        { type: 'strong', children: [{ type: 'text', value: 'Mr. X:' }] },
        { type: 'text', value: ' One.\nTwo ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'a\nb' }] },
        { type: 'text', value: ' end.\n' },
        { type: 'furniture', data: { furniture: { kind: 'running-head', text: 'x' } } } as never,
      ],
    };
    wrapSentences(p);
    expect(p.children.map((c) => c.type)).toEqual(['sentence', 'text', 'sentence', 'text', 'furniture']);
    expect(p.children.filter((c) => (c.type as string) === 'sentence').map((c) => toString(c))).toEqual(['Mr. X: One.', 'Two a\nb end.']);
  });
});

describe('sentence ids and furniture, compiled', () => {
  const record = 'Mr. X (Y): We met. It rained.16/01/2020 The situation S/PV.1 Then we left. The meeting rose at 1 p.m.\r\n';
  const body = '**Mr. X (Y):** We met.\nIt rained.<Furniture kind="running-head">16/01/2020 The situation S/PV.1</Furniture>\nThen we left.\n<Furniture kind="meeting-rose">The meeting rose at 1 p.m.</Furniture>\n';

  it('numbers the sentences below their paragraph, and leaves the furniture out of the text, noting where it stood', async () => {
    const { tree, frontmatter } = await processStatement(body, { record });
    const [p] = frontmatter.paragraphs as ParagraphData[];
    expect(p.text).toBe('Mr. X (Y): We met. It rained. Then we left.');
    expect(p.sentences!.map((s) => [s.id, p.text.slice(s.start, s.end)])).toEqual([
      ['p1-s1', 'Mr. X (Y): We met.'],
      ['p1-s2', 'It rained.'],
      ['p1-s3', 'Then we left.'],
    ]);
    expect(p.furniture).toEqual([
      { kind: 'running-head', text: '16/01/2020 The situation S/PV.1', at: 'Mr. X (Y): We met. It rained.'.length },
      { kind: 'meeting-rose', text: 'The meeting rose at 1 p.m.', at: p.text.length },
    ]);
    // Out of the page: no furniture node is left for the HTML.
    expect(selectAll('furniture', tree)).toEqual([]);
    expect(selectAll('sentence', tree).map((s) => (s.data as { hProperties: { id: string } }).hProperties.id)).toEqual(['p1-s1', 'p1-s2', 'p1-s3']);
  });

  it('fails where the furniture is not the record’s, or has no kind', async () => {
    await expect(processStatement(body.replace('S/PV.1</Furniture>', 'S/PV.2</Furniture>'), { record })).rejects.toThrow(/differs from the record/);
    await expect(processStatement(body.replace(' kind="running-head"', ''), { record })).rejects.toThrow(/<Furniture> needs kind=/);
    await expect(processStatement(body.replace(' kind="running-head"', ' kind="header"'), { record })).rejects.toThrow(/<Furniture> needs kind=/);
  });

  it('gives a one-line record reading blocks, the edition’s, and a hard-wrapped one none', async () => {
    const sentences = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} has a few more words to make it long enough to count here.`);
    const line = `Mr. X (Y): ${sentences.join(' ')}`;
    const mdx = `**Mr. X (Y):** ${sentences.join('\n')}\n`;
    const one = await processStatement(mdx, { record: `${line}\r\n` });
    const [p] = one.frontmatter.paragraphs as ParagraphData[];
    expect(p.sentences).toHaveLength(12);
    expect(p.blocks).toEqual([1, 9]);
    const cut = line.indexOf(' ', 60);
    const wrapped = await processStatement(mdx, { record: `${line.slice(0, cut)}\n${line.slice(cut + 1)}\n` });
    expect((wrapped.frontmatter.paragraphs as ParagraphData[])[0].blocks).toBeUndefined();
  });
});

describe('reading blocks in HTML', () => {
  it('cuts the paragraph between sentence elements into <p class="rb">', () => {
    const s = (id: string, t: string) => ({ type: 'element' as const, tagName: 'span', properties: { className: ['s'], id }, children: [{ type: 'text' as const, value: t }] });
    const p = { type: 'element' as const, tagName: 'p', properties: {}, children: [s('p1-s1', 'A.'), { type: 'text' as const, value: ' ' }, s('p1-s2', 'B.'), { type: 'text' as const, value: ' ' }, s('p1-s3', 'C.')] };
    expect(paragraphHtml(p, [1, 3])).toBe('<p class="rb"><span class="s" id="p1-s1">A.</span> <span class="s" id="p1-s2">B.</span></p><p class="rb"><span class="s" id="p1-s3">C.</span></p>');
    expect(paragraphHtml(p, undefined)).toBe('<p><span class="s" id="p1-s1">A.</span> <span class="s" id="p1-s2">B.</span> <span class="s" id="p1-s3">C.</span></p>');
  });
});
