/**
 * The places of a statement, from the glossary data alone: each place entry it
 * names that has coordinates, and the seats of the organisations it names,
 * grouped by city. A new place or seat in content/glossary appears here (and on
 * the maps) without a code change.
 */
import type { Entity } from '../model/schemas/entity.ts';

export interface PlaceBody {
  /** Glossary id of the organisation or place. */
  entity: string;
  name: string;
  /** The short form a map label uses (first acronym, or the name). */
  short: string;
  /** What is there: "Seat", "Secretariat", or "named in the statement" for the place itself. */
  what: string;
  /** Paragraphs of the statement that name the entity. */
  paragraphs: number[];
}

export interface Place {
  /** A key unique among the places: the place entry's id, or the city's name in lower case. */
  key: string;
  name: string;
  lat: number;
  lon: number;
  /** Where the coordinates come from (a GeoNames address or a source id of `coordinatesOf`). */
  source: string;
  /** The entry whose data gives the coordinates. */
  coordinatesOf: string;
  /** The place's own glossary entry, when there is one. */
  entity?: string;
  /** Paragraphs that name the place itself (when it has an entry the statement names). */
  paragraphs: number[];
  /** Bodies sitting there. */
  bodies: PlaceBody[];
}

const keyOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The places on a statement's map. `named` gives, for each entity the
 * statement names, the paragraphs that name it (mentions.ts paragraphsByEntity);
 * `entities` is the whole glossary (a seat in a city that has its own entry
 * links to that entry even when the statement does not name the city).
 */
export function placesOf(entities: Iterable<Entity>, named: Map<string, number[]>): Place[] {
  const all = [...entities];
  const placeEntries = new Map(all.filter((e) => e.type === 'place' && e.coordinates).map((e) => [keyOf(e.name), e]));
  const places = new Map<string, Place>();
  const at = (name: string, lat: number, lon: number, source: string, of: string): Place => {
    const entry = placeEntries.get(keyOf(name));
    const key = entry?.id ?? keyOf(name);
    let p = places.get(key);
    if (!p) {
      p = entry?.coordinates
        ? { key, name: entry.name, lat: entry.coordinates.lat, lon: entry.coordinates.lon, source: entry.coordinates.source, coordinatesOf: entry.id, entity: entry.id, paragraphs: [], bodies: [] }
        : { key, name, lat, lon, source, coordinatesOf: of, paragraphs: [], bodies: [] };
      places.set(key, p);
    }
    return p;
  };
  for (const e of all) {
    const paragraphs = named.get(e.id);
    if (!paragraphs) continue;
    if (e.type === 'place' && e.coordinates) {
      at(e.name, e.coordinates.lat, e.coordinates.lon, e.coordinates.source, e.id).paragraphs = paragraphs;
    }
    for (const seat of e.seats) {
      at(seat.place, seat.coordinates.lat, seat.coordinates.lon, seat.coordinates.source, e.id).bodies.push({
        entity: e.id,
        name: e.name,
        short: e.acronyms[0] ?? e.name,
        what: seat.label,
        paragraphs,
      });
    }
  }
  const list = [...places.values()];
  for (const p of list) p.bodies.sort((a, b) => a.short.localeCompare(b.short));
  return list.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The places to show on one entry's locator map: a place entry's own position
 * (with the bodies the glossary seats there), or an organisation's seats.
 */
export function placesOfEntity(entity: Entity, entities: Iterable<Entity>): Place[] {
  const all = [...entities];
  if (entity.type === 'place' && entity.coordinates) {
    const mine = placesOf(all, new Map(all.filter((e) => e.id === entity.id || e.seats.length > 0).map((e) => [e.id, []])));
    return mine.filter((p) => p.entity === entity.id);
  }
  if (entity.seats.length === 0) return [];
  return placesOf(all, new Map([[entity.id, []]]));
}
