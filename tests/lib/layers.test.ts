/**
 * The layers of src/lib hold: the model (src/lib/model/) is pure — it imports
 * only the model and zod, so nothing in it reads a file or Astro's data; the
 * output formats and the routes read nothing either (they are builders over
 * data the readers made); and no module of src/ imports itself in a circle.
 * Read from the source text, so a new import that breaks a layer fails here
 * with the file and the import.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesIn(join(dir, d.name)) : /\.(ts|astro|mjs)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** Every module a file imports, as written (`./x.ts`, `node:fs`, `astro:content`). */
export function importsOf(text: string): string[] {
  const specs = [...text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*\(?\s*['"]([^'"]+)['"]/gm)];
  return specs.map((m) => m[1] ?? m[2]);
}

const rel = (f: string) => relative(root, f);
const localTarget = (file: string, spec: string) => (spec.startsWith('.') ? resolve(dirname(file), spec) : undefined);

describe('importsOf', () => {
  it('finds static, type, re-export, side-effect and dynamic imports', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from '../b.ts';",
      "export { c } from './c.ts';",
      "import './d.css';",
      "const e = await import('./e.ts');",
      "import {\n  f,\n  g,\n} from 'node:fs';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a.ts', '../b.ts', './c.ts', './d.css', './e.ts', 'node:fs']);
  });
});

describe('the layers of src/lib', () => {
  it('the model imports only the model and zod (no file, no Astro data)', () => {
    const model = join(src, 'lib/model');
    const bad = filesIn(model).flatMap((f) =>
      importsOf(readFileSync(f, 'utf8'))
        .filter((spec) => {
          const target = localTarget(f, spec);
          return target ? !target.startsWith(`${model}/`) : spec !== 'astro/zod';
        })
        .map((spec) => `${rel(f)} imports ${spec}`),
    );
    expect(filesIn(model).length).toBeGreaterThan(10);
    expect(bad).toEqual([]);
  });

  it('the formats and the routes read nothing: no node: module, no Astro collection, no reader', () => {
    const readers = join(src, 'lib/readers');
    const files = [...filesIn(join(src, 'lib/formats')), ...filesIn(join(src, 'lib/routing'))];
    const bad = files.flatMap((f) =>
      importsOf(readFileSync(f, 'utf8'))
        .filter((spec) => spec.startsWith('node:') || spec.startsWith('astro:') || !!localTarget(f, spec)?.startsWith(`${readers}/`))
        .map((spec) => `${rel(f)} imports ${spec}`),
    );
    expect(files.length).toBeGreaterThan(10);
    expect(bad).toEqual([]);
  });
});

describe('imports in src/', () => {
  it('never run in a circle', () => {
    const files = filesIn(src).filter((f) => f.endsWith('.ts'));
    const edges = new Map(
      files.map((f) => [
        f,
        importsOf(readFileSync(f, 'utf8'))
          .map((spec) => localTarget(f, spec))
          .filter((t): t is string => !!t && t.endsWith('.ts')),
      ]),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const walk = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].map(rel).join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const t of edges.get(f) ?? []) walk(t, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of files) walk(f, []);
    expect(files.length).toBeGreaterThan(50);
    expect(cycles).toEqual([]);
  });
});
