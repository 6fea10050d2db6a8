/**
 * What a statement's context page shows, as plain data: the places (for the
 * map and its text equivalent) and the timeline. Pure over the glossary and
 * the statement's mentions; the pages and the map file call it alike.
 */
import type { Entity } from '../model/schemas/entity.ts';
import type { StatementMeta } from '../model/schemas/statement.ts';
import type { MentionRef } from '../model/glossary/mentions.ts';
import { paragraphsByEntity } from '../model/glossary/mentions.ts';
import { placesOf, type Place, type PlaceBody } from './places.ts';
import { timelineOf, type StatementDate, type Timeline } from './timeline.ts';
import { renderMap, type Extent, type Marker, type RenderedMap } from './map.ts';
import type { Topology } from 'topojson-specification';

export interface StatementForContext {
  slug: string;
  title: string;
  mentions: MentionRef[];
  date: StatementDate;
}

export interface Links {
  entity: (id: string) => string;
  paragraph: (slug: string, n: number) => string;
}

export interface StatementContext {
  places: Place[];
  timeline: Timeline;
}

/** The fields of a statement the context needs, from its front matter and mentions. */
export function forContext(s: { slug: string; meta: StatementMeta; mentions: MentionRef[] }): StatementForContext {
  const m = s.meta;
  return { slug: s.slug, title: m.title, mentions: s.mentions, date: { date: m.meeting.date ?? String(m.year), status: m.meeting.status, title: m.title } };
}

export function statementContext(s: StatementForContext, glossary: Iterable<Entity>): StatementContext {
  const named = paragraphsByEntity(s.mentions);
  const entities = [...glossary];
  return { places: placesOf(entities, named), timeline: timelineOf(entities, named, s.date) };
}

/** A body's line on a map label: "CARICC", "OSCE (Secretariat)". */
export const bodyLine = (b: PlaceBody) => (b.what === 'Seat' ? b.short : `${b.short} (${b.what})`);

/** Map markers for places; `slug` set: paragraph links into that statement. */
export function markersOf(places: Place[], links: Links, slug?: string): Marker[] {
  const paras = (ns: number[]) => (slug ? ns.map((n) => ({ n, href: links.paragraph(slug, n) })) : []);
  return places.map((p) => ({
    key: p.key,
    name: p.name,
    lat: p.lat,
    lon: p.lon,
    href: p.entity ? links.entity(p.entity) : undefined,
    paragraphs: paras(p.paragraphs),
    lines: p.bodies.map((b) => ({ text: bodyLine(b), href: links.entity(b.entity), paragraphs: paras(b.paragraphs) })),
  }));
}

const names = (ms: Marker[]) => ms.map((m) => m.name).join(', ') || 'no place';

/**
 * Whether a statement's places make a map, and in which frame. A map shows
 * something the statement is about when it names a place on it, or names
 * bodies seated in at least two cities (the Council's own seat in New York,
 * which nearly every statement implies, is not a map by itself). The frame is
 * Central Asia when a place the statement names lies there, or all its places
 * do; otherwise the world. `inside` tells whether a point falls in Central Asia's frame.
 */
export function mapExtent(places: Place[], named: Set<string>, inside: (lat: number, lon: number) => boolean): Extent | undefined {
  const namedPlaces = places.filter((p) => p.entity !== undefined && named.has(p.entity));
  const seatCities = places.filter((p) => p.bodies.length > 0);
  if (namedPlaces.length === 0 && seatCities.length < 2) return undefined;
  const central = namedPlaces.some((p) => inside(p.lat, p.lon)) || places.every((p) => inside(p.lat, p.lon));
  return central ? 'central-asia' : 'world';
}

/** A statement's map frame from the ids of the entities it names (a summary's `named`), or undefined: no map. */
export function extentOfNamed(namedIds: Iterable<string>, glossary: Iterable<Entity>, inside: (lat: number, lon: number) => boolean): Extent | undefined {
  const ids = new Set(namedIds);
  return mapExtent(placesOf(glossary, new Map([...ids].map((id) => [id, []]))), ids, inside);
}

const REGION: Record<Extent, string> = {
  'central-asia': 'Central Asia (Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan)',
  world: 'The world',
};
export const extentName: Record<Extent, string> = { 'central-asia': 'Central Asia', world: 'The world' };

/** The map of a statement's places in its frame, with the description its text equivalent expands on. */
export function statementMap(
  places: Place[],
  links: Links,
  o: { slug: string; title: string; topology: Topology; extent: Extent; baseHref?: string; id?: string },
): RenderedMap {
  const markers = markersOf(places, links, o.slug);
  return renderMap({
    topology: o.topology,
    markers,
    id: o.id ?? 'map',
    extent: o.extent,
    baseHref: o.baseHref,
    title: `Map: the places named in the ${o.title} and the seats of the bodies it names`,
    desc: (inside, outside) =>
      `${REGION[o.extent]} with markers for ${names(inside)}. ` +
      'Each label gives the place, the bodies seated there and the paragraphs that name them.' +
      (outside.length ? ` Farther away, listed beside the map: ${names(outside)}.` : '') +
      ' Positions are approximate. Base map: Natural Earth (public domain).',
  });
}
