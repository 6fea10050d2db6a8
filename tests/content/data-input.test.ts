/**
 * Bad glossary and notes input is refused with one clear `content/…:LINE: message`
 * each: stray files, file names that are not slugs, YAML traps, addresses that
 * are not official addresses, invisible characters in names, and cross-file
 * mistakes (two notes files for one statement, an unknown speaker).
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { DataError } from '../../src/lib/readers/yaml.ts';
import { loadGlossary } from '../../src/lib/readers/glossary.ts';
import { loadNotes } from '../../src/lib/readers/notes.ts';
import { checkEdition, type EditionToCheck } from '../../src/lib/model/validate.ts';
import { excessiveAlias, MAX_ALIAS_COUNT } from '../../src/lib/readers/yaml-aliases.ts';

/** Writes files under a fresh project root (`content/glossary/a.yaml` …) and returns the root. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'verbatim-data-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    if (!path.endsWith('/')) writeFileSync(join(root, path), text);
  }
  return root;
}

function problems(load: () => unknown): string[] {
  try {
    load();
    return [];
  } catch (e) {
    if (e instanceof DataError) return e.problems;
    throw e;
  }
}

const glossaryProblems = (files: Record<string, string>) => {
  const root = project(files);
  return problems(() => loadGlossary(join(root, 'content/glossary'), root));
};
const notesProblems = (files: Record<string, string>) => {
  const root = project(files);
  return problems(() => loadNotes(join(root, 'content/notes'), root));
};

/** A valid entry; line 10 is the source's url, line 12 the first line of `extra`. */
const entry = (id: string, extra = '', url = 'https://www.un.org/') => `id: ${id}
name: Entity ${id}
type: organisation
definition: A test entity used by the data tests.
annotation: An annotation of twenty characters or more.
sources:
  - id: un
    title: A page
    publisher: United Nations
    url: ${url}
    status: seen
${extra}`;

/** A valid notes file; line 4 is the quote, line 12 the source's url. */
const notesFile = (statement: string, url = 'https://www.un.org/') => `statement: ${statement}
notes:
  - id: a-note
    paragraph: 1
    quote: some words
    title: A title
    text: A note that is long enough to pass.
    sources:
      - id: un
        title: A page
        publisher: United Nations
        url: ${url}
        status: seen
`;

describe('the glossary folder holds <slug>.yaml files only', () => {
  it('a .yml file is refused, naming it, not skipped', () => {
    expect(glossaryProblems({ 'content/glossary/a.yaml': entry('a'), 'content/glossary/b.yml': entry('b') })).toEqual([
      'content/glossary/b.yml:1: not a .yaml file (rename it b.yaml); content/glossary holds only <slug>.yaml files',
    ]);
  });

  it('any other file, and a sub-folder, are refused too', () => {
    expect(
      glossaryProblems({ 'content/glossary/a.yaml': entry('a'), 'content/glossary/notes.txt': 'x', 'content/glossary/old/b.yaml': entry('b') }),
    ).toEqual([
      'content/glossary/notes.txt:1: not a .yaml file; content/glossary holds only <slug>.yaml files',
      'content/glossary/old:1: a folder; content/glossary holds only <slug>.yaml files, and sub-folders are not read',
    ]);
  });

  it('a file name that is not a slug is refused as such', () => {
    const slugRule = 'is not a slug (lower-case letters and digits, words joined by single hyphens: e.g. "ctc" or "sco-rats")';
    expect(glossaryProblems({ 'content/glossary/a.yaml': entry('a'), 'content/glossary/Sco Rats.yaml': entry('sco-rats') })).toEqual([
      `content/glossary/Sco Rats.yaml:1: the file name "Sco Rats" ${slugRule}`,
    ]);
    expect(glossaryProblems({ 'content/glossary/a.yaml': entry('a'), 'content/glossary/b\u200B.yaml': entry('b') })).toEqual([
      `content/glossary/b\u200B.yaml:1: the file name "b<U+200B>" ${slugRule}`,
    ]);
  });
});

