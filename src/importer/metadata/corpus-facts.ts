/**
 * What the corpus's metadata says of one record, set beside what its file
 * name and its label say. The metadata fills what the record does not print
 * (the day, the topic, the outcome, the presiding State, the speaker's coding,
 * a UN official's post, the speech's place in the meeting); where the three
 * disagree, the disagreement is reported and the record's own words are kept.
 * Everything filled stays `probable`: the corpus's identification, not an
 * editor's.
 */
import { basename } from 'node:path';
import type { StatementMeta } from '../../lib/model/schemas/statement.ts';
import { rowName, type CorpusMeetingRow, type CorpusMetadata, type CorpusSpeechRow } from './corpus-metadata.ts';
import type { CorpusName } from '../read/file-name.ts';
import type { SpeakerLabel } from '../read/label.ts';
import { outcomesOf, type Outcome } from './outcome.ts';

export const corpusSource = "the corpus's metadata (V5, doi:10.7910/DVN/KGVSYH)";

export interface CorpusFacts {
  row?: CorpusSpeechRow;
  meetingRow?: CorpusMeetingRow;
  /** What the metadata adds to the front matter's meeting. */
  meeting: Pick<StatementMeta['meeting'], 'date' | 'topic' | 'outcome' | 'presiding' | 'speeches'>;
  corpusMetadata?: NonNullable<StatementMeta['corpusMetadata']>;
  /** Rows used, as the report names them, or "not in the metadata". */
  used: string;
  evidence: string[];
  disagreements: string[];
  warnings: string[];
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim();
const isPresident = (label: SpeakerLabel) => /^the president$/i.test(label.name);
// One formatter for the batch: toLocaleDateString builds one per call.
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const longDate = (iso: string) => dayFormat.format(new Date(`${iso}T00:00:00Z`));

/** The row of a file: under its own name, or with the speech number in the other width (spch001 / spch0001). */
function findRow(file: string, corpus: CorpusName | undefined, meta: CorpusMetadata): CorpusSpeechRow | undefined {
  const name = basename(file);
  const row = meta.speeches.get(name);
  if (row || !corpus) return row;
  for (const width of [3, 4]) {
    const other = meta.speeches.get(`${corpus.basename}_spch${String(corpus.speech).padStart(width, '0')}.txt`);
    if (other) return other;
  }
  return undefined;
}

/** The presiding State: the country the metadata gives every President's row of the meeting. */
function presidingOf(rows: CorpusSpeechRow[] | undefined): { state?: string; all: string[] } {
  const all = [...new Set((rows ?? []).filter((r) => r.participantType === 'The President').map((r) => r.country))];
  return { state: all.length === 1 ? all[0] : undefined, all };
}

/** Everything the metadata gives for one record (nothing if it is not there), with the disagreements found. */
export function corpusFacts(file: string, corpus: CorpusName | undefined, label: SpeakerLabel, meta: CorpusMetadata | undefined, given: { date?: string } = {}): CorpusFacts {
  const none: CorpusFacts = { meeting: {}, used: 'not in the metadata', evidence: [], disagreements: [], warnings: [] };
  if (!meta) return { ...none, used: 'no metadata given (--meta)' };
  const row = findRow(file, corpus, meta);
  if (!row) return none;
  const disagreements: string[] = [];
  const warnings: string[] = [];
  const meetingRow = meta.meetings.get(row.basename);
  const speechesOf = meta.speechesByMeeting.get(row.basename);
  const used = [rowName(meta.files.speeches, row.line), meetingRow ? rowName(meta.files.meetings, meetingRow.line) : `${basename(meta.files.meetings)}: no row for ${row.basename}`].join('; ');
  if (!meetingRow) warnings.push(`meetings.tsv has no row for ${row.basename}: no topic, outcome or number of speeches`);
  const repeated = meta.repeatedMeetings.get(row.basename);
  if (repeated && meetingRow) warnings.push(`meetings.tsv lists ${row.basename} again (line ${repeated.join(', line ')}): its first row (line ${meetingRow.line}) is used`);

  // The file name against the row.
  if (basename(file) !== row.filename) warnings.push(`the metadata names this file ${row.filename}`);
  if (corpus && row.basename !== corpus.basename) disagreements.push(`the file name gives the meeting ${corpus.basename}, the metadata ${row.basename}`);
  if (corpus && row.speech !== corpus.speech) disagreements.push(`the file name gives speech ${corpus.speech}, the metadata ${row.speech}`);
  const date = meetingRow?.date ?? row.date;
  if (meetingRow && meetingRow.date !== row.date) disagreements.push(`speeches.tsv gives the date ${row.date}, meetings.tsv ${meetingRow.date}: the meeting's is used`);
  if (corpus && Number(date.slice(0, 4)) !== corpus.year) disagreements.push(`the file name gives the year ${corpus.year}, the metadata the date ${date}`);
  if (given.date && given.date !== date) disagreements.push(`--date gives ${given.date}, the metadata ${date}: the editor's date is kept`);

  // The label against the row: the record's words are kept either way.
  const president = row.participantType === 'The President';
  if (isPresident(label) !== president) {
    disagreements.push(
      president
        ? `the metadata codes the President (${row.speaker}, ${row.country}); the label prints "${label.printed}"`
        : `the label prints "${label.printed}"; the metadata codes ${row.speaker} (${row.country}, ${row.participantType})`,
    );
  } else if (!president && fold(label.name) !== fold(row.speaker)) {
    disagreements.push(`the label prints the name "${label.name}", the metadata "${row.speaker}"`);
  }
  if (label.country && fold(label.country) !== fold(row.country)) {
    disagreements.push(`the label prints the country or body "${label.country}", the metadata codes "${row.country}"`);
  }

  const { state: presiding, all } = presidingOf(speechesOf);
  if (all.length > 1) warnings.push(`the metadata gives the President's rows of ${row.basename} several States (${all.join(', ')}): no presiding State is filled`);
  const { outcomes, other } = outcomesOf(meetingRow?.outcome ?? null);
  const outcome: Outcome | undefined = outcomes[0];
  if (outcomes.length > 1) warnings.push(`meetings.tsv gives ${outcomes.length} outcomes (${outcomes.map((o) => o.symbol).join(', ')}): the first is filled`);
  if (other.length) warnings.push(`meetings.tsv's outcome also names ${other.join(', ')}, neither a resolution nor a presidential statement: not filled`);
  if (meetingRow && speechesOf && speechesOf.length !== meetingRow.numSpeeches) {
    warnings.push(`meetings.tsv counts ${meetingRow.numSpeeches} speeches for ${row.basename}, speeches.tsv has ${speechesOf.length} rows`);
  }
  const topic = meetingRow?.topic || row.topic || undefined;
  const post = row.roleInUn.trim() || undefined;

  const filled = [
    `the date ${longDate(date)}`,
    topic && `the topic “${topic}”`,
    outcome ? `the outcome ${outcome.symbol}` : meetingRow && 'no outcome (“None”)',
    presiding && `the presiding State ${presiding}`,
    meetingRow && `${meetingRow.numSpeeches} speeches in the meeting`,
    `the speaker coded as ${row.speaker} (${row.country}, ${row.participantType}${post ? `, ${post}` : ''})`,
  ].filter(Boolean);
  return {
    row,
    meetingRow,
    meeting: {
      date: given.date ?? date,
      ...(topic ? { topic } : {}),
      ...(outcome ? { outcome } : {}),
      ...(presiding ? { presiding } : {}),
      ...(meetingRow ? { speeches: meetingRow.numSpeeches } : {}),
    },
    corpusMetadata: {
      source: corpusSource,
      file: row.filename,
      row: rowName(meta.files.speeches, row.line),
      speaker: row.speaker,
      country: row.country,
      participantType: row.participantType,
      councilMember: row.participantType === 'Mentioned' || president,
      ...(post ? { post } : {}),
    },
    used,
    evidence: [
      `${corpusSource[0].toUpperCase()}${corpusSource.slice(1)} (${used}) gives ${filled.join(', ')}; no editor has checked it against the record yet.`,
    ],
    disagreements,
    warnings,
  };
}
