/**
 * Maps drawn once at build time as SVG text: Natural Earth land (world-atlas
 * TopoJSON) under the outlines of the States in focus, with labelled markers
 * that link to glossary entries. No script and no tiles reach the reader.
 *
 * Pure: the topology comes in as an argument (the pages pass world-atlas, the
 * tests a fixture), the SVG comes out as a string. Geometry is clipped to the
 * frame, thinned (points closer than `minDistance` px are dropped, rings that
 * collapse are left out) and written with one decimal.
 */
import { geoConicEqualArea, geoNaturalEarth1, geoPath, type GeoPermissibleObjects, type GeoProjection, type GeoStream } from 'd3-geo';
import { feature } from 'topojson-client';
import { thinStream } from './map-thin.ts';

export { thinStream };
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/** The five Central Asian States, by ISO 3166-1 numeric code (world-atlas ids). */
export const CENTRAL_ASIA = ['398', '417', '762', '795', '860'] as const;

/**
 * The frames a statement's map is drawn in: Central Asia (the five States in
 * focus) or the world (land only). Each base map is one shared file
 * (/maps/<extent>.svg) that every statement's map includes by reference.
 */
export type Extent = 'central-asia' | 'world';
export const EXTENTS: readonly Extent[] = ['central-asia', 'world'];

/** One line of text under a marker's name: a body there, linked, with the paragraphs that name it. */
export interface MarkerLine {
  text: string;
  href?: string;
  paragraphs?: { n: number; href: string }[];
}

export interface Marker {
  /** Unique among the map's markers (used in element ids). */
  key: string;
  name: string;
  lat: number;
  lon: number;
  href?: string;
  /** Paragraphs that name the place itself. */
  paragraphs?: { n: number; href: string }[];
  lines: MarkerLine[];
}

export interface MapOptions {
  /** A world-atlas countries topology (objects.countries and objects.land). */
  topology: Topology;
  markers: Marker[];
  /** Ids (ISO numeric) of the States whose outlines are drawn. */
  focus?: readonly string[];
  width?: number;
  height?: number;
  title: string;
  /** The description; a function gets the markers drawn and those outside the frame. */
  desc: string | ((inside: Marker[], outside: Marker[]) => string);
  /** Prefix of the element ids, unique in the page. */
  id: string;
  /**
   * `focus`: the frame fits the States in focus (the regional map);
   * `markers`: it fits them and every marker (a locator).
   */
  fit?: 'focus' | 'markers';
  /** A standalone file: the XML namespace, and the markers outside the frame listed under the map. */
  standalone?: boolean;
  /** Points closer than this (px) are merged. */
  minDistance?: number;
  /** The frame (default Central Asia); `world` draws land only, no States in focus. */
  extent?: Extent;
  /**
   * The address of the shared base file (renderBaseFile): the map then draws
   * land, States and their names by `<use>` of that file's parts, themed by
   * the page's CSS through inheritance, and adds only its markers.
   */
  baseHref?: string;
}

export interface RenderedMap {
  svg: string;
  /** The drawing's size in px (the far list of a standalone file included). */
  width: number;
  height: number;
  /** Markers drawn on the map. */
  inside: Marker[];
  /** Markers that fall outside its frame (the caller lists them). */
  outside: Marker[];
}

export const lonCentre = 67;
const NAME_SIZE = 15;
const LINE_SIZE = 12.5;
const LINE_GAP = 15;
export const PAD = 8;

/** Escapes text for SVG/XML content and attributes. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Estimated width of a label in px (system sans-serif: about 0.56 em a character). */
const textWidth = (s: string, size: number) => s.length * size * 0.56;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const paragraphText = (ps: { n: number }[] | undefined) => (ps && ps.length ? ` ${ps.map((p) => `¶${p.n}`).join(' ')}` : '');

/** A line of a label as SVG: the linked name, then each paragraph as its own link. */
function tspanLine(text: string, href: string | undefined, ps: { n: number; href: string }[] | undefined): string {
  const name = href ? `<a href="${esc(href)}" fill="#1f4f8f" text-decoration="underline">${esc(text)}</a>` : esc(text);
  const paras = (ps ?? []).map((p) => ` <a href="${esc(p.href)}" class="map-para" fill="#1f4f8f">¶${p.n}</a>`).join('');
  return name + paras;
}

interface BaseLayer {
  projection: GeoProjection;
  landD: string;
  focusD: string;
  countryLabels: { x: number; y: number; name: string }[];
}
/** Base layers by topology and frame: the same for every statement's map, so drawn once per build. */
const baseCache = new WeakMap<Topology, Map<string, BaseLayer>>();

