/**
 * The statement's front matter, filled only from what the record and its file
 * name say, what the corpus's metadata gives (see corpus-facts.ts) and what
 * the editor gives on the command line. What none says stays unknown: no
 * date, status `unknown`, no meeting sources.
 */
import { basename } from 'node:path';
import { stringify } from 'yaml';
import { statementSchema, type StatementMeta } from '../../lib/model/schemas/statement.ts';
import type { RecordEncoding } from '../../lib/model/record/encoding.ts';
import { longDate, type CorpusFacts } from '../metadata/corpus-facts.ts';
import { recordUrl, type CorpusName } from '../read/file-name.ts';
import type { SpeakerLabel } from '../read/label.ts';

export type Status = 'confirmed' | 'probable' | 'unknown';

export interface MeetingFacts {
  /** From a corpus-style file name. */
  corpus?: CorpusName;
  /** Given on the command line. */
  record?: string;
  date?: string;
  status?: Status;
  /** What the corpus's metadata gives, when --meta found the record. */
  facts?: CorpusFacts;
}

const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

/** What the front matter says of the meeting, or an error when the file name and the command line disagree or the year is unknown. */
export function meetingOf(file: string, facts: MeetingFacts): { meeting: StatementMeta['meeting']; year: number; provenance?: string } | { error: string } {
  const { corpus } = facts;
  if (corpus && facts.record && facts.record !== corpus.record) {
    return { error: `the file name gives the record ${corpus.record}, --meeting gives ${facts.record}` };
  }
  const dateYear = facts.date ? Number(facts.date.slice(0, 4)) : undefined;
  if (corpus && dateYear !== undefined && dateYear !== corpus.year) {
    return { error: `the file name gives the year ${corpus.year}, --date gives ${facts.date}` };
  }
  const filledDate = facts.facts?.meeting.date;
  const year = dateYear ?? (filledDate ? Number(filledDate.slice(0, 4)) : corpus?.year);
  if (year === undefined) {
    return { error: 'the year is unknown: neither the file name (UNSC_<year>_SPV.<n>_spch<k>.txt) nor --date gives it; add --date YYYY (or YYYY-MM-DD)' };
  }
  const record = facts.record ?? corpus?.record;
  // A video conference has no record symbol, but the corpus identifies it all the same.
  const status: Status = facts.status ?? (record || corpus ? 'probable' : 'unknown');
  if (status === 'confirmed' && !record) return { error: '--status confirmed needs the record symbol (--meeting S/PV.N), whose official address is the source' };

  const evidence: string[] = [];
  if (corpus) {
    evidence.push(
      `The corpus's identification: the file name ${basename(file)} gives the year ${corpus.year}, ${corpus.record ? `the record ${corpus.record}` : `the meeting ${corpus.basename}, held by video conference (it has no S/PV record)`} and the ${ordinal(corpus.speech)} speech of the meeting; no editor has checked it against the record yet.`,
    );
  }
  evidence.push(...(facts.facts?.evidence ?? []));
  if (facts.record && !corpus) evidence.push(`The record symbol ${facts.record} was given by the editor who imported the text.`);
  if (facts.date) evidence.push(`The date ${facts.date} was given by the editor who imported the text.`);

  const filled = facts.facts?.meeting ?? {};
  const date = facts.date ?? filled.date;
  const meeting: StatementMeta['meeting'] = {
    description: record
      ? `Meeting of the Security Council recorded in ${record}`
      : corpus?.videoConference
        ? `A meeting of the Security Council held by video conference (${corpus.basename} in the corpus; no S/PV record)`
        : 'A meeting of the Security Council not yet identified',
    ...(record ? { record } : {}),
    ...(date ? { date } : {}),
    ...(corpus ? { speech: corpus.speech } : {}),
    status,
    evidence,
    sources: record
      ? [{ id: 'record', title: `Verbatim record ${record}`, publisher: 'United Nations', url: recordUrl(record), status: 'canonical' as const }]
      : [],
    ...(corpus ? { corpusMeeting: corpus.basename } : {}),
    ...(corpus?.videoConference ? { videoConference: true } : {}),
    ...(filled.topic ? { topic: filled.topic } : {}),
    ...(filled.outcome ? { outcome: filled.outcome } : {}),
    ...(filled.presiding ? { presiding: filled.presiding } : {}),
    ...(filled.speeches ? { speeches: filled.speeches } : {}),
  };
  const fromMeta = facts.facts?.corpusMetadata
    ? ` The date, topic, outcome, presiding State and the speaker's coding come from ${facts.facts.corpusMetadata.source}.`
    : '';
  const provenance = corpus
    ? `Imported from ${basename(file)}, a file named as in the UN Security Council Debates corpus (one speech a file: year, meeting record, order of the speech).${fromMeta}`
    : undefined;
  return { meeting, year, provenance };
}

/** The title, description and the rest of the front matter, validated by the statement schema. */
export function frontMatter(opts: {
  slug: string;
  file: string;
  speaker: SpeakerLabel;
  meeting: StatementMeta['meeting'];
  year: number;
  provenance?: string;
  encoding?: RecordEncoding;
  corpusMetadata?: StatementMeta['corpusMetadata'];
}): StatementMeta {
  const { speaker, meeting, year } = opts;
  const who = speaker.label.replace(/^The /, 'the ');
  const where = meeting.record ? `, ${meeting.record}` : meeting.videoConference ? ', by video conference' : '';
  const when = meeting.date && meeting.date.length === 10 ? longDate(meeting.date) : String(year);
  const description = `Statement by ${who} to the United Nations Security Council${meeting.record ? ` (${meeting.record}, ${when})` : ` (${when})`}: the text of its verbatim record.`;
  const data = {
    title: `Statement by ${who} to the Security Council${where}`,
    description: description.length > 300 ? `${description.slice(0, 297)}…` : description,
    // The label as the record prints it (the bold words of ¶1), marker included.
    speaker: { label: speaker.printed, name: speaker.name },
    ...(speaker.country ? { country: speaker.country } : {}),
    body: 'United Nations Security Council',
    ...(opts.provenance ? { provenance: opts.provenance } : {}),
    meeting,
    year,
    language: 'en',
    ...(speaker.marker
      ? { languageNote: `The record notes “${speaker.stray ? `${speaker.marker.startsWith('spoke') ? 'spoke in' : 'interpretation from'} ${speaker.spokeIn}` : speaker.marker}”: the English text is the record’s rendering of a speech delivered in ${speaker.spokeIn}.` }
      : {}),
    record: `../sources/${opts.slug}.txt`,
    // UTF-8 without a byte-order mark is what the build assumes; anything else is said.
    ...(opts.encoding && opts.encoding !== 'utf-8' ? { recordEncoding: opts.encoding } : {}),
    ...(opts.corpusMetadata ? { corpusMetadata: opts.corpusMetadata } : {}),
  };
  const parsed = statementSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`the front matter would not validate: ${issue.path.join('.')}: ${issue.message}`);
  }
  return data as StatementMeta;
}

/** The MDX file: front matter, then the body. */
export function statementFile(meta: StatementMeta, body: string): string {
  return `---\n${stringify(meta, { lineWidth: 0 })}---\n\n${body}`;
}
