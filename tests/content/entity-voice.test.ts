/**
 * A glossary entry is shown beside every statement that names it (sidebar,
 * preview card, search, JSON), so its definition and facts say what is true
 * of the entity and never speak of "this statement" or "the speaker": the
 * content check refuses them at their file and line (issue 19).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glossaryProblems } from '../support/glossary-dir.ts';
import { glossary, root } from '../support/statements.ts';
import { oneStatementProblem } from '../../src/lib/model/glossary/statement-words.ts';

const yamlOf = (id: string) => readFileSync(join(root, 'content/glossary', `${id}.yaml`), 'utf8');

/** The problems of one real entry after `change`, and the line each names, as text. */
function after(id: string, change: (yaml: string) => string) {
  const changed = change(yamlOf(id));
  expect(changed, 'the change must change something').not.toBe(yamlOf(id));
  const problems = glossaryProblems({ [`${id}.yaml`]: changed });
  return problems.map((p) => ({ problem: p, line: changed.split('\n')[Number(p.split(':')[1]) - 1] }));
}

describe('definitions and facts speak of the entity', () => {
  it('in every entry of the glossary', () => {
    for (const { entity: e } of glossary().entries) {
      expect(oneStatementProblem(e.definition), `${e.id}: definition`).toBeUndefined();
      for (const f of e.facts) expect(oneStatementProblem(`${f.label} ${f.text}`), `${e.id}: ${f.label}`).toBeUndefined();
    }
  });

  it('the Security Council is defined without the featured statement, which says in its notes where it was made', () => {
    const sc = glossary().entries.find((e) => e.entity.id === 'security-council')!.entity;
    expect(sc.definition).not.toMatch(/terrorism/);
    const notes = readFileSync(join(root, 'content/notes/kazakhstan-2014-terrorism.yaml'), 'utf8');
    expect(notes).toMatch(/id: forum-security-council[\s\S]*?entities:\s*\n\s*- security-council/);
  });

  it('finds the words, and only those', () => {
    for (const t of ['the country on whose behalf this statement was made', "The statement's name for it", 'reported by the speaker', 'as This Speech says', "the speaker's own claim"])
      expect(oneStatementProblem(t), t).toBeDefined();
    for (const t of ['A statement of the President of the Council', 'the speakers list', 'presidential statements', 'the Statute of the Court', 'a keynote speech in 2010'])
      expect(oneStatementProblem(t), t).toBeUndefined();
  });
});

describe('the content check refuses, at its file and line', () => {
  it('a definition that speaks of "this statement"', () => {
    const found = after('security-council', (t) => t.replace('maintenance of international peace and security.', 'maintenance of international peace and security; this statement was made in one of its open debates.'));
    expect(found).toHaveLength(1);
    expect(found[0].problem).toMatch(/^security-council\.yaml:\d+: definition: speaks of "this statement": .*notes/);
    expect(found[0].line).toMatch(/^definition:/);
  });

  it('a fact whose text speaks of "the speaker", and one whose label speaks of "the statement"', () => {
    const found = after('ad-hoc-committee', (t) =>
      t.replace('  - label: Sixteenth session\n', '  - label: Last session before the statement\n').replace('text: Its sixteenth session met from 8 to 12 April 2013.', 'text: Its sixteenth session met from 8 to 12 April 2013, as the speaker says.'),
    );
    expect(found.map((f) => f.problem.replace(/^([^:]+:)\d+(: [^:]+):.*$/, '$1N$2'))).toEqual(['ad-hoc-committee.yaml:N: facts.5.label', 'ad-hoc-committee.yaml:N: facts.5.text']);
    expect(found[0].line).toContain('label: Last session before the statement');
    expect(found[1].line).toContain('as the speaker says');
  });
});