export function baseLayer(o: MapOptions, width: number, height: number, focus: Set<string>): BaseLayer {
  const world = o.extent === 'world';
  const key = JSON.stringify([o.extent, width, height, [...focus].sort(), o.fit === 'markers' ? o.markers.map((m) => [m.lon, m.lat]) : 0, o.minDistance]);
  let cache = baseCache.get(o.topology);
  if (!cache) baseCache.set(o.topology, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  const countries = o.topology.objects.countries as GeometryCollection;
  const land = o.topology.objects.land as GeometryObject;
  const focusCollection = {
    type: 'GeometryCollection',
    geometries: countries.geometries.filter((g) => focus.has(String(g.id))),
  } as GeometryCollection;
  const focusFeatures = feature(o.topology, world ? ({ type: 'GeometryCollection', geometries: [] } as GeometryCollection) : focusCollection);
  if (!world && focusFeatures.features.length === 0) throw new Error(`no State in focus found in the topology (ids ${[...focus].join(', ')})`);

  const projection: GeoProjection = world ? geoNaturalEarth1() : geoConicEqualArea().parallels([38, 50]).rotate([-lonCentre, 0]);
  const fitTo: GeoPermissibleObjects =
    o.fit === 'markers'
      ? {
          type: 'FeatureCollection',
          features: [
            ...focusFeatures.features,
            ...o.markers.map((m) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: [m.lon, m.lat] } })),
          ],
        }
      : world
        ? ({ type: 'Sphere' } as GeoPermissibleObjects)
        : focusFeatures;
  projection.fitExtent([[PAD + 6, PAD + 6], [width - PAD - 6, height - PAD - 6]], fitTo);
  projection.clipExtent([[0, 0], [width, height]]);

  // The land around is only a fill under the States in focus: it can be coarser.
  const min = o.minDistance ?? 1.2;
  const pathAt = (m: number) => geoPath({ stream: (s: GeoStream) => projection.stream(thinStream(s, m)) }).digits(1);
  const fine = pathAt(min);
  const d = (obj: GeoPermissibleObjects, path = fine) => path(obj) ?? '';

  const landD = d(feature(o.topology, land), pathAt(min * 2.5));
  const focusD = d(focusFeatures);

  // Country names at the centre of each State's largest part, small and muted.
  const countryLabels = focusFeatures.features
    .map((f) => {
      const [x, y] = geoPath(projection).centroid(f);
      const name = (f.properties as { name?: string } | null)?.name ?? '';
      return { x, y, name };
    })
    .filter((c) => c.name && Number.isFinite(c.x));

  const layer = { projection, landD, focusD, countryLabels };
  cache.set(key, layer);
  return layer;
}

