/** The places of a statement from glossary data: place entries with coordinates and organisations' seats, grouped by city. */
import { describe, expect, it } from 'vitest';
import { placesOf, placesOfEntity } from '../../src/lib/context/places.ts';
import { markersOf, statementContext } from '../../src/lib/context/context.ts';
import type { Entity } from '../../src/lib/model/schemas/entity.ts';

const base = { probable: false, acronyms: [], aliases: [], notNames: [], definition: 'd', annotation: 'a', facts: [], sources: [], notes: [], context: false, seats: [] };
const geo = (id: number) => `https://www.geonames.org/${id}`;
const almaty = { ...base, id: 'almaty', name: 'Almaty', type: 'place', coordinates: { lat: 43.25, lon: 76.92, source: geo(1526384) } } as Entity;
const seat = (place: string, lat: number, lon: number, label = 'Seat') => ({ label, place, coordinates: { lat, lon, source: geo(1) }, sources: ['s'] });
const caricc = { ...base, id: 'caricc', name: 'Central Asian Centre', type: 'organisation', acronyms: ['CARICC'], seats: [seat('Almaty', 43.2, 76.9)] } as Entity;
const rats = { ...base, id: 'rats', name: 'RATS', type: 'organisation', acronyms: ['SCO RATS'], seats: [seat('Tashkent', 41.26, 69.22)] } as Entity;
const unodc = { ...base, id: 'unodc', name: 'UNODC', type: 'organisation', acronyms: ['UNODC'], seats: [seat('Vienna', 48.21, 16.37, 'Headquarters'), seat('Tashkent', 41.26, 69.22, 'Regional Office')] } as Entity;
const glossary = [almaty, caricc, rats, unodc];

describe('placesOf', () => {
  it('groups a place the statement names and the seats in it, with the paragraphs that name each', () => {
    const places = placesOf(glossary, new Map([['almaty', [5, 6]], ['caricc', [5]], ['unodc', [5]], ['rats', [6]]]));
    expect(places.map((p) => p.name)).toEqual(['Almaty', 'Tashkent', 'Vienna']);
    const a = places[0];
    // The place entry's own coordinates win over a seat's.
    expect(a).toMatchObject({ key: 'almaty', entity: 'almaty', lat: 43.25, lon: 76.92, paragraphs: [5, 6] });
    expect(a.bodies).toEqual([{ entity: 'caricc', name: 'Central Asian Centre', short: 'CARICC', what: 'Seat', paragraphs: [5] }]);
    expect(places[1].bodies.map((b) => `${b.short} ${b.what}`)).toEqual(['SCO RATS Seat', 'UNODC Regional Office']);
    expect(places[1].entity).toBeUndefined();
  });

  it('shows only what the statement names; a seat in a city with an entry links to it', () => {
    const places = placesOf(glossary, new Map([['caricc', [5]]]));
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({ entity: 'almaty', paragraphs: [] });
  });
});

describe('placesOfEntity', () => {
  it('gives a place its own position and the bodies the glossary seats there', () => {
    const [p] = placesOfEntity(almaty, glossary);
    expect(p.bodies.map((b) => b.entity)).toEqual(['caricc']);
  });
  it('gives an organisation its seats, and an entry without either nothing', () => {
    expect(placesOfEntity(unodc, glossary).map((p) => p.name)).toEqual(['Tashkent', 'Vienna']);
    expect(placesOfEntity({ ...base, id: 'x', name: 'X', type: 'person' } as Entity, glossary)).toEqual([]);
  });
});

describe('markersOf and statementContext', () => {
  it('link each marker to its entry and its paragraphs into the statement', () => {
    const links = { entity: (id: string) => `/glossary/${id}/`, paragraph: (s: string, n: number) => `/statements/${s}/#p${n}` };
    const { places, timeline } = statementContext(
      { slug: 's', title: 'S', mentions: [{ entity: 'almaty', paragraph: 5, start: 0, end: 6, text: 'Almaty', nested: [] }], date: { date: '2014', status: 'confirmed', title: 'S' } },
      glossary,
    );
    expect(timeline.events.map((e) => e.kind)).toEqual(['statement']);
    expect(markersOf(places, links, 's')).toEqual([
      {
        key: 'almaty', name: 'Almaty', lat: 43.25, lon: 76.92, href: '/glossary/almaty/',
        paragraphs: [{ n: 5, href: '/statements/s/#p5' }],
        lines: [],
      },
    ]);
  });
});
