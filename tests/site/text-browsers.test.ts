/**
 * The statement page read in text browsers (lynx, w3m): what the eye separates
 * with margins and layout must be separated by white space in the HTML too, or
 * a text browser, a screen reader's text view or a copy-paste runs the words
 * together ("S/PV.7316probable").
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { root } from '../support/statements.ts';

const page = join(root, 'dist/statements/kazakhstan-2014-terrorism/index.html');

function dump(command: string, args: string[]): string {
  let out: string;
  try {
    out = execFileSync(command, [...args, page], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${command} is not installed: the text-browser tests need lynx and w3m. Install them with \`apt-get install lynx w3m\` (as root, npm test does this itself).`);
    }
    throw e;
  }
  // Lines wrapped and indented by the browser read as one space.
  return out.replace(/\s+/g, ' ');
}

const browsers: [string, string[]][] = [
  ['lynx', ['-dump', '-nolist', '-width=200', '-assume_charset=UTF-8', '-display_charset=UTF-8']],
  ['w3m', ['-dump', '-cols', '200', '-I', 'UTF-8', '-O', 'UTF-8', '-T', 'text/html']],
];

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  value?: string;
}
const cls = (n: Node) => n.attrs?.find((a) => a.name === 'class')?.value.split(' ') ?? [];
const all = (n: Node, test: (n: Node) => boolean, out: Node[] = []): Node[] => {
  if (test(n)) out.push(n);
  for (const c of n.childNodes ?? []) all(c, test, out);
  return out;
};
const text = (n: Node): string => (n.nodeName === '#text' ? n.value! : (n.childNodes ?? []).map(text).join(''));
const byClass = (n: Node, c: string) => all(n, (x) => cls(x).includes(c));

/** Each sidebar entry as it should read: name, acronym, definition, "Named in paragraphs ¶2 ¶3". */
const sidebar = (() => {
  const doc = parse(readFileSync(page, 'utf8')) as unknown as Node;
  return byClass(doc, 'gl-entry').map((entry) => {
    const acr = byClass(entry, 'gl-acr')[0];
    const where = byClass(entry, 'gl-where')[0];
    const paragraphs = all(where, (x) => x.nodeName === 'a').map(text);
    return [text(byClass(entry, 'gl-name')[0]), ...(acr ? [text(acr)] : []), text(byClass(entry, 'gl-def')[0]), 'Named in paragraphs', ...paragraphs].join(' ');
  });
})();

describe.each(browsers)('the statement page in %s', (command, args) => {
  const out = dump(command, args);

  it('separates the skip link from the site name', () => {
    expect(out).toMatch(/Skip to the text Verbatim/);
  });

  it('separates the record and the date from their "probable" badges', () => {
    expect(out).toContain('S/PV.7316 probable');
    expect(out).toMatch(/19 November 2014 probable/i);
  });

  it('separates "documents:" from the first source', () => {
    expect(out).toMatch(/official documents: \S/);
  });

  it('reads each glossary entry beside the text as name, acronym, definition and paragraphs', () => {
    expect(sidebar.length).toBeGreaterThan(30);
    const missing = sidebar.filter((line) => !out.includes(line));
    expect(missing).toEqual([]);
  });
});
