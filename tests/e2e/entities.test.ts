/** The entity layer in Chromium: the sidebar, linked mentions, preview cards, entity pages and the A–Z glossary. */
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations, closeBrowser, openPage } from '../support/browser.ts';

const statementPath = 'statements/kazakhstan-2014-terrorism/';
afterAll(closeBrowser);

describe('the glossary beside the text', () => {
  it('lists CTC, SCO, OSCE and UNODC with definitions and the paragraphs naming them', async () => {
    const { page, close } = await openPage(statementPath);
    for (const [id, paragraphs] of [
      ['ctc', ['¶2', '¶3']],
      ['sco', ['¶4', '¶5']],
      ['osce', ['¶4', '¶7']],
      ['unodc', ['¶5']],
    ] as const) {
      const entry = page.locator(`.glossary-sidebar #gl-${id}`);
      expect(await entry.locator('.gl-def').textContent(), id).toMatch(/\w{4,}.{20,}/);
      expect(await entry.locator('.gl-where a').allTextContents(), id).toEqual(paragraphs);
    }
    await close();
  });

  it('groups entries by type, in order of first mention', async () => {
    const { page, close } = await openPage(statementPath);
    const groups = await page.locator('.sidebar-group h3').allTextContents();
    expect(groups).toEqual(['Organisations and bodies', 'Treaties and instruments', 'Programmes', 'People', 'Places', 'Events']);
    const orgs = await page.locator('.sidebar-group').first().locator('.gl-entry').evaluateAll((els) => els.map((e) => e.id.replace(/^gl-/, '')));
    expect(orgs.slice(0, 4)).toEqual(['ad-hoc-committee', 'ctc', 'security-council', 'cted']);
    await close();
  });

  it('marks the entries of the paragraph being read', async () => {
    const { page, close } = await openPage(`${statementPath}#p5`);
    await page.waitForFunction(() => document.querySelector('#gl-caricc')?.classList.contains('is-current'));
    expect(await page.locator('.gl-entry.is-current').evaluateAll((els) => els.map((e) => e.id.replace(/^gl-/, '')))).toContain('unodc');
    expect(await page.locator('#gl-ctc').evaluate((e) => e.classList.contains('is-current'))).toBe(false);
    await close();
  });

  it('folds below the text on a phone, without hiding it', async () => {
    const { page, close } = await openPage(statementPath, { viewport: { width: 375, height: 740 } });
    const text = await page.locator('#p9').boundingBox();
    const sidebar = await page.locator('.glossary-sidebar').boundingBox();
    expect(sidebar!.y).toBeGreaterThan(text!.y);
    expect(sidebar!.width).toBeLessThanOrEqual(375);
    await close();
  });
});

describe('mentions in the text', () => {
  it('link every mention to its entity page', async () => {
    const { page, close } = await openPage(statementPath);
    const mentions = await page.locator('.para a.term').evaluateAll((els) =>
      els.map((e) => [e.getAttribute('href')!.split('/').at(-2), e.getAttribute('href'), e.textContent]),
    );
    expect(mentions.length).toBeGreaterThan(50);
    for (const [id, href] of mentions) expect(href).toBe(`/glossary/${id}/`);
    const byText = Object.fromEntries(mentions.map(([id, , text]) => [text!.replace(/\s+/g, ' '), id]));
    expect(byText).toMatchObject({
      'Counter-Terrorism Committee': 'ctc',
      CTC: 'ctc',
      'Counter-Terrorism Committee Executive Directorate': 'cted',
      'Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization': 'sco-rats',
      'United Nations Office on Drugs and Crime': 'unodc',
      'the task force to implement counter-terrorism arrangements': 'ctitf',
      'The Plan': 'joint-plan-of-action',
      'the Strategy': 'global-strategy',
      'the regional centre': 'caricc',
    });
    // No mention inside another.
    expect(await page.locator('a.term a').count()).toBe(0);
    await close();
  });

  it('open a preview card on keyboard focus that Escape closes, without trapping focus', async () => {
    const { page, close } = await openPage(statementPath);
    const sco = page.locator('#p4 a.term[href="/glossary/sco/"]').first();
    await sco.focus();
    const card = page.locator('#preview-card');
    await card.waitFor({ state: 'visible' });
    expect(await card.locator('.preview-name').textContent()).toBe('Shanghai Cooperation Organization');
    expect(await card.locator('.preview-def').textContent()).toMatch(/.{30,}/);
    expect(await card.locator('a').getAttribute('href')).toBe('/glossary/sco/');
    expect(await sco.getAttribute('aria-describedby')).toBe('preview-card');
    await page.keyboard.press('Escape');
    expect(await card.isVisible()).toBe(false);
    expect(await sco.evaluate((e) => e === document.activeElement)).toBe(true);
    // Tab moves on to the next mention: the card does not hold focus.
    await sco.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('a.term'))).toBe(true);
    await close();
  });

  it('keep the card while the pointer moves onto it, and hide it when the pointer leaves both', async () => {
    const { page, close } = await openPage(statementPath);
    const term = page.locator('#p5 a.term[href="/glossary/unodc/"]');
    await term.hover();
    const card = page.locator('#preview-card');
    await card.waitFor({ state: 'visible' });
    const box = (await card.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 10, { steps: 4 });
    await page.waitForTimeout(500);
    expect(await card.isVisible()).toBe(true);
    expect(await card.locator('.preview-name').textContent()).toBe('United Nations Office on Drugs and Crime');
    await page.mouse.move(5, 5);
    await page.waitForTimeout(500);
    expect(await card.isVisible()).toBe(false);
    await close();
  });

  it('show a card on a first tap and follow the link on a second', async () => {
    const { page, close } = await openPage(statementPath, { hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
    const term = page.locator('#p2 a.term[href="/glossary/ctc/"]').first();
    await term.tap();
    await page.locator('#preview-card').waitFor({ state: 'visible' });
    expect(page.url()).toContain(statementPath);
    await Promise.all([page.waitForURL(/\/glossary\/ctc\/$/), term.tap()]);
    await close();
  });

  it('pass axe with a card open, at 1280 and 375 px', async () => {
    for (const width of [1280, 375]) {
      const { page, close } = await openPage(statementPath, { viewport: { width, height: 800 } });
      await page.locator('#p2 a.term[href="/glossary/ctc/"]').first().focus();
      await page.locator('#preview-card').waitFor({ state: 'visible' });
      expect(await axeViolations(page)).toEqual([]);
      await close();
    }
  });
});

