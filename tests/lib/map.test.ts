/** The build-time map: projection, clipping and thinning, markers and their labels, and what falls outside the frame. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { CENTRAL_ASIA, esc, renderMap, thinStream, type Marker } from '../../src/lib/context/map.ts';
import { root } from '../support/statements.ts';

const atlas = (res: '50m' | '110m') => JSON.parse(readFileSync(join(root, `node_modules/world-atlas/countries-${res}.json`), 'utf8')) as Topology;
const topo = atlas('110m');
const marker = (key: string, name: string, lat: number, lon: number, extra: Partial<Marker> = {}): Marker => ({ key, name, lat, lon, lines: [], ...extra });
const almaty = marker('almaty', 'Almaty', 43.25, 76.92, {
  href: '/glossary/almaty/',
  paragraphs: [{ n: 5, href: '/s/#p5' }],
  lines: [{ text: 'CARICC', href: '/glossary/caricc/', paragraphs: [{ n: 5, href: '/s/#p5' }] }],
});
const vienna = marker('vienna', 'Vienna', 48.21, 16.37, { lines: [{ text: 'OSCE (Secretariat)', href: '/glossary/osce/' }] });
const newYork = marker('new-york', 'New York', 40.75, -73.97, { lines: [{ text: 'UNSC' }] });

describe('renderMap', () => {
  const m = renderMap({ topology: topo, markers: [almaty, vienna, newYork], title: 'A <map>', desc: (i, o) => `in ${i.length}, out ${o.length}`, id: 't' });

  it('draws land and the five Central Asian States, each by its ISO id, with a title and a description', () => {
    expect(m.svg).toMatch(/^<svg class="map" viewBox="0 0 560 380" width="560" height="380" role="group"/);
    expect(m.svg).toContain('<title id="t-title">A &lt;map&gt;</title>');
    expect(m.svg).toContain('<desc id="t-desc">in 1, out 2</desc>');
    expect(m.svg).toMatch(/<path class="map-land" d="M[^"]+"/);
    expect(m.svg).toMatch(/<path class="map-focus map-border" d="M[^"]+"[^>]* stroke="#6d6253"/);
    for (const name of ['Kazakhstan', 'Uzbekistan', 'Turkmenistan']) expect(m.svg).toContain(`>${name}</text>`);
    // Only the five: no other State is named.
    expect(m.svg).not.toContain('>Afghanistan<');
  });

  it('keeps the region in frame and puts far seats outside it for the caller to list', () => {
    expect(m.inside.map((x) => x.key)).toEqual(['almaty']);
    expect(m.outside.map((x) => x.key).sort()).toEqual(['new-york', 'vienna']);
    expect(m.svg).not.toContain('Vienna');
  });

  it('labels each marker, links it to its entry, and lists the paragraphs that name it as links', () => {
    expect(m.svg).toContain('<a href="/glossary/almaty/" fill="#1f4f8f" text-decoration="underline">Almaty</a> <a href="/s/#p5" class="map-para" fill="#1f4f8f">¶5</a>');
    expect(m.svg).toContain('<a href="/glossary/caricc/" fill="#1f4f8f" text-decoration="underline">CARICC</a>');
    const [, cx, cy] = /<circle cx="([\d.]+)" cy="([\d.]+)"/.exec(m.svg)!;
    expect(Number(cx)).toBeGreaterThan(280); // Almaty lies in the east of the region
    expect(Number(cy)).toBeGreaterThan(100);
  });

  it('writes coordinates with at most one decimal', () => {
    const numbers = m.svg.match(/-?\d+\.\d+/g) ?? [];
    expect(numbers.length).toBeGreaterThan(100);
    expect(numbers.filter((n) => n.split('.')[1].length > 1)).toEqual([]);
  });

  it('stays small: the 1:50m regional map with its labels under 35 kB', () => {
    const big = renderMap({ topology: atlas('50m'), markers: [almaty], title: 't', desc: 'd', id: 'b' });
    expect(big.svg.length).toBeLessThan(35_000);
    expect(big.svg.length).toBeGreaterThan(m.svg.length);
  });

  it('lists far places under the map in a standalone file, which declares its namespace', () => {
    const s = renderMap({ topology: topo, markers: [almaty, vienna], title: 't', desc: 'd', id: 's', standalone: true });
    expect(s.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(s.svg).toContain('Farther away');
    expect(s.svg).toContain('Vienna: OSCE (Secretariat)');
    expect(s.height).toBeGreaterThan(380);
  });

  it('fits the markers too for a locator', () => {
    const l = renderMap({ topology: topo, markers: [vienna], fit: 'markers', width: 360, height: 240, title: 't', desc: 'd', id: 'l' });
    expect(l.inside.map((x) => x.key)).toEqual(['vienna']);
  });

  it('keeps labels apart from each other when there is room', () => {
    const tashkent = marker('tashkent', 'Tashkent', 41.26, 69.22, { lines: [{ text: 'SCO RATS' }, { text: 'UNODC (Regional Office)' }] });
    const r = renderMap({ topology: topo, markers: [almaty, tashkent], title: 't', desc: 'd', id: 'k' });
    const xs = [...r.svg.matchAll(/<text class="map-name" x="([\d.]+)" y="([\d.]+)" text-anchor="(\w+)"/g)].map((x) => ({ x: +x[1], y: +x[2], a: x[3] }));
    expect(xs).toHaveLength(2);
    expect(xs[0].x !== xs[1].x || Math.abs(xs[0].y - xs[1].y) > 40).toBe(true);
  });

  it('refuses a topology without the States in focus', () => {
    expect(() => renderMap({ topology: topo, markers: [], focus: ['999'], title: 't', desc: 'd', id: 'x' })).toThrow(/no State in focus/);
  });
});

describe('thinStream', () => {
  it('drops points closer than the minimum and rings that collapse', () => {
    const out: string[] = [];
    const sink = {
      point: (x: number, y: number) => out.push(`${x},${y}`),
      lineStart: () => out.push('['),
      lineEnd: () => out.push(']'),
      polygonStart: () => out.push('{'),
      polygonEnd: () => out.push('}'),
    };
    const s = thinStream(sink, 1);
    s.polygonStart();
    s.lineStart();
    for (const [x, y] of [[0, 0], [0.2, 0], [2, 0], [2, 2], [2.1, 2.1], [0, 2]]) s.point(x, y, 0);
    s.lineEnd();
    s.lineStart(); // a ring smaller than a pixel
    for (const [x, y] of [[5, 5], [5.1, 5], [5.1, 5.1]]) s.point(x, y, 0);
    s.lineEnd();
    s.polygonEnd();
    expect(out).toEqual(['{', '[', '0,0', '2,0', '2,2', '0,2', ']', '}']);
  });
});

describe('esc', () => {
  it('escapes markup in text and attributes', () => {
    expect(esc('a & <b> "c"')).toBe('a &amp; &lt;b&gt; &quot;c&quot;');
  });
});

it('knows the five States by ISO numeric code', () => {
  expect([...CENTRAL_ASIA].sort()).toEqual(['398', '417', '762', '795', '860']);
});
