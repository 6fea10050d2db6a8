/**
 * Every HTML page of the build is valid with html-validate's "recommended"
 * preset (the strictest), with the exceptions in tests/site/htmlvalidate.json.
 * JSON allows no comments, so each exception is justified here:
 *
 * - long-title (off): a page title is the entry's official name followed by
 *   " · Verbatim", and some official names are long ("Joint Plan of Action for
 *   the Implementation of the United Nations Global Counter-Terrorism Strategy
 *   in Central Asia", 127 characters with the suffix). The rule is a search-
 *   snippet heuristic (engines cut the display, not the indexing); cutting the
 *   name would make the title less descriptive (WCAG 2.4.2 asks for a title
 *   that describes the page).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { htmlPages, repoRoot } from '../bench/dist-check.ts';

const config = JSON.parse(readFileSync(join(repoRoot, 'tests/site/htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));
const dist = join(repoRoot, 'dist');

describe('html-validate', () => {
  it('catches invalid markup with this configuration', async () => {
    const report = await validator.validateString('<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><p><div>x</div></p><img src="a.png"></body></html>', 'fixture.html');
    expect(report.valid).toBe(false);
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['no-implicit-close', 'wcag/h37']));
  });

  it('finds every page of dist/ valid', async () => {
    const pages = htmlPages(dist);
    expect(pages.length).toBeGreaterThan(3);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(join(dist, page), 'utf8'), `dist/${page}`);
      for (const r of report.results) {
        for (const m of r.messages) problems.push(`dist/${page}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