/** Draws the map. */
export function renderMap(o: MapOptions): RenderedMap {
  const width = o.width ?? 560;
  const height = o.height ?? (o.extent === 'world' ? 300 : 380);
  const focus = new Set(o.focus ?? (o.extent === 'world' ? [] : CENTRAL_ASIA));
  const { projection, landD, focusD, countryLabels } = baseLayer(o, width, height, focus);

  const inside: Marker[] = [];
  const outside: Marker[] = [];
  const placed: Box[] = [];
  const markerSvg: string[] = [];
  const sorted = [...o.markers].sort((a, b) => b.lat - a.lat || a.lon - b.lon);
  const projected: { m: Marker; x: number; y: number }[] = [];
  for (const m of sorted) {
    const p = projection([m.lon, m.lat]);
    if (!p || p[0] < PAD || p[0] > width - PAD || p[1] < PAD || p[1] > height - PAD || (o.extent !== 'world' && Math.abs(m.lon - lonCentre) > 100)) {
      outside.push(m);
      continue;
    }
    inside.push(m);
    projected.push({ m, x: p[0], y: p[1] });
    placed.push({ x0: p[0] - 5, x1: p[0] + 5, y0: p[1] - 5, y1: p[1] + 5 });
  }
  for (const { m, x, y } of projected) {
    const rows = [{ text: m.name + paragraphText(m.paragraphs), size: NAME_SIZE }, ...m.lines.map((l) => ({ text: l.text + paragraphText(l.paragraphs), size: LINE_SIZE }))];
    const w = Math.max(...rows.map((r) => textWidth(r.text, r.size)));
    const h = NAME_SIZE + (rows.length - 1) * LINE_GAP;
    // Try right, left, then below-right and above-right of the marker: the first that fits the frame and overlaps nothing.
    const candidates = [
      { anchor: 'start', x: x + 8, top: y - NAME_SIZE * 0.75 },
      { anchor: 'end', x: x - 8, top: y - NAME_SIZE * 0.75 },
      { anchor: 'start', x: x + 6, top: y + 6 },
      { anchor: 'start', x: x + 6, top: y - h - 4 },
      { anchor: 'end', x: x - 6, top: y + 6 },
      { anchor: 'end', x: x - 6, top: y - h - 4 },
    ];
    const boxOf = (c: (typeof candidates)[number]): Box =>
      c.anchor === 'start' ? { x0: c.x, x1: c.x + w, y0: c.top, y1: c.top + h } : { x0: c.x - w, x1: c.x, y0: c.top, y1: c.top + h };
    const fits = (b: Box) => b.x0 >= 2 && b.x1 <= width - 2 && b.y0 >= 2 && b.y1 <= height - 2;
    const choice =
      candidates.find((c) => fits(boxOf(c)) && !placed.some((b) => overlaps(b, boxOf(c)))) ??
      candidates.find((c) => fits(boxOf(c))) ??
      candidates[0];
    placed.push(boxOf(choice));
    const r1 = (n: number) => Math.round(n * 10) / 10;
    const base = r1(choice.top + NAME_SIZE * 0.8);
    const lines = [
      `<text class="map-name" x="${r1(choice.x)}" y="${base}" text-anchor="${choice.anchor}" font-size="${NAME_SIZE}" font-weight="600">${tspanLine(m.name, m.href, m.paragraphs)}</text>`,
      ...m.lines.map(
        (l, i) =>
          `<text class="map-line" x="${r1(choice.x)}" y="${r1(base + (i + 1) * LINE_GAP)}" text-anchor="${choice.anchor}" font-size="${LINE_SIZE}">${tspanLine(l.text, l.href, l.paragraphs)}</text>`,
      ),
    ];
    markerSvg.push(
      `<g class="map-marker" id="${esc(o.id)}-${esc(m.key)}"><circle cx="${r1(x)}" cy="${r1(y)}" r="4.5" class="map-dot" fill="#8a2f12" stroke="#fff" stroke-width="1.5"/>${lines.join('')}</g>`,
    );
  }

  // Standalone figure: the places outside the frame, listed under it.
  const farRows = o.standalone && outside.length > 0 ? outside : [];
  const farHeight = farRows.length > 0 ? 26 + farRows.length * 18 : 0;
  const totalHeight = height + farHeight;
  const far = farRows.length
    ? [
        `<g class="map-far"><text x="${PAD}" y="${height + 20}" font-size="13" font-weight="600" class="map-name">Farther away</text>`,
        ...farRows.map(
          (m, i) =>
            `<text x="${PAD}" y="${height + 38 + i * 18}" font-size="12.5" class="map-line">${esc(m.name)}: ${m.lines.map((l) => esc(l.text + paragraphText(l.paragraphs))).join('; ')}</text>`,
        ),
        '</g>',
      ].join('')
    : '';

  const ns = o.standalone ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  const idT = `${o.id}-title`;
  const idD = `${o.id}-desc`;
  const labelsShown = countryLabels.filter((c) => {
    const box = { x0: c.x - textWidth(c.name, 11) / 2, x1: c.x + textWidth(c.name, 11) / 2, y0: c.y - 10, y1: c.y + 3 };
    return !placed.some((b) => overlaps(b, box));
  });
  const svg =
    `<svg${ns} class="map" viewBox="0 0 ${width} ${totalHeight}" width="${width}" height="${totalHeight}" role="group" aria-labelledby="${idT}" aria-describedby="${idD}" font-family="${FONTS}">` +
    `<title id="${idT}">${esc(o.title)}</title><desc id="${idD}">${esc(typeof o.desc === 'string' ? o.desc : o.desc(inside, outside))}</desc>` +
    `<rect class="map-water" width="${width}" height="${totalHeight}" fill="#e4eef5"/>` +
    (o.baseHref ? baseByReference(o.baseHref, labelsShown) : baseInline(landD, focusD, labelsShown)) +
    `<g class="map-markers" fill="#1d1d1f" stroke="#fbfaf7" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${markerSvg.join('')}</g>` +
    far +
    `</svg>`;
  return { svg, width, height: totalHeight, inside, outside };
}

export const FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";
export const countryId = (name: string) => `country-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
export const countryText = (c: { x: number; y: number; name: string }, attrs: string) =>
  `<text${attrs} x="${Math.round(c.x * 10) / 10}" y="${Math.round(c.y * 10) / 10}" text-anchor="middle" font-size="11" font-style="italic">${esc(c.name)}</text>`;

// The States in focus, each outlined (a shared border is drawn twice, in the same place).
const baseInline = (landD: string, focusD: string, labels: { x: number; y: number; name: string }[]) =>
  `<path class="map-land" d="${landD}" fill="#efebe2"/>` +
  `<path class="map-focus map-border" d="${focusD}" fill="#e2d6bf" stroke="#6d6253" stroke-width="0.8" stroke-linejoin="round"/>` +
  labels.map((c) => countryText(c, ' class="map-country" fill="#5d5344"')).join('');

// The parts of the shared file carry no colours of their own: they take the
// fill and stroke of the <use> that includes them, which the page's CSS sets.
const baseByReference = (href: string, labels: { name: string }[]) =>
  `<use href="${esc(href)}#land" class="map-land" fill="#efebe2"/>` +
  `<use href="${esc(href)}#focus" class="map-focus map-border" fill="#e2d6bf" stroke="#6d6253" stroke-width="0.8" stroke-linejoin="round"/>` +
  labels.map((c) => `<use href="${esc(href)}#${countryId(c.name)}" class="map-country" fill="#5d5344"/>`).join('');

