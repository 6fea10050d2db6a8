/** The glossary and notes as data: complete, sourced, unambiguous, and failing loudly with file:line when not. */
import { glossaryProblems } from '../support/glossary-dir.ts';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadGlossary } from '../../src/lib/readers/glossary.ts';
import { checkEdition } from '../../src/lib/model/validate.ts';
import { claimNotesSchema } from '../../src/lib/model/schemas/claims.ts';
import { type Entity } from '../../src/lib/model/schemas/entity.ts';
import { paragraphsByEntity } from '../../src/lib/model/glossary/mentions.ts';
import { glossary, processedStatements, root } from '../support/statements.ts';

const required = [
  'ctc', 'cted', 'ad-hoc-committee', 'comprehensive-convention', 'global-strategy', 'osce', 'sco', 'sco-rats', 'sco-convention',
  'cica', 'csto', 'cis', 'cis-atc', 'unodc', 'caricc', 'unrcca', 'ctitf', 'eu', 'nato', 'eapc', 'ipap', 'joint-plan-of-action',
  'astana-declaration', 'state-programme', 'laborde', 'abdrakhmanov', 'astana', 'almaty', 'ashgabat',
];

const problemsOf = glossaryProblems;

const good = (id: string, extra = '') => `id: ${id}
name: Entity ${id}
type: organisation
definition: A test entity used by the data tests.
annotation: An annotation of twenty characters or more.
sources:
  - id: un
    title: A page
    publisher: United Nations
    url: https://www.un.org/
    status: seen
${extra}`;

describe('the glossary', () => {
  const { entries } = glossary();
  const entities = entries.map((e) => e.entity);

  it('has an entry for everything the issue lists', () => {
    const ids = new Set(entities.map((e) => e.id));
    expect(required.filter((id) => !ids.has(id))).toEqual([]);
    expect(entities.length).toBeGreaterThanOrEqual(39);
  });

  it('cites only official addresses, each entry at least once', () => {
    for (const e of entities) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) expect(new URL(s.url).protocol).toMatch(/^https?:$/);
    }
    const hosts = new Set(entities.flatMap((e) => e.sources.map((s) => new URL(s.url).hostname)));
    for (const mirror of ['ddevloper.com', 'dd-floors.com', 'fanyjok.com', 'shhada.ir', 'pdfdrive.to', 'wikipedia.org']) {
      expect([...hosts].some((h) => h.endsWith(mirror)), mirror).toBe(false);
    }
  });

  it('is named by the statements, all of it (context entries apart), with every note on a paragraph that says what it quotes', async () => {
    const statements = await processedStatements();
    const notes = readdirNotes();
    const problems = checkEdition({
      statements: statements.map((s) => ({
        ...s,
        notes: notes.get(s.slug) ?? [],
        whereIsNote: (i) => `content/notes/${s.slug}.yaml (note ${i})`,
      })),
      entities,
      whereIsEntity: (id) => `content/glossary/${id}.yaml`,
      noteFiles: [...notes.keys()].map((statement) => ({ statement, where: `content/notes/${statement}.yaml` })),
    });
    expect(problems).toEqual([]);
    const named = new Set(statements.flatMap((s) => [...paragraphsByEntity(s.mentions).keys()]));
    expect(named.size).toBe(entities.filter((e: Entity) => !e.context).length);
    // It compiles every statement of content/, real records too: seconds, not a unit test's five.
  }, 60_000);
});

function readdirNotes() {
  const file = join(root, 'content/notes/kazakhstan-2014-terrorism.yaml');
  const data = claimNotesSchema.parse(parseYaml(readFileSync(file, 'utf8')));
  return new Map([[data.statement, data.notes]]);
}

describe('bad glossary input fails with file and line', () => {
  it('an entry without a source', () => {
    const text = good('a').replace(/sources:[\s\S]*/, 'sources: []\n');
    expect(problemsOf({ 'a.yaml': text })).toEqual(['a.yaml:6: sources: every entity needs at least one source']);
  });

  it('a fact citing a source the entry does not have', () => {
    const problems = problemsOf({ 'a.yaml': good('a', 'facts:\n  - label: Founded\n    text: In 2001.\n    sources: [nope]\n') });
    expect(problems).toEqual(['a.yaml:15: facts.0.sources.0: unknown source id "nope"']);
  });

  it('a malformed date', () => {
    const problems = problemsOf({ 'a.yaml': good('a', "facts:\n  - label: Founded\n    text: In 2001.\n    date: '2001-02-30'\n    sources: [un]\n") });
    expect(problems).toEqual(['a.yaml:15: facts.0.date: no such day in the calendar']);
    expect(problemsOf({ 'a.yaml': good('a', "facts:\n  - label: Founded\n    text: In 2001.\n    date: 'June 2001'\n    sources: [un]\n") })[0]).toMatch(
      /^a\.yaml:15: facts\.0\.date: expected a date/,
    );
  });

  it('a name claimed by two entities', () => {
    const problems = problemsOf({
      'a.yaml': good('a', 'aliases:\n  - Shanghai Cooperation Organisation\n'),
      'b.yaml': good('b', 'aliases:\n  - Other name\n  - shanghai cooperation organisation\n'),
    });
    expect(problems).toEqual(['b.yaml:14: "shanghai cooperation organisation" is already a name of "a": a name may belong to one entity only']);
  });

  it('a mirror address, a file named otherwise than its id, and YAML that does not parse', () => {
    expect(problemsOf({ 'a.yaml': good('a').replace('https://www.un.org/', 'https://fanyjok.com/securitycouncil/ctc/') })).toEqual([
      'a.yaml:10: sources.0.url: "https://fanyjok.com/securitycouncil/ctc/" is on a mirror domain (fanyjok.com): cite the official address instead',
    ]);
    expect(problemsOf({ 'b.yaml': good('a') })).toEqual(['b.yaml:1: id "a" must equal the file name']);
    expect(problemsOf({ 'a.yaml': `${good('a')}aliases: [unclosed\n` })[0]).toMatch(/^a\.yaml:\d+: YAML error/);
  });

  it('an entry no statement names', () => {
    const problems = checkEdition({
      statements: [{ slug: 's', paragraphs: [{ n: 1, text: 'Text.' }], named: [], notes: [], whereIsNote: () => 'n:1' }],
      entities: [loadOne(good('lonely'))],
      whereIsEntity: (id) => `content/glossary/${id}.yaml:1`,
      noteFiles: [],
    });
    expect(problems).toEqual(['content/glossary/lonely.yaml:1: "lonely" is named by no statement; mark it `context: true` or remove it']);
  });

  it('a note quoting words its paragraph does not have', () => {
    const note = { id: 'x', paragraph: 1, quote: 'not here', title: 'Title', text: 'A note text long enough.', entities: [], sources: [] };
    const problems = checkEdition({
      statements: [{ slug: 's', paragraphs: [{ n: 1, text: 'Text.' }], named: [], notes: [note], whereIsNote: () => 'content/notes/s.yaml:7' }],
      entities: [],
      whereIsEntity: () => '',
      noteFiles: [{ statement: 's', where: 'content/notes/s.yaml:1' }],
    });
    expect(problems).toEqual(['content/notes/s.yaml:7: note "x" quotes "not here", which paragraph 1 does not contain']);
  });
});

function loadOne(text: string): Entity {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-one-'));
  writeFileSync(join(dir, 'lonely.yaml'), text);
  return loadGlossary(dir, dir).entries[0].entity;
}
