/**
 * What a statement's context page shows, as plain data: the places (for the
 * map and its text equivalent) and the timeline. Pure over the glossary and
 * the statement's mentions; the pages and the map file call it alike.
 */
import type { Entity, StatementMeta } from '../model/schemas.ts';
import type { MentionRef } from '../model/mentions.ts';
import { paragraphsByEntity } from '../model/mentions.ts';
import { placesOf, type Place, type PlaceBody } from './places.ts';
import { timelineOf, type StatementDate, type Timeline } from './timeline.ts';
import { renderMap, type Marker, type RenderedMap } from './map.ts';
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

/** The regional map of a statement's places, with the description its text equivalent expands on. */
export function statementMap(
  places: Place[],
  links: Links,
  o: { slug: string; title: string; topology: Topology; standalone?: boolean; id?: string },
): RenderedMap {
  const markers = markersOf(places, links, o.slug);
  return renderMap({
    topology: o.topology,
    markers,
    id: o.id ?? 'map',
    standalone: o.standalone,
    title: `Map: the places named in the ${o.title} and the seats of the bodies it names`,
    desc: (inside, outside) =>
      `Central Asia (Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan) with markers for ${names(inside)}. ` +
      'Each label gives the place, the bodies seated there and the paragraphs that name them.' +
      (outside.length ? ` Farther away, ${o.standalone ? 'listed under the map' : 'listed beside the map'}: ${names(outside)}.` : '') +
      ' Positions are approximate. Base map: Natural Earth (public domain).',
  });
}
