/**
 * The agenda headings of a President's turn, on the real records of the
 * corpus that print them (tests/fixtures/corpus/records): in the one-line
 * corpus files the record's heading "Adoption of the agenda", its line "The
 * agenda was adopted." and the agenda item's title with its sub-item run into
 * the President's words. Only what is certain is marked; the rest is listed;
 * nothing the speaker may have said is marked; no sentence boundary moves.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { recordParagraphs } from '../../src/lib/model/record/record.ts';
import { parseLabel } from '../../src/importer/read/label.ts';
import { textMarks } from '../../src/importer/text/text-marks.ts';
import { statementBody } from '../../src/importer/text/mdx-body.ts';
import { verifyBody } from '../../src/importer/text/verify.ts';
import { findFurniture, possibleAgendaHeadings } from '../../src/importer/text/furniture.ts';
import { readRecord } from '../../src/importer/read/read-record.ts';
import { importRecord } from '../../src/importer/import.ts';
import { fixtureMetadata, records } from './corpus-support.ts';
import { repo, tempProject, type TempProject } from './project.ts';

const SOMALIA = 'UNSC_2020_SPV.8755_spch001.txt';
const WEST_AFRICA = 'UNSC_2020_SPV.8698_spch002.txt';
const topics: Record<string, string> = { [SOMALIA]: 'The situation in Somalia', [WEST_AFRICA]: 'Peace consolidation in West Africa' };

const text = (name: string, dir = records) => readRecord(join(dir, name)).text;

/** The importer's text steps for a record (as import.ts runs them), with or without the topic. */
function importText(record: string, topic?: string, president = true) {
  const paragraphs = recordParagraphs(record);
  const parsed = parseLabel(paragraphs[0]);
  if ('error' in parsed) throw new Error(parsed.error);
  const labelEnd = paragraphs[0].indexOf(':') + 1;
  const marks = textMarks(paragraphs, labelEnd, { record: 'S/PV.8755', president, topic }, record);
  const body = statementBody(paragraphs, labelEnd, marks.marks);
  const checked = verifyBody(body.mdx, body.plain, record);
  return { marks, body, checked };
}

const lines = (mdx: string) => mdx.trimEnd().split('\n');
const unmarked = (line: string) => line.replace(/<Furniture kind="agenda-heading">(.*?)<\/Furniture>/g, '$1');

