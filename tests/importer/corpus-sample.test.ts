/**
 * The corpus's 50 sample records and the featured statement's record under
 * its corpus name, imported as one batch with the corpus's metadata: none is
 * refused, every one the metadata lists gets its day, presiding State, topic
 * and outcome, the meetings get their files, and the glossary candidates are
 * names, not two names joined.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importRecords, type ImportResult } from '../../src/importer/import.ts';
import type { MeetingFileResult } from '../../src/importer/metadata/meeting-file.ts';
import { outcomesOf } from '../../src/importer/metadata/outcome.ts';
import { formatSummary } from '../../src/importer/summary.ts';
import { meetingCollectionSchema } from '../../src/lib/model/schemas/meeting.ts';
import { tempProject, type TempProject } from './project.ts';
import { fixtureMetadata, frontMatterOf, records } from './corpus-support.ts';

let project: TempProject;
let results: ImportResult[] & { meetings?: MeetingFileResult[] };
const files = readdirSync(records).filter((f) => f.endsWith('.txt')).sort();

beforeAll(() => {
  project = tempProject();
  results = importRecords([records], { root: project.root, metadata: fixtureMetadata() });
}, 180_000);
afterAll(() => project.remove());

const reports = () => results.map((r) => r.report!);
const candidates = () => new Set(reports().flatMap((r) => r.candidates.map((c) => c.name)));

describe('the sample of the real corpus', () => {
  it('imports all 50 records and the featured statement’s record, none refused', () => {
    expect(files).toHaveLength(51);
    expect(files).toContain('UNSC_2014_SPV.7316_spch069.txt');
    expect(results.filter((r) => r.error).map((r) => `${basename(r.file)}: ${r.error}`)).toEqual([]);
    expect(results).toHaveLength(51);
    expect(project.written().filter((f) => f.startsWith('statements/'))).toHaveLength(51);
  });

  it('fills date, presiding State, topic and outcome for every record the metadata lists', () => {
    const meta = fixtureMetadata();
    for (const r of reports()) {
      const row = meta.speeches.get(basename(r.meta.corpusMetadata?.file ?? ''))!;
      expect(row, r.slug).toBeDefined();
      const meeting = meta.meetings.get(row.basename)!;
      const { meeting: m } = frontMatterOf(project.root, r.slug);
      expect(m.date, r.slug).toBe(meeting.date);
      expect(m.topic, r.slug).toBe(meeting.topic);
      expect(m.presiding, r.slug).toBe(meta.speechesByMeeting.get(row.basename)!.find((s) => s.participantType === 'The President')!.country);
      expect(m.outcome, r.slug).toEqual(outcomesOf(meeting.outcome).outcomes[0]);
      expect(m.speeches, r.slug).toBe(meeting.numSpeeches);
      expect(m.status, r.slug).toBe('probable');
      expect(m.evidence.some((e) => e.startsWith("The corpus's metadata (V5, doi:10.7910/DVN/KGVSYH)")), r.slug).toBe(true);
    }
  });

  it('gives the featured statement the corpus’s facts of S/PV.7316', () => {
    const fm = frontMatterOf(project.root, 'unsc-2014-spv-7316-spch069');
    expect(fm.meeting).toMatchObject({
      record: 'S/PV.7316',
      date: '2014-11-19',
      speech: 69,
      speeches: 136,
      presiding: 'Australia',
      topic: 'Threats to international peace and security caused by terrorist acts',
      outcome: { symbol: 'S/PRST/2014/23', kind: 'presidential-statement', url: 'https://undocs.org/S/PRST/2014/23' },
    });
    expect(fm.corpusMetadata).toEqual({
      source: "the corpus's metadata (V5, doi:10.7910/DVN/KGVSYH)",
      file: 'UNSC_2014_SPV.7316_spch069.txt',
      row: expect.stringMatching(/^speeches\.tsv line \d+$/),
      speaker: 'Mr. Abdrakhmanov',
      country: 'Kazakhstan',
      participantType: 'Guest',
      councilMember: false,
    });
    expect(fm.country).toBe('Kazakhstan');
  });

  it('keeps the label’s words and reports where the metadata disagrees', () => {
    const uk = results.find((r) => r.file.endsWith('UNSC_2020_SPV.8698_spch013.txt'))!.report!;
    expect(uk.meta.country).toBe('United Kingdom');
    expect(uk.disagreements).toEqual(['the label prints the country or body "United Kingdom", the metadata codes "United Kingdom Of Great Britain And Northern Ireland"']);
    const president = results.find((r) => r.file.endsWith('UNSC_2020_SPV.8698_spch001.txt'))!.report!;
    expect(president.disagreements).toEqual([]);
    expect(president.meta.country).toBeUndefined();
    expect(president.meta.corpusMetadata).toMatchObject({ country: 'Viet Nam', participantType: 'The President', councilMember: true });
    const official = results.find((r) => r.file.endsWith('UNSC_2020_SPV.8699_spch002.txt'))!.report!;
    expect(official.meta.speaker.label).toBe('The Secretary-General');
  });

  it('writes a meeting file for each meeting, in the contract’s format, that the site’s schema accepts', () => {
    expect(results.meetings?.map((m) => m.what)).toEqual(Array(23).fill('written'));
    const file = (slug: string) => parseYaml(readFileSync(join(project.root, 'content/meetings', `${slug}.yaml`), 'utf8'));
    for (const m of results.meetings!) expect(meetingCollectionSchema.safeParse(file(m.path.replace(/^.*\/|\.yaml$/g, ''))).success, m.path).toBe(true);
    const s7316 = file('s-pv-7316');
    expect(s7316).toMatchObject({
      record: 'S/PV.7316',
      corpusBasename: 'UNSC_2014_SPV.7316',
      videoConference: false,
      resumption: null,
      date: '2014-11-19',
      outcome: { symbol: 'S/PRST/2014/23', kind: 'presidential-statement', url: 'https://undocs.org/S/PRST/2014/23' },
      pressRelease: 'https://press.un.org/en/2014/sc11656.doc.htm',
      speechCount: 136,
      source: { corpus: 'The UN Security Council Debates', version: 'V5', doi: '10.7910/DVN/KGVSYH' },
    });
    expect(s7316.roster).toHaveLength(136);
    expect(s7316.roster[68]).toEqual({ order: 69, speaker: 'Mr. Abdrakhmanov', country: 'Kazakhstan', participantType: 'Guest', post: '', file: 'UNSC_2014_SPV.7316_spch069.txt' });
    expect(file('s-pv-8699-resumption-1')).toMatchObject({ record: 'S/PV.8699 (Resumption 1)', resumption: 1, speechCount: 67 });
  });

  it('proposes names as candidates, not two names joined', () => {
    const found = candidates();
    // Joined pairs the importer proposed from these records before.
    const joined = [
      'Mali and the Niger', 'Tunisia and Viet Nam', 'Burkina Faso and the Niger', 'Burkina Faso and Mali', 'Yemen and Ansar Allah', 'Senegal and Liberia',
      'United States and the Russian Federation', 'Palestinians and Israelis', 'Israel and Palestine', 'Liberia and Sierra Leone',
      'Peacebuilding Support Office and the Peacebuilding Fund', 'Non-Aligned Movement and the Organization of Islamic Cooperation',
      'Lake Chad Basin Commission and the Mano River Union', 'Multinational Joint Task Force and the Group of Five for the Sahel',
      'Organization of Islamic Cooperation and the African Union', 'Oslo Accord and the Annapolis Peace Conference', 'Stockholm Agreement and the Riyadh',
      'UNOWAS and the United Nations Regional Office for Central Africa', 'Russian Federation and Secretary-General Guterres',
      'Head of the United Nations Office for West Africa and the Sahel', 'Sassou Nguesso of the Republic of the Congo',
      'Permanent Representative of the United States', 'Secretary of State of the United States', 'Presidents of the General Assembly',
    ];
    for (const j of joined) expect(found.has(j), j).toBe(false);
    // Each name of a pair is proposed on its own.
    for (const n of ['Peacebuilding Support Office', 'Peacebuilding Fund', 'Lake Chad Basin Commission', 'Mano River Union', 'Non-Aligned Movement', 'Organization of Islamic Cooperation', 'Multinational Joint Task Force', 'Stockholm Agreement', 'Sassou Nguesso', 'Republic of the Congo']) {
      expect(found.has(n), n).toBe(true);
    }
    // Names with "and" or "of the" in them stay whole (the Charter and the ICRC, now glossary entries, are no candidates).
    for (const n of ['United Nations Office for West Africa and the Sahel', 'Saint Vincent and the Grenadines', 'United Nations Relief and Works Agency for Palestine Refugees in the Near East', 'United Kingdom of Great Britain and Northern Ireland']) {
      expect(found.has(n), n).toBe(true);
    }
  });

  it('sums the batch up: imported, refused by reason, warnings by kind, encodings, meeting files', () => {
    const summary = formatSummary(results, results.meetings);
    expect(summary.split('\n')[0]).toBe('Summary: 51 imported, 0 refused.');
    expect(summary).toMatch(/\n {2}warning +2 {2}disagreement between file name, label and metadata\n/);
    expect(summary).toContain('  encodings  utf-8, CRLF: 26 · windows-1252, CRLF: 24 · utf-8, LF: 1');
    expect(summary).toContain('  meetings   23 written (content/meetings/)');
  });
});
