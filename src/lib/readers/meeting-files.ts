/**
 * The meeting files (content/meetings/<slug>.yaml), schema-checked by the
 * collection, each found under the address the site makes for its meeting:
 * a file whose name is not that address, or two files for one meeting, stop
 * the build naming them.
 */
import { getCollection } from 'astro:content';
import { basename } from 'node:path';
import { slugify } from '../model/browse/browse.ts';
import { meetingFileSchema, type MeetingFile } from '../model/schemas/meeting.ts';

/** The address of a meeting file's meeting: s-pv-7316, s-pv-8699-resumption-1, vc-2020-1023. */
export function meetingKey(m: Pick<MeetingFile, 'record' | 'resumption' | 'corpusBasename'>): string {
  if (m.record === null) return `vc-${slugify(m.corpusBasename.replace(/^UNSC_\d{4}_SPV\./, ''))}`;
  return slugify(m.resumption && !/Resumption/.test(m.record) ? `${m.record} (Resumption ${m.resumption})` : m.record);
}

let files: Promise<Map<string, { file: MeetingFile; where: string }>> | undefined;

export function getMeetingFiles(): Promise<Map<string, { file: MeetingFile; where: string }>> {
  files ??= getCollection('meetings').then((entries) => {
    const byKey = new Map<string, { file: MeetingFile; where: string }>();
    for (const e of entries) {
      const where = e.filePath ?? `content/meetings/${e.id}.yaml`;
      // The collection's schema is the importer's; the pages need its rows whole and in order too.
      const checked = meetingFileSchema.safeParse(e.data);
      if (!checked.success) throw new Error(checked.error.issues.map((i) => `${where}: ${i.path.join('.')}: ${i.message}`).join('\n'));
      const file = checked.data;
      const key = meetingKey(file);
      if (basename(where) !== `${key}.yaml`) throw new Error(`${where}:1: the file of meeting ${file.record ?? file.corpusBasename} must be named ${key}.yaml`);
      const other = byKey.get(key);
      if (other) throw new Error(`${where}:1 and ${other.where}:1: two files for meeting ${key}`);
      byKey.set(key, { file, where });
    }
    return byKey;
  });
  return files;
}
