/** The meeting files in content/meetings/ (written by npm run add --meta from the corpus's metadata): each passes the schema and is named for its meeting. */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { meetingCollectionSchema } from '../../src/lib/model/schemas/meeting.ts';
import { meetingSlug, parseMeetingName } from '../../src/importer/read/file-name.ts';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../content/meetings', import.meta.url));
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];

describe('content/meetings', () => {
  it('holds the meeting of the featured statement', () => {
    expect(files).toContain('s-pv-7316.yaml');
  });

  it.each(files)('%s passes the schema, is named for its meeting and lists its speeches in order', (f) => {
    const data = meetingCollectionSchema.parse(parseYaml(readFileSync(join(dir, f), 'utf8')));
    const name = parseMeetingName(data.corpusBasename);
    expect(name, data.corpusBasename).toBeDefined();
    expect(`${meetingSlug(name!)}.yaml`).toBe(f);
    expect(data.record).toBe(name!.record ?? null);
    expect(data.roster.map((r) => r.order)).toEqual(data.roster.map((_, i) => i + 1));
    for (const r of data.roster) expect(r.file.startsWith(`${data.corpusBasename}_spch`), r.file).toBe(true);
  });
});
