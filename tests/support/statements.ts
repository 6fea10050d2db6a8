/** Compiles every statement of content/ as the build does (src/markdown/compile-statement.ts), without Astro. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { compileStatement, statementProcessor } from '../../src/markdown/compile-statement.ts';
import { loadGlossary } from '../../src/lib/readers/glossary.ts';
import type { CompiledStatement } from '../../src/lib/model/statement/statement.ts';
import { paragraphsByEntity } from '../../src/lib/model/glossary/mentions.ts';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export function glossary() {
  return loadGlossary(join(root, 'content/glossary'), root);
}

export interface ProcessedStatement extends CompiledStatement {
  /** Ids of the entities it names (directly or inside a longer name). */
  named: string[];
}

export async function processedStatements(dir = join(root, 'content/statements')): Promise<ProcessedStatement[]> {
  const { entries, index } = glossary();
  const processor = statementProcessor({ entities: entries.map((e) => e.entity), index, base: '/' });
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const s = compileStatement({ path, file: `content/statements/${name}`, text: readFileSync(path, 'utf8') }, processor);
      return { ...s, named: [...paragraphsByEntity(s.mentions).keys()] };
    });
}
