/**
 * What a record's file name says. Research corpora of the Council's debates
 * distribute one speech a file, named `UNSC_<year>_SPV.<meeting>_spch<order>.txt`
 * (UNSC_2014_SPV.7316_spch017.txt: 2014, record S/PV.7316, 17th speech).
 * Any other name says nothing about the meeting.
 */
import { basename } from 'node:path';

export interface CorpusName {
  year: number;
  /** Record symbol, e.g. S/PV.7316. */
  record: string;
  /** Order of the speech in the meeting, from 1. */
  speech: number;
}

const corpusName = /^UNSC_(\d{4})_SPV\.(\d+)_spch(\d+)\.txt$/i;

/** The year, record and speech order a corpus-style file name gives, or nothing. */
export function parseCorpusName(path: string): CorpusName | undefined {
  const m = corpusName.exec(basename(path));
  if (!m) return undefined;
  const speech = Number(m[3]);
  if (speech < 1) return undefined;
  return { year: Number(m[1]), record: `S/PV.${Number(m[2])}`, speech };
}

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
  const m = /^S\/PV\.(\d+)$/i.exec(value.trim());
  return m ? `S/PV.${Number(m[1])}` : undefined;
}
