/**
 * The shared base maps: one file per extent (/maps/<extent>.svg) that every
 * statement's map includes by `<use>`, so a statement's page carries only its
 * markers; and the test of whether a place falls inside an extent's frame.
 */
import type { Topology } from 'topojson-specification';
import { baseLayer, CENTRAL_ASIA, countryId, countryText, FONTS, lonCentre, PAD, type Extent } from './map.ts';

/**
 * The shared base file of an extent: land, the States in focus and their
 * names, each part with an id for `<use>`. Colours sit on wrapping groups, so
 * the file shows as a map by itself while a `<use>` of a part takes the page's.
 */
export function renderBaseFile(o: { topology: Topology; extent: Extent; width?: number; height?: number; minDistance?: number }): string {
  const width = o.width ?? 560;
  const height = o.height ?? (o.extent === 'world' ? 300 : 380);
  const focus = new Set(o.extent === 'world' ? [] : CENTRAL_ASIA);
  const { landD, focusD, countryLabels } = baseLayer({ topology: o.topology, extent: o.extent, minDistance: o.minDistance, markers: [], title: '', desc: '', id: 'base' }, width, height, focus);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${FONTS}">` +
    `<rect width="${width}" height="${height}" fill="#e4eef5"/>` +
    `<g fill="#efebe2"><path id="land" d="${landD}"/></g>` +
    `<g fill="#e2d6bf" stroke="#6d6253" stroke-width="0.8" stroke-linejoin="round"><path id="focus" d="${focusD}"/></g>` +
    `<g fill="#5d5344">${countryLabels.map((c) => countryText(c, ` id="${countryId(c.name)}"`)).join('')}</g>` +
    `</svg>`
  );
}

/** The default size of an extent's map. */
export const extentSize = (extent: Extent) => ({ width: 560, height: extent === 'world' ? 300 : 380 });

/** Whether a point falls inside the frame of an extent's map. */
export function insideExtent(topology: Topology, extent: Extent, lat: number, lon: number): boolean {
  const { width, height } = extentSize(extent);
  const { projection } = baseLayer({ topology, extent, markers: [], title: '', desc: '', id: 'x' }, width, height, new Set(extent === 'world' ? [] : CENTRAL_ASIA));
  const p = projection([lon, lat]);
  return !!p && p[0] >= PAD && p[0] <= width - PAD && p[1] >= PAD && p[1] <= height - PAD && (extent === 'world' || Math.abs(lon - lonCentre) <= 100);
}

/**
 * The dots of a statement page's small map: an SVG of the frame's size with a
 * dot per place inside it, laid over the shared base file (an <img> loaded
 * lazily and cached across pages), so the page carries only the dots. No
 * labels: the context page has them.
 */
export function thumbnailMap(o: { topology: Topology; extent: Extent; label: (inside: string[], outside: string[]) => string; points: { name: string; lat: number; lon: number }[] }): { svg: string; inside: string[]; outside: string[]; width: number; height: number } {
  const { width, height } = extentSize(o.extent);
  const { projection } = baseLayer({ topology: o.topology, extent: o.extent, markers: [], title: '', desc: '', id: 'x' }, width, height, new Set(o.extent === 'world' ? [] : CENTRAL_ASIA));
  const inside: string[] = [];
  const outside: string[] = [];
  const dots: string[] = [];
  for (const p of o.points) {
    const xy = insideExtent(o.topology, o.extent, p.lat, p.lon) ? projection([p.lon, p.lat]) : null;
    if (!xy) {
      outside.push(p.name);
      continue;
    }
    inside.push(p.name);
    dots.push(`M${Math.round(xy[0])} ${Math.round(xy[1])}h0`);
  }
  const label = o.label(inside, outside).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const svg =
    // Each dot is a zero-length line with round caps; sized and coloured by the page's CSS (it lies over the base image).
    `<svg class="map-dots" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}"><path d="${dots.join('')}"/></svg>`;
  return { svg, inside, outside, width, height };
}
