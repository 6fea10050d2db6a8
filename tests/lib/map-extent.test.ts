/** Which statements get a map and in which frame; the shared base file and the maps that include it by reference. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { mapExtent } from '../../src/lib/context/context.ts';
import { insideExtent, renderBaseFile, thumbnailMap } from '../../src/lib/context/map-base.ts';
import { renderMap } from '../../src/lib/context/map.ts';
import type { Place } from '../../src/lib/context/places.ts';
import { root } from '../support/statements.ts';

const topo = JSON.parse(readFileSync(join(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8')) as Topology;
const inCA = (lat: number, lon: number) => insideExtent(topo, 'central-asia', lat, lon);
const place = (key: string, lat: number, lon: number, extra: Partial<Place> = {}): Place => ({ key, name: key, lat, lon, source: 's', coordinatesOf: key, paragraphs: [], bodies: [], ...extra });
const body = { entity: 'x', name: 'X', short: 'X', what: 'Seat', paragraphs: [1] };
const newYork = place('new-york', 40.75, -73.97, { bodies: [{ ...body, entity: 'security-council' }] });
const geneva = place('geneva', 46.2, 6.15, { bodies: [{ ...body, entity: 'who' }] });
const astana = place('astana', 51.17, 71.43, { entity: 'astana' });

describe('mapExtent', () => {
  it('gives no map for the Council’s seat in New York alone, or any one city of seats', () => {
    expect(mapExtent([newYork], new Set(['security-council']), inCA)).toBeUndefined();
    expect(mapExtent([geneva], new Set(['who']), inCA)).toBeUndefined();
    expect(mapExtent([], new Set(), inCA)).toBeUndefined();
  });
  it('draws the world for seats in two cities outside Central Asia', () => {
    expect(mapExtent([newYork, geneva], new Set(['security-council', 'who']), inCA)).toBe('world');
  });
  it('draws Central Asia when the statement names a place there, even with seats far away', () => {
    expect(mapExtent([astana, newYork], new Set(['astana', 'security-council']), inCA)).toBe('central-asia');
  });
  it('does not count a city with an entry as named when only a body seated there is named', () => {
    const astanaSeat = place('astana', 51.17, 71.43, { entity: 'astana', bodies: [body] });
    expect(mapExtent([astanaSeat], new Set(['x']), inCA)).toBeUndefined();
  });
});

describe('the shared base file and the maps that include it', () => {
  const file = renderBaseFile({ topology: topo, extent: 'central-asia' });
  it('has land, the States in focus and their names as parts with ids, colours on the groups around them', () => {
    expect(file).toMatch(/<g fill="#efebe2"><path id="land" d="M/);
    expect(file).toMatch(/<path id="focus" d="M/);
    expect(file).toContain('id="country-kazakhstan"');
    expect(file).not.toMatch(/<path id="land"[^>]*fill=/);
  });
  it('is left out of a statement’s map, which refers to it and adds its markers only', () => {
    const m = renderMap({ topology: topo, markers: [{ key: 'astana', name: 'Astana', lat: 51.17, lon: 71.43, lines: [] }], title: 't', desc: 'd', id: 'm', baseHref: '/maps/central-asia.svg' });
    expect(m.svg).toContain('<use href="/maps/central-asia.svg#land" class="map-land"');
    expect(m.svg).not.toMatch(/ d="M/);
    expect(m.svg.length).toBeLessThan(2_000);
    expect(file.length).toBeGreaterThan(10_000);
  });
  it('draws the world for world maps, where New York falls inside the frame', () => {
    expect(renderBaseFile({ topology: topo, extent: 'world' })).not.toContain('country-');
    expect(insideExtent(topo, 'world', 40.75, -73.97)).toBe(true);
    expect(inCA(40.75, -73.97)).toBe(false);
    const t = thumbnailMap({ topology: topo, extent: 'world', points: [newYork, geneva], label: (i) => `marks ${i.join(', ')}` });
    expect(t.inside).toEqual(['new-york', 'geneva']);
    expect(t.svg).toContain('aria-label="marks new-york, geneva"');
    expect(t.svg.match(/M\d+ \d+h0/g)).toHaveLength(2);
    // Only the dots: the base is the shared file under them.
    expect(t.svg).not.toMatch(/<use|<circle/);
    expect([t.width, t.height]).toEqual([560, 300]);
  });
});
