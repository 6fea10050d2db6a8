/** The metadata set beside the file name and the label: what it fills, and every disagreement reported while the record's words are kept. */
import { describe, expect, it } from 'vitest';
import { corpusFacts } from '../../src/importer/metadata/corpus-facts.ts';
import { parseCorpusName } from '../../src/importer/read/file-name.ts';
import { parseLabel, type SpeakerLabel } from '../../src/importer/read/label.ts';
import { fixtureMetadata } from './corpus-support.ts';

const label = (text: string) => (parseLabel(`${text}: text`) as { label: SpeakerLabel }).label;
const facts = (file: string, l: string, given = {}) => corpusFacts(file, parseCorpusName(file), label(l), fixtureMetadata(), given);

describe('the corpus’s facts of a record', () => {
  it('agree with a record that says what the metadata says', () => {
    const f = facts('UNSC_2020_SPV.8698_spch006.txt', 'Mr. Abarry (Niger) (spoke in French)');
    expect(f.disagreements).toEqual([]);
    expect(f.corpusMetadata).toMatchObject({ speaker: 'Mr. Abarry', country: 'Niger', participantType: 'Mentioned', councilMember: true });
    expect(f.meeting).toEqual({ date: '2020-01-08', topic: 'Peace consolidation in West Africa', presiding: 'Viet Nam', speeches: 20 });
  });

  it('report where the label and the metadata disagree', () => {
    expect(facts('UNSC_2020_SPV.8698_spch006.txt', 'The President').disagreements).toEqual([
      'the label prints "The President"; the metadata codes Mr. Abarry (Niger, Mentioned)',
    ]);
    expect(facts('UNSC_2020_SPV.8698_spch001.txt', 'Mr. Abarry (Niger)').disagreements).toEqual([
      'the metadata codes the President (Mr. Dang, Viet Nam); the label prints "Mr. Abarry (Niger)"',
      'the label prints the country or body "Niger", the metadata codes "Viet Nam"',
    ]);
    expect(facts('UNSC_2020_SPV.8698_spch006.txt', 'Mr. Other (Niger)').disagreements).toEqual(['the label prints the name "Mr. Other", the metadata "Mr. Abarry"']);
    expect(facts('UNSC_2020_SPV.8698_spch006.txt', 'Mr. Abarry (Chad)').disagreements).toEqual(['the label prints the country or body "Chad", the metadata codes "Niger"']);
  });

  it('report where the editor’s date and the metadata disagree, and keep the editor’s', () => {
    const f = facts('UNSC_2020_SPV.8698_spch006.txt', 'Mr. Abarry (Niger)', { date: '2020-01-09' });
    expect(f.disagreements).toEqual(["--date gives 2020-01-09, the metadata 2020-01-08: the editor's date is kept"]);
    expect(f.meeting.date).toBe('2020-01-09');
  });

  it('say so when the record is not in the metadata', () => {
    const f = facts('UNSC_2020_SPV.9999_spch001.txt', 'The President');
    expect(f).toMatchObject({ used: 'not in the metadata', meeting: {}, disagreements: [] });
    expect(f.corpusMetadata).toBeUndefined();
    expect(corpusFacts('x.txt', undefined, label('The President'), undefined).used).toBe('no metadata given (--meta)');
  });
});
