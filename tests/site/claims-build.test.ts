/**
 * A bad claims ledger stops the real build (`npm run build` in a copy of the
 * project) with file:line messages: an unknown verdict, a claim without a
 * source, and words its paragraph does not have.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempSite, type TempSite } from '../support/temp-site.ts';
import { root } from '../support/statements.ts';

let site: TempSite | undefined;
afterAll(() => site?.remove());

describe('the build', () => {
  it('fails on a bad claims file, naming file and line', () => {
    site = tempSite();
    const file = 'content/claims/kazakhstan-2014-terrorism.yaml';
    const good = readFileSync(join(root, file), 'utf8');
    const lineOf = (needle: string) => good.slice(0, good.indexOf(needle)).split('\n').length;
    site.write(
      file,
      good
        .replace('    verdict: confirmed\n    why: The committee', '    verdict: maybe\n    why: The committee')
        .replace('    sources: [dpa-central-asia]', '    sources: []'),
    );
    let output = '';
    try {
      site.build();
    } catch (e) {
      output = String((e as { stderr?: Buffer }).stderr ?? e) + String((e as { stdout?: Buffer }).stdout ?? '');
    }
    expect(output).toContain(`${file}:${lineOf('    verdict: confirmed\n    why: The committee')}: claims.1.verdict: unknown verdict "maybe"`);
    expect(output).toContain(`${file}:${lineOf('    sources: [dpa-central-asia]')}: claims.12.sources: a claim needs at least one source`);

    site.write(file, good.replace('    quote: which adopted the Astana declaration', '    quote: which adopted the Almaty declaration'));
    output = '';
    try {
      site.build();
    } catch (e) {
      output = String((e as { stderr?: Buffer }).stderr ?? e);
    }
    expect(output).toContain(
      `${file}:${lineOf('    quote: which adopted the Astana declaration')}: claim "astana-declaration-adopted" quotes "which adopted the Almaty declaration", which paragraph 7 does not contain`,
    );
  }, 600_000);
});
