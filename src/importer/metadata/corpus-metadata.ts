/**
 * The corpus's own tables (The UN Security Council Debates, V5:
 * speeches.tsv, one row per speech; meetings.tsv, one row per meeting), read
 * once per batch as data. R's write.table wrote them: tab-separated, no
 * quoting, a header naming the columns. They are read as such a TSV file is
 * (`tsvRecords`: a quote mark is an ordinary character there), every line
 * must hold as many fields as the header, and a malformed line fails naming
 * file and line, so that no record is filled from a row read askew.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface CorpusSpeechRow {
  speech: number;
  country: string;
  speaker: string;
  participantType: 'The President' | 'Mentioned' | 'Guest' | string;
  roleInUn: string;
  spv: string;
  basename: string;
  topic: string;
  /** ISO YYYY-MM-DD. */
  date: string;
  filename: string;
  types: number;
  tokens: number;
  sentences: number;
  decision: string;
  /** Line of speeches.tsv the row was read from (1 is the header). */
  line: number;
}

export interface CorpusMeetingRow {
  basename: string;
  /** ISO YYYY-MM-DD. */
  date: string;
  numSpeeches: number;
  topic: string;
  pressRelease: string | null;
  /** The outcome's address(es) as given, or null for `None`. */
  outcome: string | null;
  /** Line of meetings.tsv the row was read from. */
  line: number;
}

export interface CorpusMetadata {
  speeches: Map<string, CorpusSpeechRow>;
  meetings: Map<string, CorpusMeetingRow>;
  speechesByMeeting: Map<string, CorpusSpeechRow[]>;
  /** Meetings that meetings.tsv lists more than once (a meeting with two agenda items): the lines of the rows not used. */
  repeatedMeetings: Map<string, number[]>;
  /** The files read. */
  files: { speeches: string; meetings: string };
}

export class MetadataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MetadataError';
  }
}

const speechColumns = ['speech', 'country', 'speaker', 'participanttype', 'role_in_un', 'spv', 'basename', 'topic', 'date', 'filename', 'types', 'tokens', 'sentences', 'decision'];
const meetingColumns = ['basename', 'date', 'num_speeches', 'topic', 'pressrelease', 'outcome'];

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "19 November 2014" → "2014-11-19", or nothing if it is not a calendar day written so. */
export function isoDate(text: string): string | undefined {
  const m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const month = months.indexOf(m[2].toLowerCase()) + 1;
  const [y, d] = [Number(m[3]), Number(m[1])];
  const date = new Date(Date.UTC(y, month - 1, d));
  if (month === 0 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

type Table = { header: string[]; rows: { fields: string[]; line: number }[] };

/**
 * The records of a TSV file with no quoting, as csv-parse reads it with
 * `{ delimiter: '\t', quote: false, relax_column_count: true, bom: true,
 * skip_empty_lines: false }` (which it did until it was 7–10% of a batch's
 * time: 1 s for the corpus's 29 MB speeches.tsv): a byte-order mark at the
 * start dropped; lines ended by the first line end the file uses (CRLF, LF or
 * CR, then only that one); an empty line is a record of one empty field; no
 * record after the last line end; fields split at every tab.
 */
export function tsvRecords(text: string): string[][] {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (t === '') return [];
  const cr = t.indexOf('\r');
  const lf = t.indexOf('\n');
  const first = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
  const lines = first === -1 ? [t] : t.split(t[first] === '\n' ? '\n' : t[first + 1] === '\n' ? '\r\n' : '\r');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

/** Parses a TSV file, checking every line's field count against the header. */
function readTable(file: string, required: string[]): Table {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new MetadataError(`${file}: cannot read: ${(e as Error).message}`);
  }
  // With no quoting, one record is one line: record i is line i + 1.
  const records = tsvRecords(text);
  if (records.length === 0) throw new MetadataError(`${file}: empty`);
  const header = records[0];
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length) throw new MetadataError(`${file}:1: the header lacks the column(s) ${missing.join(', ')}`);
  const rows: Table['rows'] = [];
  for (let i = 1; i < records.length; i++) {
    const record = records[i];
    // A final newline leaves no record; a blank line inside the table is malformed.
    if (record.length !== header.length) {
      throw new MetadataError(`${file}:${i + 1}: ${record.length} field(s) where the header has ${header.length}: a malformed line (nothing was imported)`);
    }
    rows.push({ fields: record, line: i + 1 });
  }
  return { header, rows };
}

/** Which table a file is, by its header's first columns. */
function kindOf(file: string): 'speeches' | 'meetings' | undefined {
  const head = readFileSync(file, 'utf8').slice(0, 200).replace(/^\uFEFF/, '');
  if (head.startsWith('speech\t')) return 'speeches';
  if (head.startsWith('basename\t')) return 'meetings';
  return undefined;
}

/** speeches.tsv and meetings.tsv, from a folder holding both or from the two files. */
function locate(pathOrFolder: string | string[]): { speeches: string; meetings: string } {
  const found: Partial<Record<'speeches' | 'meetings', string>> = {};
  for (const p of Array.isArray(pathOrFolder) ? pathOrFolder : [pathOrFolder]) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new MetadataError(`${p}: no such file or folder`);
    }
    if (isDir) {
      for (const name of ['speeches', 'meetings'] as const) {
        const f = join(p, `${name}.tsv`);
        try {
          statSync(f);
          found[name] = f;
        } catch {
          // Reported below if no other argument gives it.
        }
      }
      continue;
    }
    const kind = kindOf(p);
    if (!kind) throw new MetadataError(`${p}:1: neither speeches.tsv (header "speech\tcountry …") nor meetings.tsv (header "basename\tdate …")`);
    found[kind] = p;
  }
  for (const name of ['speeches', 'meetings'] as const) {
    if (!found[name]) throw new MetadataError(`the corpus's metadata needs ${name}.tsv: none found in ${[pathOrFolder].flat().join(', ')}`);
  }
  return found as { speeches: string; meetings: string };
}

