/**
 * A build reads the glossary once (src/lib/readers/glossary.ts
 * `readGlossaryOnce`): the glossary collection and the statements' loader get
 * the same reading while the files stand as they are, and a new reading when
 * one changes (as in `astro dev`).
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readGlossaryOnce } from '../../src/lib/readers/glossary.ts';

const repo = resolve(import.meta.dirname, '../..');

describe('the glossary, read once', () => {
  it('is the same reading until a file changes, then a new one with the change', () => {
    const root = mkdtempSync(join(tmpdir(), 'verbatim-glossary-'));
    try {
      const dir = join(root, 'content/glossary');
      cpSync(join(repo, 'content/glossary'), dir, { recursive: true });
      const first = readGlossaryOnce(dir, root);
      expect(first.entries.length).toBeGreaterThan(10);
      expect(readGlossaryOnce(dir, root)).toBe(first);

      const file = join(dir, 'unodc.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: .*$/m, 'name: United Nations Office on Drugs and Crime (changed)'));
      utimesSync(file, new Date(), new Date(Date.now() + 5000));
      const second = readGlossaryOnce(dir, root);
      expect(second).not.toBe(first);
      expect(second.digest).not.toBe(first.digest);
      expect(second.entries.find((e) => e.entity.id === 'unodc')?.entity.name).toBe('United Nations Office on Drugs and Crime (changed)');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
