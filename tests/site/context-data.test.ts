/**
 * The maps and the timeline come from the data alone: in a copy of the project,
 * a new place with coordinates, a new body seated there and a new dated fact
 * (and a statement naming them) appear on the pictures after a build, with no
 * code change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempSite, type TempSite } from '../support/temp-site.ts';

const source = `sources:
  - id: un
    title: A page used by the tests
    publisher: United Nations
    url: https://www.un.org/
    status: seen
`;
let site: TempSite;
beforeAll(() => {
  site = tempSite();
  site.write(
    'content/glossary/bishkek.yaml',
    `id: bishkek
name: Bishkek
type: place
coordinates:
  lat: 42.87
  lon: 74.59
  source: https://www.geonames.org/search.html?q=Bishkek
definition: A test place that exists only in the test suite.
annotation: An annotation of twenty characters or more.
facts:
  - label: Test meeting
    text: A meeting held here in the test suite.
    date: "2003-05"
    sources: [un]
${source}`,
  );
  site.write(
    'content/glossary/test-centre.yaml',
    `id: test-centre
name: Test Regional Centre
type: organisation
seats:
  - label: Seat
    place: Bishkek
    coordinates: { lat: 42.87, lon: 74.59, source: un }
    sources: [un]
definition: A test body that exists only in the test suite.
annotation: An annotation of twenty characters or more.
facts:
  - label: Founded
    text: Founded in the test suite.
    date: "1999"
    sources: [un]
${source}`,
  );
  site.write(
    'content/statements/context-fixture.mdx',
    `---
title: Test fixture statement on a meeting in Bishkek
description: A statement used only by the tests, to prove that places and dated facts reach the maps and the timeline.
speaker:
  label: Mr. Fixture (Testland)
  name: Test Fixture
body: United Nations Security Council
meeting:
  description: A meeting that exists only in the test suite
  date: "2014-06-01"
  status: probable
year: 2014
language: en
record: ../sources/context-fixture.txt
---

**Mr. Fixture (Testland):** We met in Bishkek with the Test Regional Centre.

The Counter-Terrorism Committee was also named.
`,
  );
  // A statement that names only a body seated in New York: its map would show nothing it is about.
  site.write(
    'content/statements/no-map-fixture.mdx',
    `---
title: Test fixture statement with nothing to map
description: A statement used only by the tests, naming one body seated in New York.
speaker:
  label: Mr. Fixture (Testland)
  name: Test Fixture
body: United Nations Security Council
meeting:
  description: A meeting that exists only in the test suite
  date: "2014-06-02"
  status: probable
year: 2014
language: en
record: ../sources/no-map-fixture.txt
---

**Mr. Fixture (Testland):** The Counter-Terrorism Committee was named.
`,
  );
  site.write('content/sources/no-map-fixture.txt', 'Mr. Fixture (Testland): The Counter-Terrorism Committee was named.\n');
  site.write('content/sources/context-fixture.txt', 'Mr. Fixture (Testland): We met in Bishkek with the Test Regional Centre.\n\nThe Counter-Terrorism Committee was also named.\n');
  site.build();
});
afterAll(() => site?.remove());

const read = (path: string) => readFileSync(join(site.dir, 'dist', path), 'utf8');

describe('a statement whose map would show nothing it is about', () => {
  it('has no context page, no map figure and no link to either; no statement has a map file of its own', () => {
    expect(existsSync(join(site.dir, 'dist/statements/no-map-fixture/context'))).toBe(false);
    const html = read('statements/no-map-fixture/index.html');
    expect(html).toMatch(/Counter-Terrorism Committee(<\/a>)? was named/);
    expect(html).not.toContain('sidebar-map');
    expect(html).not.toContain('/context/');
    expect(existsSync(join(site.dir, 'dist/statements/context-fixture/map.svg'))).toBe(false);
  });
});

describe('a new place, a body seated there and dated facts, as data only', () => {
  it('appear as a linked, labelled marker on the statement’s map, with the paragraph that names them', () => {
    const html = read('statements/context-fixture/context/index.html');
    const marker = /<g class="map-marker" id="context-map-bishkek">[\s\S]*?<\/g>/.exec(html)?.[0] ?? '';
    expect(marker).toContain('<a href="/glossary/bishkek/"');
    expect(marker).toContain('>Bishkek</a> <a href="/statements/context-fixture/#p1" class="map-para"');
    expect(marker).toContain('<a href="/glossary/test-centre/"');
    expect(html).toMatch(/<li id="place-bishkek">[\s\S]*?42\.87° N, 74\.59° E[\s\S]*?Seat of the <a href="\/glossary\/test-centre\/">Test Regional Centre<\/a>/);
    // The statement page's figure marks it over the shared base map, which neither page copies.
    const figure = /<figure class="sidebar-map">[\s\S]*?<\/figure>/.exec(read('statements/context-fixture/index.html'))?.[0] ?? '';
    expect(figure).toMatch(/aria-label="Map of Central Asia: Bishkek/);
    expect(figure).toMatch(/<img src="\/maps\/central-asia.svg" alt="" width="560" height="380" loading="lazy"/);
    expect(figure.match(/M\d+ \d+h0/g)).toHaveLength(1);
    expect(html).toContain('<use href="/maps/central-asia.svg#focus"');
    expect(html).not.toMatch(/<path class="map-land"/);
    expect(read('maps/central-asia.svg')).toMatch(/<path id="land" d="M/);
  });

  it('appear on the timeline in order, as precise as their dates, linked to the entry and the paragraph', () => {
    const html = read('statements/context-fixture/context/index.html');
    const events = [...html.matchAll(/<time datetime="([^"]+)" class="tl-date">/g)].map((m) => m[1]);
    // The CTC's dated facts come too (the statement names it), all in order, the statement last.
    expect(events.filter((d) => ['1999', '2003-05'].includes(d))).toEqual(['1999', '2003-05']);
    expect(events.indexOf('1999')).toBeLessThan(events.indexOf('2001-09-28'));
    expect(events.indexOf('2003-05')).toBeGreaterThan(events.indexOf('2001-09-28'));
    expect(events.at(-1)).toBe('2014-06-01');
    expect(html).toMatch(/<time datetime="2003-05" class="tl-date">May 2003<\/time>[\s\S]*?<a href="\/glossary\/bishkek\/">Bishkek<\/a> · Test meeting: A meeting held here in the test suite\.[\s\S]*?<a href="\/statements\/context-fixture\/#p1">¶1<\/a>/);
    expect(html).toMatch(/<time datetime="1999" class="tl-date">1999<\/time>/);
  });

  it('give the place its own locator map, and stay off the maps of statements that do not name them', () => {
    expect(read('glossary/bishkek/index.html')).toMatch(/<svg class="map"[^>]*aria-labelledby="locator-bishkek-title"[\s\S]*?>Bishkek<\/a>/);
    expect(read('statements/kazakhstan-2014-terrorism/context/index.html')).not.toContain('Bishkek');
  });
});