describe('YAML traps are refused at their line', () => {
  it('a duplicate key, at the line of the second one', () => {
    expect(glossaryProblems({ 'content/glossary/a.yaml': entry('a', 'name: Another name\n') })).toEqual([
      'content/glossary/a.yaml:12: YAML error: the key "name" appears twice in one mapping (the second is here)',
    ]);
    const nested = entry('a').replace('    status: seen\n', '    status: seen\n    title: Again\n');
    expect(glossaryProblems({ 'content/glossary/a.yaml': nested })).toEqual([
      'content/glossary/a.yaml:12: YAML error: the key "title" appears twice in one mapping (the second is here)',
    ]);
  });

  const bomb = [
    'lol: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
    'lol2: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
    'lol3: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    'lol4: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    'lol5: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    'lol6: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
    'lol7: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]',
    'lol8: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]',
    'lol9: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]',
  ].join('\n');

  it('an alias bomb ("billion laughs"), at the line where the aliases pass the limit', () => {
    expect(glossaryProblems({ 'content/glossary/a.yaml': entry('a', `${bomb}\n`) })).toEqual([
      `content/glossary/a.yaml:15: YAML error: aliases (*name) here would expand to more than ${MAX_ALIAS_COUNT} values, as in a "billion laughs" attack; write the values out`,
    ]);
    expect(notesProblems({ 'content/notes/s.yaml': `${notesFile('s')}${bomb}\n` })[0]).toMatch(/^content\/notes\/s\.yaml:17: YAML error: aliases/);
  });

  it('the line named is where the yaml package itself stops', () => {
    const lines = bomb.split('\n');
    const toJS = (n: number) => () => parseDocument(lines.slice(0, n).join('\n')).toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    const line = (text: string) => {
      const node = excessiveAlias(parseDocument(text));
      return node ? text.slice(0, node.range![0]).split('\n').length : undefined;
    };
    expect(line(bomb)).toBe(4);
    expect(toJS(3)).not.toThrow();
    expect(toJS(4)).toThrow(/Excessive alias count/);
    expect(line(lines.slice(0, 3).join('\n'))).toBeUndefined();
    // A few aliases of small values, as an editor might write, are fine.
    expect(line('a: &x [1, 2]\nb: *x\nc: *x\n')).toBeUndefined();
  });

  it('an unknown tag', () => {
    expect(glossaryProblems({ 'content/glossary/a.yaml': entry('a', 'context: !!js/function "x"\n') })[0]).toMatch(
      /^content\/glossary\/a\.yaml:12: YAML error: /,
    );
  });
});

describe('addresses that are not official addresses are refused at their line', () => {
  const urlProblem = (url: string) => glossaryProblems({ 'content/glossary/a.yaml': entry('a', '', url) });
  it('an address that does not parse, or has an impossible port', () => {
    expect(urlProblem('https://un .org/')).toEqual([
      'content/glossary/a.yaml:10: sources.0.url: "https://un .org/" is not an address: it contains white space, a backslash or an invisible character',
    ]);
    expect(urlProblem('https://un.org:99999/')).toEqual([
      'content/glossary/a.yaml:10: sources.0.url: "https://un.org:99999/" is not a valid address (a host name or port that cannot be)',
    ]);
  });

  it('a mirror host with a trailing dot or a sub-domain, but not a host that only ends like one', () => {
    expect(urlProblem('https://docslib.org./x')).toEqual([
      'content/glossary/a.yaml:10: sources.0.url: "https://docslib.org./x" is on a mirror domain (docslib.org): cite the official address instead',
    ]);
    expect(urlProblem('https://www.docslib.org/x')).toHaveLength(1);
    expect(urlProblem('https://notdocslib.org/x')).toEqual([]);
  });

  it('a user name before the host', () => {
    expect(urlProblem('https://un.org@evil.example/')).toEqual([
      'content/glossary/a.yaml:10: sources.0.url: "https://un.org@evil.example/" has a user name or password before "@", so its host is really "evil.example": cite the address without it',
    ]);
  });

  it('in notes files too', () => {
    expect(notesProblems({ 'content/notes/s.yaml': notesFile('s', 'https://un.org@evil.example/') })).toEqual([
      'content/notes/s.yaml:12: notes.0.sources.0.url: "https://un.org@evil.example/" has a user name or password before "@", so its host is really "evil.example": cite the address without it',
    ]);
  });
});

