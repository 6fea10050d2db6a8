/**
 * The ten corrections of issue 10, checked in the data the site publishes
 * (glossary, notes, and the statement as the build's plugins process it).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { claimNotesSchema } from '../../src/lib/model/schemas/claims.ts';
import { glossary, processedStatements, root } from '../support/statements.ts';

const entities = new Map(glossary().entries.map((e) => [e.entity.id, e.entity]));
const notes = claimNotesSchema.parse(parseYaml(readFileSync(join(root, 'content/notes/kazakhstan-2014-terrorism.yaml'), 'utf8'))).notes;
const factTexts = (id: string) => entities.get(id)!.facts.map((f) => f.text).join('\n');
const note = (id: string) => notes.find((n) => n.id === id)!;

describe('issue 10 corrections', () => {
  it('1. "Astana declaration", linked by name, is a probable identification', async () => {
    expect(entities.get('astana-declaration')!.probable).toBe(true);
    const [s] = await processedStatements();
    const mentions = s.mentions.filter((m) => m.entity === 'astana-declaration');
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect(m.probable, m.text).toBe(true);
    // Other entries found by name stay certain.
    expect(s.mentions.find((m) => m.entity === 'osce' && !m.explicit)!.probable).toBe(false);
  });

  it('2. the $600 million note prints the figures, their sources and the arithmetic', () => {
    const n = note('programme-funding');
    expect(n.text).toMatch(/196 billion tenge/);
    expect(n.text).toMatch(/103\.176 billion tenge/);
    expect(n.text).toMatch(/\$570-680 million/);
    expect(n.text).toMatch(/extra funding/);
    expect(n.text).toMatch(/total/);
    expect(n.sources.map((s) => new URL(s.url).hostname)).toEqual(expect.arrayContaining(['en.tengrinews.kz', 'belief.cabar.asia']));
  });

  it('3. Kazakhstan on the Council: one term, 2017-2018', () => {
    for (const id of ['kazakhstan', 'security-council']) {
      expect(factTexts(id)).toMatch(/2017-2018/);
      expect(factTexts(id)).not.toMatch(/in 2018\b/);
    }
  });

  it('4. OIC: the Council of Foreign Ministers, not the Organisation', () => {
    expect(factTexts('kazakhstan')).toMatch(/Council of Foreign Ministers of the Organisation of Islamic Cooperation/);
    expect(factTexts('kazakhstan')).not.toMatch(/Chaired the Organisation of Islamic/);
  });

  it('5. the Ad Hoc Committee produced ICSANT too', () => {
    expect(factTexts('ad-hoc-committee')).toMatch(/nuclear terrorism \(ICSANT, 2005\)/);
  });

  it('6. the speaker\'s post in 2014 is an "as of", not an appointment date', () => {
    const post = entities.get('abdrakhmanov')!.facts.find((f) => f.label === 'Post in 2014')!;
    expect(post.date).toBeUndefined();
    expect(post.asOf).toBe('2014-01-20');
  });

  it('7. the 38 heads of State were expected, by a pre-summit release', () => {
    expect(factTexts('astana-summit-2010')).toMatch(/expected 38 heads/);
    expect(factTexts('astana-summit-2010')).not.toMatch(/with 38 heads/);
  });

  it('8. who elaborated the Plan: four States at the expert meeting, Uzbekistan an observer', () => {
    const n = note('jpoa-authors');
    expect(n.text).toMatch(/Kazakhstan, Kyrgyzstan, Tajikistan and Turkmenistan, and not Uzbekistan/);
    expect(n.text).toMatch(/Uzbekistan attended as an observer/);
    expect(n.sources.map((s) => s.url)).toEqual(expect.arrayContaining(['http://www.un.org/en/terrorism/ctitf/reg_workshop_centr_asia_2011.shtml']));
  });

  it('9. no fact of today without a date: UNODC\'s programme offices are not a 2014 fact', () => {
    expect(factTexts('unodc')).not.toMatch(/programme offices/);
    expect(note('unodc-regional-centre').text).toMatch(/today \(not in 2014\)/);
    // Counts that change carry the date they are true for.
    for (const e of entities.values())
      for (const f of e.facts)
        if ((/^Members\b/.test(f.label) && /\d/.test(f.text)) || /\bnow\b/.test(f.text)) expect(f.asOf ?? f.date, `${e.id}: ${f.label}`).toBeDefined();
  });
});
