/**
 * What a record's file name says. The UN Security Council Debates corpus
 * distributes one speech a file, named `UNSC_<year>_SPV.<meeting>_spch<order>.txt`
 * (UNSC_2014_SPV.7316_spch017.txt: 2014, record S/PV.7316, 17th speech), the
 * order in three digits or, in later versions, four (`spch0017`). A resumed
 * meeting is a meeting of its own (`SPV.8699Resumption1`: record
 * S/PV.8699 (Resumption 1)); the 2020 meetings held by video conference have
 * no S/PV record, and the corpus names them by year and number
 * (`SPV.2020_1023`): no symbol is made up for them. Any other name says
 * nothing about the meeting.
 */
import { basename } from 'node:path';

export interface CorpusName {
  year: number;
  /** Record symbol, e.g. S/PV.7316 or S/PV.8699 (Resumption 1); absent for a video conference, which has none. */
  record?: string;
  /** The resumption's number, when the record is one. */
  resumption?: number;
  /** A meeting held by video conference (the corpus's `SPV.<year>_<n>`), which has no S/PV record. */
  videoConference: boolean;
  /** The corpus's name for the meeting, e.g. UNSC_2020_SPV.8699Resumption1 (its metadata's `basename`). */
  basename: string;
  /** Order of the speech in the meeting, from 1. */
  speech: number;
}

export type CorpusMeetingName = Omit<CorpusName, 'speech'>;

const meetingName = /^UNSC_(\d{4})_SPV\.(?:(\d+)(?:Resumption(\d+))?|(\d{4})_(\d+))$/i;

/** What the corpus's name of a meeting (its metadata's `basename`, e.g. UNSC_2020_SPV.8699Resumption1) says, or nothing. */
export function parseMeetingName(name: string): CorpusMeetingName | undefined {
  const m = meetingName.exec(name);
  if (!m) return undefined;
  const [, year, meeting, resumption, vcYear] = m;
  if (resumption !== undefined && Number(resumption) < 1) return undefined;
  // The video conference's own year must be the file's year; anything else is not a name the corpus makes.
  if (vcYear !== undefined && vcYear !== year) return undefined;
  const record = meeting === undefined ? undefined : `S/PV.${Number(meeting)}${resumption ? ` (Resumption ${Number(resumption)})` : ''}`;
  return {
    year: Number(year),
    ...(record ? { record } : {}),
    ...(resumption ? { resumption: Number(resumption) } : {}),
    videoConference: vcYear !== undefined,
    basename: name,
  };
}

/** The year, record and speech order a corpus-style file name gives, or nothing. */
export function parseCorpusName(path: string): CorpusName | undefined {
  const m = /^(.+)_spch(\d{3,4})\.txt$/i.exec(basename(path));
  const meeting = m && parseMeetingName(m[1]);
  if (!m || !meeting || Number(m[2]) < 1) return undefined;
  return { ...meeting, speech: Number(m[2]) };
}

/** The slug of a meeting's page and file: `s-pv-7316`, `s-pv-8699-resumption-1`; a video conference `vc-2020-1023`. */
export function meetingSlug(meeting: CorpusMeetingName): string {
  if (meeting.record) return meeting.record.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `vc-${meeting.basename.replace(/^.*_SPV\./i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/** The official address of a record symbol: `S/PV.8699 (Resumption 1)` is the document S/PV.8699(Resumption1). */
export const recordUrl = (record: string) => `https://undocs.org/${record.replace(/ \(Resumption (\d+)\)$/, '(Resumption$1)')}`;

/** A name that looks corpus-style but does not parse (a resumption, a typo), to warn about. */
export function looksLikeCorpusName(path: string): boolean {
  return /^UNSC_/i.test(basename(path));
}

export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The slug a file name gives: lower case, every run of other characters a hyphen. */
export function slugFromFileName(path: string): string {
  return basename(path)
    .replace(/\.txt$/i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A record symbol given on the command line, normalised (`S/PV.7316`), or nothing if it is not one. */
export function parseRecordSymbol(value: string): string | undefined {
  const m = /^S\/PV\.(\d+)(?:\s*\(\s*Resumption\s*(\d+)\s*\))?$/i.exec(value.trim());
  return m ? `S/PV.${Number(m[1])}${m[2] ? ` (Resumption ${Number(m[2])})` : ''}` : undefined;
}