describe('names are compared after NFC and may not hide characters', () => {
  it('control and format characters in names, acronyms, aliases and definitions are refused, shown as escapes', () => {
    /** The entry with `field` set to `value`, in its own line or added at line 12. */
    const hidden = (field: string, value: string) => {
      const text = entry('a');
      const line = `${field}: ${JSON.stringify(value)}`;
      const re = new RegExp(`^${field}: .*$`, 'm');
      return glossaryProblems({ 'content/glossary/a.yaml': re.test(text) ? text.replace(re, line) : `${text}${line}\n` });
    };
    const message = (line: number, field: string, shown: string) =>
      `content/glossary/a.yaml:${line}: ${field}: contains ${shown.match(/U\+[0-9A-F]+/g)!.join(', ')} (a control or format character no reader can see): "${shown}"`;
    expect(hidden('name', 'Evil\u202Egro')).toEqual([message(2, 'name', 'Evil<U+202E>gro')]);
    expect(hidden('officialName', 'Zero\u200Bwidth')).toEqual([message(12, 'officialName', 'Zero<U+200B>width')]);
    expect(hidden('definition', 'A definition\u2066 with an isolate\u2069.')).toEqual([
      message(4, 'definition', 'A definition<U+2066> with an isolate<U+2069>.'),
    ]);
    expect(hidden('definition', 'A definition on\ntwo lines.')).toEqual([message(4, 'definition', 'A definition on<U+000A>two lines.')]);
    const list = (field: string, value: string) =>
      glossaryProblems({ 'content/glossary/a.yaml': entry('a', `${field}:\n  - Fine\n  - ${JSON.stringify(value)}\n`) });
    expect(list('aliases', 'Shanghai\u200DCooperation')).toEqual([
      'content/glossary/a.yaml:14: aliases.1: contains U+200D (a control or format character no reader can see): "Shanghai<U+200D>Cooperation"',
    ]);
    expect(list('acronyms', '\uFEFFSCO')).toEqual([
      'content/glossary/a.yaml:14: acronyms.1: contains U+FEFF (a control or format character no reader can see): "<U+FEFF>SCO"',
    ]);
    expect(list('aliases', 'Left\u200Eto right')[0]).toMatch(/contains U\+200E/);
    // A key with a hidden character is not the key it looks like: refused at its own line, shown.
    expect(glossaryProblems({ 'content/glossary/a.yaml': entry('a', 'context\u200B: true\n') })).toEqual([
      'content/glossary/a.yaml:12: (entry): Unrecognized key: "context<U+200B>"',
    ]);
  });

  it('prose and notes refuse them too, but keep their line breaks', () => {
    const notes = notesFile('s').replace('quote: some words', 'quote: "some\\u202Ewords"');
    expect(notesProblems({ 'content/notes/s.yaml': notes })).toEqual([
      'content/notes/s.yaml:5: notes.0.quote: contains U+202E (a control or format character no reader can see): "some<U+202E>words"',
    ]);
    expect(glossaryProblems({ 'content/glossary/a.yaml': entry('a').replace(/^annotation: .*$/m, 'annotation: |\n  Two lines of annotation,\n  which is fine.') })).toEqual([]);
  });

  it('a name in NFD is the same name as in NFC: two entries may not share it', () => {
    expect(
      glossaryProblems({
        'content/glossary/a.yaml': entry('a', 'aliases:\n  - "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale"\n'),
        'content/glossary/b.yaml': entry('b', 'aliases:\n  - "Socie\u0301te\u0301 Ge\u0301ne\u0301rale"\n'),
      }),
    ).toEqual([
      'content/glossary/b.yaml:13: "Socie<U+0301>te<U+0301> Ge<U+0301>ne<U+0301>rale" is already a name of "a": a name may belong to one entity only',
    ]);
  });
});

describe('notes files', () => {
  it('are named after their statement', () => {
    expect(notesProblems({ 'content/notes/s.yaml': notesFile('s') })).toEqual([]);
    expect(notesProblems({ 'content/notes/other.yaml': notesFile('s') })).toEqual([
      'content/notes/other.yaml:1: statement "s" must equal the file name: the notes on a statement are in one file, named after it',
    ]);
    expect(notesProblems({ 'content/notes/s.yml': notesFile('s') })).toEqual([
      'content/notes/s.yml:1: not a .yaml file (rename it s.yaml); content/notes holds only <slug>.yaml files',
    ]);
  });

  const edition = (over: Partial<EditionToCheck> & { statement?: Partial<EditionToCheck['statements'][number]> }): string[] =>
    checkEdition({
      statements: [{ slug: 's', paragraphs: [{ n: 1, text: 'Some words.' }], named: [], notes: [], whereIsNote: () => 'content/notes/s.yaml:3', ...over.statement }],
      entities: [],
      whereIsEntity: (id) => `content/glossary/${id}.yaml:1`,
      noteFiles: [],
      ...over,
    });

  it('two notes files for one statement fail, naming both', () => {
    expect(notesProblems({ 'content/notes/s.yaml': notesFile('s'), 'content/notes/s-more.yaml': notesFile('s') })).toEqual([
      'content/notes/s-more.yaml:1: statement "s" must equal the file name: the notes on a statement are in one file, named after it (content/notes/s.yaml also has notes on "s")',
    ]);
    expect(
      edition({
        noteFiles: [
          { statement: 's', where: 'content/notes/s.yaml:1' },
          { statement: 's', where: 'content/notes/s-more.yaml:1' },
        ],
      }),
    ).toEqual(['content/notes/s-more.yaml:1: a second notes file for statement "s", besides content/notes/s.yaml:1: keep one file per statement']);
  });

  it('notes for a statement that does not exist fail', () => {
    expect(edition({ noteFiles: [{ statement: 'nowhere', where: 'content/notes/nowhere.yaml:1' }] })).toEqual([
      'content/notes/nowhere.yaml:1: notes for unknown statement "nowhere"',
    ]);
  });

  it('a speaker.entity naming no glossary entry fails, at its line when known', () => {
    expect(edition({ statement: { meta: { speaker: { entity: 'nobody' } } } })).toEqual([
      'content/statements/s.mdx: speaker.entity names unknown glossary entry "nobody"',
    ]);
    expect(
      edition({ statement: { meta: { speaker: { entity: 'nobody' } }, whereIsField: (p) => `content/statements/s.mdx:${p.join('.') === 'speaker.entity' ? 6 : 1}` } }),
    ).toEqual(['content/statements/s.mdx:6: speaker.entity names unknown glossary entry "nobody"']);
    expect(edition({ statement: { meta: { speaker: {} } } })).toEqual([]);
  });
});
