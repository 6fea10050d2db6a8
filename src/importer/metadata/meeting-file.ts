/**
 * The meeting files: content/meetings/<meeting-slug>.yaml, one per meeting
 * an imported statement belongs to, written from the corpus's metadata when
 * --meta is given (format in coord/contracts.md; the site reads and checks
 * them with `meetingFileSchema`). They hold what the corpus says of the
 * meeting — its date, topic, outcome, press release and the roster of all its
 * speeches, imported or not — with the corpus as their source.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { CorpusMeetingRow, CorpusMetadata, CorpusSpeechRow } from './corpus-metadata.ts';
import { meetingSlug, parseMeetingName } from '../read/file-name.ts';
import { outcomesOf, pressReleaseUrl } from './outcome.ts';

export const corpusRelease = { corpus: 'The UN Security Council Debates', version: 'V5', doi: '10.7910/DVN/KGVSYH' };

/** The YAML text of a meeting's file. */
export function meetingFile(meeting: CorpusMeetingRow, speeches: CorpusSpeechRow[]): string {
  const name = parseMeetingName(meeting.basename);
  const outcome = outcomesOf(meeting.outcome).outcomes[0] ?? null;
  const data = {
    record: name?.record ?? null,
    corpusBasename: meeting.basename,
    videoConference: name?.videoConference ?? false,
    resumption: name?.resumption ?? null,
    date: meeting.date,
    topic: meeting.topic,
    outcome,
    pressRelease: pressReleaseUrl(meeting.pressRelease) ?? null,
    speechCount: meeting.numSpeeches,
    source: corpusRelease,
    roster: [...speeches]
      .sort((a, b) => a.speech - b.speech)
      .map((s) => ({ order: s.speech, speaker: s.speaker, country: s.country, participantType: s.participantType, post: s.roleInUn, file: s.filename })),
  };
  return `# The corpus's metadata for this meeting (${corpusRelease.corpus}, ${corpusRelease.version}, doi:${corpusRelease.doi}), written by npm run add --meta.\n${stringify(data, { lineWidth: 0 })}`;
}

export interface MeetingFileResult {
  basename: string;
  /** content/meetings/<slug>.yaml, relative to the root. */
  path: string;
  what: 'written' | 'kept' | 'replaced' | 'would write' | 'not in meetings.tsv' | 'not a corpus meeting name';
}

/** Writes (atomically: a temporary file, then a rename) the file of each meeting named, unless it already says the same. */
export function writeMeetingFiles(root: string, basenames: string[], meta: CorpusMetadata, dryRun = false): MeetingFileResult[] {
  const dir = join(root, 'content/meetings');
  return [...new Set(basenames)].sort().map((basename): MeetingFileResult => {
    const name = parseMeetingName(basename);
    if (!name) return { basename, path: '', what: 'not a corpus meeting name' };
    const path = `content/meetings/${meetingSlug(name)}.yaml`;
    const row = meta.meetings.get(basename);
    if (!row) return { basename, path, what: 'not in meetings.tsv' };
    const text = meetingFile(row, meta.speechesByMeeting.get(basename) ?? []);
    const full = join(root, path);
    const before = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    if (before === text) return { basename, path, what: 'kept' };
    if (dryRun) return { basename, path, what: 'would write' };
    mkdirSync(dir, { recursive: true });
    const temp = `${full}.${process.pid}.tmp`;
    writeFileSync(temp, text);
    renameSync(temp, full);
    return { basename, path, what: before === undefined ? 'written' : 'replaced' };
  });
}