describe('agenda headings in the President’s turn', () => {
  it('marks “Adoption of the agenda”, the topic and its sub-item run into the President’s words (S/PV.8755, UTF-8)', () => {
    const { marks, body, checked } = importText(text(SOMALIA), topics[SOMALIA]);
    expect(marks.furniture).toMatchObject([
      { paragraph: 1, kind: 'agenda-heading', text: 'Adoption of the agenda' },
      { paragraph: 1, kind: 'agenda-heading', text: 'The situation in Somalia Report of the Secretary-General on the situation in Somalia (S/2020/798)' },
    ]);
    expect(lines(body.mdx).slice(1)).toEqual([
      '<Furniture kind="agenda-heading">Adoption of the agenda</Furniture> The agenda was adopted.',
      '<Furniture kind="agenda-heading">The situation in Somalia Report of the Secretary-General on the situation in Somalia (S/2020/798)</Furniture>',
    ]);
    expect(checked.texts[0]).toMatch(/of the Security Council\. The agenda was adopted\.$/);
    expect(checked.records[0]).toMatch(/Council\. Adoption of the agenda The agenda was adopted\. The situation in Somalia Report .* \(S\/2020\/798\)$/);
    expect(marks.possibleFurniture).toEqual([]);
  });

  it('marks the same in a Windows-1252 record whose sub-item names an office (S/PV.8698)', () => {
    const { marks, body, checked } = importText(text(WEST_AFRICA), topics[WEST_AFRICA]);
    expect(marks.furniture.map((f) => f.text)).toEqual([
      'Adoption of the agenda',
      'Peace consolidation in West Africa Report of the Secretary-General on the activities of the United Nations Office for West Africa and the Sahel (S/2019/1005)',
    ]);
    expect(checked.sentences[0].at(-1)).toBe('The agenda was adopted.');
    expect(checked.sentences[0].at(-2)).toMatch(/conducted the Council’s business last month\.$/);
    expect(body.mdx).not.toMatch(/Furniture kind="agenda-heading">[^<]*President/);
  });

  it('moves no sentence boundary: the lines are those of the unmarked text, and a title alone on its line is no sentence', () => {
    for (const name of [SOMALIA, WEST_AFRICA]) {
      const marked = importText(text(name), topics[name]);
      const plain = importText(text(name), topics[name], false);
      expect(lines(marked.body.mdx).map(unmarked), name).toEqual(lines(plain.body.mdx));
      expect(marked.checked.sentences[0].length, name).toBe(plain.checked.sentences[0].length - 1);
      expect(marked.checked.sentences[0].slice(0, -1), name).toEqual(plain.checked.sentences[0].slice(0, -2));
    }
  });

  it('without the metadata, marks only “Adoption of the agenda” and lists the title for an editor', () => {
    const { marks } = importText(text(SOMALIA));
    expect(marks.furniture.map((f) => f.text)).toEqual(['Adoption of the agenda']);
    expect(marks.possibleFurniture).toMatchObject([{ paragraph: 1, text: 'The situation in Somalia Report of the Secretary-General on the situation in Somalia (S/2020/798)', why: expect.stringMatching(/--meta/) }]);
  });

  it('lists, never marks, a title that is not the meeting’s topic, or the topic followed by more words', () => {
    const record = text(SOMALIA);
    expect(importText(record, 'The situation in Libya').marks).toMatchObject({
      furniture: [{ text: 'Adoption of the agenda' }],
      possibleFurniture: [{ text: 'The situation in Somalia Report of the Secretary-General on the situation in Somalia (S/2020/798)', why: expect.stringMatching(/not the meeting’s topic/) }],
    });
    // The topic as the start of the President's own sentence.
    const words = record.replace(/ Report of the Secretary-General.*$/s, ' remains of grave concern to the Council.');
    const { marks, checked } = importText(words, topics[SOMALIA]);
    expect(marks.furniture.map((f) => f.text)).toEqual(['Adoption of the agenda']);
    expect(marks.possibleFurniture).toMatchObject([{ text: 'The situation in Somalia', why: expect.stringMatching(/more words follow/) }]);
    expect(checked.sentences[0].at(-1)).toBe('The situation in Somalia remains of grave concern to the Council.');
  });

  it('marks nothing a speaker may have said: “adoption of the agenda” in a sentence, the topic inside one, another speaker', () => {
    const somalia = text(SOMALIA);
    const president = { president: true, topic: topics[SOMALIA] };
    // The words in a sentence of the President's, not the heading.
    expect(findFurniture('The President: We welcome the adoption of the agenda The agenda was adopted.', president)).toEqual([]);
    expect(findFurniture('The President: I thank members for their swift Adoption of the agenda The agenda was adopted.', president)).toEqual([]);
    expect(findFurniture('The President: Adoption of the agenda was swift, and I thank members.', president)).toEqual([]);
    // The topic inside a sentence (the sub-item's own words, and the President of S/PV.8698 opening the item).
    expect(findFurniture('The President: The Council will consider the situation in Somalia (S/2020/798) today.', president)).toEqual([]);
    const opening = text('UNSC_2020_SPV.8698_spch003.txt');
    expect(findFurniture(opening, { president: true, topic: topics[WEST_AFRICA] }).filter((f) => f.kind === 'agenda-heading')).toEqual([]);
    // The topic in a running head of another speaker's turn (S/PV.8704) is a running head, not an agenda heading.
    const middleEast = text('UNSC_2020_SPV.8704_spch002.txt', join(repo, 'tests/fixtures/records'));
    expect(findFurniture(middleEast, { record: 'S/PV.8704', president: true, topic: 'The situation in the Middle East' }).map((f) => f.kind)).toEqual(['running-head']);
    // Another speaker's turn: nothing, not even listed.
    expect(findFurniture(somalia, { president: false, topic: topics[SOMALIA] })).toEqual([]);
    expect(possibleAgendaHeadings(somalia, { president: false }, 1)).toEqual([]);
  });
});

describe('agenda headings on re-import', () => {
  const projects: TempProject[] = [];
  afterAll(() => projects.forEach((p) => p.remove()));
  const imported = (fixity: boolean) => {
    const project = tempProject({ fixity });
    projects.push(project);
    return importRecord(join(records, SOMALIA), { root: project.root, metadata: fixtureMetadata() }).report!;
  };

  it('marks the title on a first import, but keeps it as text where marking it would retire a frozen sentence id', () => {
    const first = imported(false);
    expect(first.fixity).toBe('added');
    expect(first.text.furniture.map((f) => f.text)).toEqual(['Adoption of the agenda', 'The situation in Somalia Report of the Secretary-General on the situation in Somalia (S/2020/798)']);
    expect(first.sentences).toBe(2);

    // content/fixity/unsc-2020-spv-8755-spch001.json froze p1-s3, the title's line, before headings were marked.
    const again = imported(true);
    expect(again.fixity).toBe('kept');
    expect(again.sentences).toBe(3);
    expect(again.text.furniture.map((f) => f.text)).toEqual(['Adoption of the agenda']);
    expect(again.text.possibleFurniture).toMatchObject([{ text: 'The situation in Somalia Report of the Secretary-General on the situation in Somalia (S/2020/798)', why: expect.stringMatching(/frozen id of content\/fixity\/unsc-2020-spv-8755-spch001\.json/) }]);
  });
});
