/**
 * The facts accounting (issue 10): every checked point of the research notes
 * that concerns a glossary entry is either published as one of its facts (the
 * fact names the point in `refs`, and has sources) or listed in the entry's
 * `research.checked` as left out, with the reason. The test reads the YAML of
 * content/glossary only; the research notes themselves are never read.
 */
import { glossaryProblems } from '../support/glossary-dir.ts';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { researchProblems } from '../../src/lib/model/glossary/research.ts';
import { glossary, root } from '../support/statements.ts';

const entities = glossary().entries.map((e) => e.entity);

/** Loads one real entry's YAML after `change`, in a scratch folder; returns the problems. */
function problemsAfter(id: string, change: (yaml: string) => string): string[] {
  const text = readFileSync(join(root, 'content/glossary', `${id}.yaml`), 'utf8');
  const changed = change(text);
  expect(changed, 'the change must change something').not.toBe(text);
  return glossaryProblems({ [`${id}.yaml`]: changed });
}

describe('the facts accounting', () => {
  it('covers every entry, each against its own entry of the research notes', () => {
    expect(entities.filter((e) => !e.research).map((e) => e.id)).toEqual([]);
    const entries = entities.map((e) => e.research!.entry);
    expect(new Set(entries).size).toBe(entries.length);
    // 39 for the featured statement (E01–E39) and 20 for the Council's common vocabulary (K01–K20).
    expect(entries.length).toBe(59);
    expect(entries.filter((e) => e.startsWith('K')).length).toBe(20);
  });

  it('publishes or lists as left out, with a reason, every checked point', () => {
    for (const e of entities) expect(researchProblems(e), e.id).toEqual([]);
    const checked = entities.flatMap((e) => e.research!.checked);
    const omitted = checked.filter((c) => c.omitted);
    // Most of what was checked is published; what is left out says why.
    expect(checked.length).toBeGreaterThan(200);
    expect(omitted.length).toBeLessThan(checked.length / 2);
    for (const c of omitted) expect(c.omitted!.length).toBeGreaterThan(20);
  });

  it('publishes each point with a fact that has sources of the entry', () => {
    for (const e of entities) {
      const ids = new Set(e.sources.map((s) => s.id));
      for (const f of e.facts.filter((x) => x.refs.length > 0)) {
        expect(f.sources.length, `${e.id}: ${f.label}`).toBeGreaterThan(0);
        for (const s of f.sources) expect(ids.has(s), `${e.id}: ${s}`).toBe(true);
      }
    }
  });

  it('publishes the seats and dates readers look for', () => {
    const published = (id: string, ref: string) => entities.find((e) => e.id === id)!.facts.some((f) => f.refs.includes(ref));
    // Seats.
    expect(published('osce', 'E07.4')).toBe(true);
    expect(published('sco', 'E08.4')).toBe(true);
    expect(published('sco-rats', 'E09.3')).toBe(true);
    expect(published('unodc', 'E15.2')).toBe(true);
    expect(published('nato', 'E20.2a')).toBe(true);
    expect(published('caricc', 'E16.3')).toBe(true);
    // Dates of foundation and of the events the statement names.
    for (const [id, ref] of [['ctc', 'E02.2'], ['cted', 'E03.2'], ['ad-hoc-committee', 'E04.2'], ['global-strategy', 'E06.2'], ['joint-plan-of-action', 'E23.1'], ['almaty-meeting-2012', 'E35.1'], ['osce-chairmanship-2010', 'E36.2']] as const)
      expect(published(id, ref), `${id} ${ref}`).toBe(true);
  });
});

describe('the facts accounting fails', () => {
  it('when a checked point is neither published nor left out', () => {
    const problems = problemsAfter('kazakhstan', (t) => t.replace('    refs: [E27.1]\n', ''));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^kazakhstan\.yaml:\d+: research\.checked\.0: checked fact E27\.1 is neither published .* nor omitted with a reason$/);
    const line = Number(problems[0].split(':')[1]);
    const text = readFileSync(join(root, 'content/glossary/kazakhstan.yaml'), 'utf8').replace('    refs: [E27.1]\n', '');
    expect(text.split('\n')[line - 1]).toContain('ref: E27.1');
  });

  it('when a reason is dropped', () => {
    const problems = problemsAfter('kazakhstan', (t) => t.replace(/\n {6}omitted: "The research notes give no source address[^\n]*/, ''));
    expect(problems).toEqual([expect.stringMatching(/^kazakhstan\.yaml:\d+: research\.checked\.4: checked fact E27\.3 is neither published/)]);
  });

  it('when a fact cites a point the list does not have, or a point is both published and omitted', () => {
    expect(problemsAfter('kazakhstan', (t) => t.replace('refs: [E27.1]', 'refs: [E27.1, E27.9]'))).toEqual([
      expect.stringMatching(/^kazakhstan\.yaml:\d+: facts\.0\.refs\.1: "E27\.9" is not in research\.checked$/),
    ]);
    expect(problemsAfter('kazakhstan', (t) => t.replace('refs: [E27.1]', 'refs: [E27.1, E27.3]'))).toEqual([
      expect.stringMatching(/^kazakhstan\.yaml:\d+: research\.checked\.4\.omitted: E27\.3 is published \(facts\[0\]\) and also marked omitted$/),
    ]);
    expect(problemsAfter('kazakhstan', (t) => t.replace('- ref: E27.3', '- ref: E28.3'))[0]).toMatch(/"E28\.3" is not a point of E27/);
  });
});
