/** `npm run add` as a user runs it: paths relative to where they typed, a report per statement, an exit code that says whether all went in. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fixtures, repo, tempProject, type TempProject } from './project.ts';

let project: TempProject;
beforeEach(() => {
  project = tempProject();
});
afterEach(() => project.remove());

/** Runs the CLI in the project root, as npm does, with INIT_CWD the folder the user typed in. */
function add(args: string[], typedIn = project.root) {
  const run = spawnSync(process.execPath, [join(repo, 'src/importer/cli.ts'), ...args], {
    cwd: project.root,
    env: { ...process.env, INIT_CWD: typedIn },
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

// Each run starts Node and loads the glossary: seconds on a busy machine.
describe('npm run add', { timeout: 120_000 }, () => {
  it('imports a corpus record and prints its report', () => {
    const { code, out } = add([join(fixtures, 'UNSC_2014_SPV.7316_spch018.txt')]);
    expect(code).toBe(0);
    expect(out).toContain('✓ content/statements/unsc-2014-spv-7316-spch018.mdx (wrote, with content/sources/unsc-2014-spv-7316-spch018.txt)');
    expect(out).toContain('  speaker     Mr. Example (Ruritania) (spoke in French) — name Mr. Example, country or body Ruritania, spoke in French');
    expect(out).toContain('  meeting     S/PV.7316, speech 18, 2014, no date; status probable (the corpus’s identification, from the file name)');
    expect(out).toContain('  linked      security-council ¶1 · ctc ¶2 · osce ¶2 · unodc ¶2');
    expect(out).toContain('  candidates  RCEA ¶2 · Ruritanian Counter-Extremism Agency ¶2 · Fictional Partnership Programme ¶3  (not in the glossary)');
    expect(out).toMatch(/ {2}hyphen {6}¶2 "inter-national" \(record line 11\): kept as printed/);
    expect(out).toContain('  fixity      paragraph and sentence ids frozen in content/fixity/unsc-2014-spv-7316-spch018.json');
    expect(out).toContain('\n1 imported, 0 failed.\n');
    expect(out.trim().endsWith('Summary: 1 imported, 0 refused.\n  warning    1  line-end hyphen undecided\n  encodings  utf-8, LF: 1')).toBe(true);

    const mdx = readFileSync(join(project.root, 'content/statements/unsc-2014-spv-7316-spch018.mdx'), 'utf8');
    const meta = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(mdx)![1]);
    expect(meta).toEqual({
      title: 'Statement by Mr. Example (Ruritania) to the Security Council, S/PV.7316',
      description: 'Statement by Mr. Example (Ruritania) to the United Nations Security Council (S/PV.7316, 2014): the text of its verbatim record.',
      speaker: { label: 'Mr. Example (Ruritania) (spoke in French)', name: 'Mr. Example' },
      country: 'Ruritania',
      body: 'United Nations Security Council',
      provenance: 'Imported from UNSC_2014_SPV.7316_spch018.txt, a file named as in the UN Security Council Debates corpus (one speech a file: year, meeting record, order of the speech).',
      meeting: {
        description: 'Meeting of the Security Council recorded in S/PV.7316',
        record: 'S/PV.7316',
        speech: 18,
        status: 'probable',
        evidence: [
          'The corpus\'s identification: the file name UNSC_2014_SPV.7316_spch018.txt gives the year 2014, the record S/PV.7316 and the 18th speech of the meeting; no editor has checked it against the record yet.',
        ],
        sources: [{ id: 'record', title: 'Verbatim record S/PV.7316', publisher: 'United Nations', url: 'https://undocs.org/S/PV.7316', status: 'canonical' }],
        corpusMeeting: 'UNSC_2014_SPV.7316',
      },
      year: 2014,
      language: 'en',
      languageNote: 'The record notes “spoke in French”: the English text is the record’s rendering of a speech delivered in French.',
      record: '../sources/unsc-2014-spv-7316-spch018.txt',
    });
    expect(mdx).toContain('\n**Mr.\u00a0Example (Ruritania) (spoke in French):** I thank the Security Council for convening this debate.\nThis statement is a test fixture');
    const frozen = JSON.parse(readFileSync(join(project.root, 'content/fixity/unsc-2014-spv-7316-spch018.json'), 'utf8'));
    expect(Object.keys(frozen)).toEqual(['p1', 'p2', 'p3', 'p1-s1', 'p1-s2', 'p2-s1', 'p2-s2', 'p3-s1']);
  });

  it('reads paths from where the command was typed, and takes a slug, a meeting, a date and a status', () => {
    const inbox = join(project.root, 'inbox');
    mkdirSync(inbox);
    copyFileSync(join(fixtures, 'ruritania-plain.txt'), join(inbox, 'r.txt'));
    const { code, out } = add(['r.txt', '--slug', 'ruritania-2015', '--meeting', 'S/PV.7400', '--date', '2015-03-02', '--status', 'confirmed'], inbox);
    expect(code).toBe(0);
    expect(out).toContain('  meeting     S/PV.7400, 2015-03-02; status confirmed');
    const mdx = readFileSync(join(project.root, 'content/statements/ruritania-2015.mdx'), 'utf8');
    expect(mdx).toContain('  evidence:\n    - The record symbol S/PV.7400 was given by the editor who imported the text.\n    - The date 2015-03-02 was given by the editor who imported the text.\n');
    expect(mdx).toContain('title: Statement by the President to the Security Council, S/PV.7400\n');
    expect(mdx).not.toContain('country:');
  });

  it('imports the rest of a folder, reports each failure and exits 1', () => {
    const inbox = join(project.root, 'inbox');
    mkdirSync(inbox);
    copyFileSync(join(fixtures, 'UNSC_2014_SPV.7316_spch018.txt'), join(inbox, 'UNSC_2014_SPV.7316_spch018.txt'));
    writeFileSync(join(inbox, 'UNSC_2014_SPV.7316_spch019.txt'), '');
    writeFileSync(join(inbox, 'UNSC_2014_SPV.7316_spch020.txt'), Buffer.from('Mr. X (Y): caf\xe9\x81\n', 'latin1'));
    const { code, out } = add(['inbox']);
    expect(code).toBe(1);
    expect(out).toContain('✓ content/statements/unsc-2014-spv-7316-spch018.mdx');
    expect(out).toContain('✗ inbox/UNSC_2014_SPV.7316_spch019.txt: the file is empty (nothing written)');
    expect(out).toContain('✗ inbox/UNSC_2014_SPV.7316_spch020.txt: line 1, offset 15: byte 0x81 is neither UTF-8 nor Windows-1252');
    expect(out).toContain('\n1 imported, 2 failed.\n');
    expect(out).toContain('Summary: 1 imported, 2 refused.\n  refused    1  byte 0x… is neither UTF-8 nor Windows-1252');
    expect(out).toContain('  refused    1  the file is empty\n');
    expect(existsSync(join(project.root, 'content/statements/unsc-2014-spv-7316-spch019.mdx'))).toBe(false);
  });

  it('writes nothing on a dry run', () => {
    const { code, out } = add([join(fixtures, 'UNSC_2014_SPV.7316_spch018.txt'), '--dry-run']);
    expect(code).toBe(0);
    expect(out).toContain('(would write, with content/sources/unsc-2014-spv-7316-spch018.txt)');
    expect(out).toContain('\n1 would be imported (dry run: nothing written), 0 failed.\n');
    expect(out).toContain('Summary: 1 would be imported, 0 refused.');
    expect(project.written()).toEqual([]);
  });

  it('refuses a bad command line with exit code 2 and the usage', () => {
    const cases: [string[], string][] = [
      [[], 'npm run add: no record given'],
      [['a.txt', 'b.txt', '--slug', 'x'], 'npm run add: --slug names one statement: give one record file with it'],
      [['a.txt', '--date', '2014-13-01'], 'npm run add: --date 2014-13-01: expected a date as YYYY, YYYY-MM or YYYY-MM-DD'],
      [['a.txt', '--meeting', 'S/2014/1'], 'npm run add: --meeting S/2014/1: expected a record symbol such as S/PV.7316'],
      [['a.txt', '--status', 'sure'], 'npm run add: --status sure: expected confirmed, probable or unknown'],
      [['a.txt', '--slug'], 'npm run add: --slug needs a value'],
      [['a.txt', '--overwrite'], 'npm run add: unknown option --overwrite'],
    ];
    for (const [args, message] of cases) {
      const { code, err } = add(args);
      expect(code, args.join(' ')).toBe(2);
      expect(err).toContain(message);
      expect(err).toContain('usage: npm run add -- <record.txt …|folder>');
    }
    expect(project.written()).toEqual([]);
  });
});