describe('editors’ notes', () => {
  it('stand at their paragraph, marked as the editors’, and open to the full note with its sources', async () => {
    const { page, problems, close } = await openPage(`${statementPath}#p5`);
    const note = page.locator('#p5 details.ednote[data-note="unodc-regional-centre"]');
    await expect(note.locator('summary').textContent()).resolves.toMatch(/^Editors’ note\s+Which “regional centre” of UNODC/);
    const lead = (await note.locator('.ednote-body p').textContent())!;
    await note.locator('summary').click();
    await page.waitForFunction(() => document.querySelector('#p5 details.ednote[data-note="unodc-regional-centre"] .sources a[href^="http"]'));
    const full = (await note.locator('.ednote-body').textContent())!;
    expect(full.length).toBeGreaterThan(lead.length);
    expect(full).toContain('We infer that “the regional centre” most likely means CARICC');
    expect(problems).toEqual([]);
    await close();
  });

  it('are all on the notes page, which the note links to without script', async () => {
    const { page, close } = await openPage(statementPath, { javaScriptEnabled: false });
    const href = await page.locator('#p8 details.ednote .ednote-body a').first().getAttribute('href');
    expect(href).toMatch(/^\/statements\/kazakhstan-2014-terrorism\/notes\/#note-/);
    await page.goto(new URL(href!, page.url()).href);
    expect(await page.locator('article.note-full').count()).toBe(17);
    const target = page.locator(`article${href!.slice(href!.indexOf('#'))}`);
    expect(await target.locator('.sources li').count()).toBeGreaterThan(0);
    expect(await target.locator('a[href$="#p8"]').count()).toBe(1);
    await close();
  });
});

describe('entity pages', () => {
  it('give facts with sources, notes, and every paragraph naming the entity, linking back to it', async () => {
    const { page, problems, close } = await openPage('glossary/sco/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Shanghai Cooperation Organization');
    expect(await page.locator('.facts > div').count()).toBeGreaterThan(2);
    const sourceLinks = await page.locator('.sources a[href^="http"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(sourceLinks.length).toBeGreaterThan(0);
    for (const href of await page.locator('.fact-src a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
      expect(await page.locator(href).count(), href).toBe(1);
    const back = await page.locator('.mention-list a.mention-p').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(back).toEqual(['/statements/kazakhstan-2014-terrorism/#p4', '/statements/kazakhstan-2014-terrorism/#p5']);
    await page.locator('.mention-list a.mention-p').nth(1).click();
    await page.waitForURL(/#p5$/);
    expect(await page.locator('#p5').evaluate((el) => el.matches(':target'))).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('list paragraphs that name the entity inside a longer name', async () => {
    const { page, close } = await openPage('glossary/cis/');
    expect(await page.locator('.mention-list li').allTextContents()).toEqual([expect.stringContaining('within a longer name')]);
    await close();
  });

  it('pass axe', async () => {
    const { page, close } = await openPage('glossary/astana-declaration/');
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});

describe('the glossary A–Z', () => {
  it('groups every entry by type and works without script', async () => {
    const { page, close } = await openPage('glossary/', { javaScriptEnabled: false });
    expect(await page.locator('.az-entry').count()).toBe(59);
    expect(await page.locator('main h2').allTextContents()).toEqual([
      'Organisations and bodies', 'Treaties and instruments', 'Programmes', 'People', 'Places', 'Events',
    ]);
    const names = await page.locator('#type-organisation + .az dt a').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await close();
    const withScript = await openPage('glossary/');
    expect(await axeViolations(withScript.page)).toEqual([]);
    await withScript.close();
  });
});