const integer = (file: string, line: number, column: string, value: string): number => {
  if (!/^\d+$/.test(value.trim())) throw new MetadataError(`${file}:${line}: ${column} "${value}" is not a whole number`);
  return Number(value);
};
// 82,165 rows share some 5,700 dates: each is read once.
const days = new Map<string, string | undefined>();
const day = (file: string, line: number, value: string): string => {
  if (!days.has(value)) days.set(value, isoDate(value));
  const d = days.get(value);
  if (!d) throw new MetadataError(`${file}:${line}: date "${value}" is not a day such as "19 November 2014"`);
  return d;
};
const orNull = (v: string) => (v.trim() === '' || v.trim() === 'None' ? null : v.trim());

/** Reads both tables; throws a MetadataError naming file and line at the first problem. */
export function readCorpusMetadata(pathOrFolder: string | string[]): CorpusMetadata {
  const files = locate(pathOrFolder);
  const s = readTable(files.speeches, speechColumns);
  const col = (header: string[]) => Object.fromEntries(header.map((h, i) => [h, i])) as Record<string, number>;
  const sc = col(s.header);
  const speeches = new Map<string, CorpusSpeechRow>();
  const speechesByMeeting = new Map<string, CorpusSpeechRow[]>();
  for (const { fields: f, line } of s.rows) {
    const row: CorpusSpeechRow = {
      speech: integer(files.speeches, line, 'speech', f[sc.speech]),
      country: f[sc.country],
      speaker: f[sc.speaker],
      participantType: f[sc.participanttype],
      roleInUn: f[sc.role_in_un],
      spv: f[sc.spv],
      basename: f[sc.basename],
      topic: f[sc.topic],
      date: day(files.speeches, line, f[sc.date]),
      filename: f[sc.filename],
      types: integer(files.speeches, line, 'types', f[sc.types]),
      tokens: integer(files.speeches, line, 'tokens', f[sc.tokens]),
      sentences: integer(files.speeches, line, 'sentences', f[sc.sentences]),
      decision: f[sc.decision],
      line,
    };
    const before = speeches.get(row.filename);
    if (before) throw new MetadataError(`${files.speeches}:${line}: ${row.filename} already has a row (line ${before.line})`);
    speeches.set(row.filename, row);
    const list = speechesByMeeting.get(row.basename) ?? [];
    list.push(row);
    speechesByMeeting.set(row.basename, list);
  }
  for (const list of speechesByMeeting.values()) list.sort((a, b) => a.speech - b.speech);

  const m = readTable(files.meetings, meetingColumns);
  const mc = col(m.header);
  const meetings = new Map<string, CorpusMeetingRow>();
  const repeatedMeetings = new Map<string, number[]>();
  for (const { fields: f, line } of m.rows) {
    const row: CorpusMeetingRow = {
      basename: f[mc.basename],
      date: day(files.meetings, line, f[mc.date]),
      numSpeeches: integer(files.meetings, line, 'num_speeches', f[mc.num_speeches]),
      topic: f[mc.topic],
      pressRelease: orNull(f[mc.pressrelease]),
      outcome: orNull(f[mc.outcome]),
      line,
    };
    if (meetings.has(row.basename)) {
      repeatedMeetings.set(row.basename, [...(repeatedMeetings.get(row.basename) ?? []), line]);
      continue;
    }
    meetings.set(row.basename, row);
  }
  return { speeches, meetings, speechesByMeeting, repeatedMeetings, files };
}

/** How the report names a row: `speeches.tsv line 4012`. */
export const rowName = (file: string, line: number) => `${basename(file)} line ${line}`;
