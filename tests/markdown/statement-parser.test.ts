/**
 * One statement parser (src/markdown/statement-parser.ts): the site's
 * compiler, the importer and the tests all parse statements with it, and no
 * other file builds a parser of its own; it reads MDX but not GFM (a bare
 * address in a record is a word, not a link). And the compile cache's digest
 * covers the compiler in src/lib's folders, so a change there recompiles.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseStatementBody } from '../../src/markdown/statement-parser.ts';
import { compilerDigest } from '../../src/markdown/statement-loader.ts';

const root = resolve(import.meta.dirname, '../..');

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesIn(join(dir, d.name)) : /\.(ts|astro|mjs)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

describe('the statement parser', () => {
  it('is the only place that puts remark-parse and remark-mdx together', () => {
    const builders = [...filesIn(join(root, 'src')), ...filesIn(join(root, 'tests'))]
      .filter((f) => /^import [^\n]* from 'remark-mdx';$/m.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(builders).toEqual(['src/markdown/statement-parser.ts']);
  });

  it('reads <Term> as MDX, and a bare address or a tilde as words (no GFM)', () => {
    const tree = parseStatementBody('See <Term id="un">the UN</Term> at www.un.org and ~here~.\n');
    const p = tree.children[0];
    expect(p.type).toBe('paragraph');
    const types = p.type === 'paragraph' ? p.children.map((c) => c.type) : [];
    expect(types).toEqual(['text', 'mdxJsxTextElement', 'text']);
  });
});

describe('the compile cache digest', () => {
  it('changes when a module in a sub-folder of src/lib changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-digest-'));
    try {
      mkdirSync(join(dir, 'src/markdown'), { recursive: true });
      mkdirSync(join(dir, 'src/lib/model'), { recursive: true });
      writeFileSync(join(dir, 'src/markdown/a.ts'), 'export const a = 1;\n');
      writeFileSync(join(dir, 'src/lib/model/b.ts'), 'export const b = 1;\n');
      const before = compilerDigest(dir);
      expect(compilerDigest(dir)).toBe(before);
      writeFileSync(join(dir, 'src/lib/model/b.ts'), 'export const b = 2;\n');
      expect(compilerDigest(dir)).not.toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
