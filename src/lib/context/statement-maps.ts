/**
 * Which statements get a map, and in which frame: decided once per statement
 * from its summary (the entities it names) and the glossary, so the context
 * page, its links and the sidebar figure agree. See context.ts mapExtent.
 */
import { atlas50m } from './atlas.ts';
import { insideExtent } from './map-base.ts';
import { extentOfNamed } from './context.ts';
import { getGlossary, getSummary } from '../readers/corpus.ts';
import type { Extent } from './map.ts';

const inCentralAsia = (lat: number, lon: number) => insideExtent(atlas50m, 'central-asia', lat, lon);
const extents = new Map<string, Extent | undefined>();

/** The frame of a statement's map, or undefined when its map would show nothing it is about (no context page). */
export async function statementExtent(slug: string): Promise<Extent | undefined> {
  if (!extents.has(slug)) {
    const [summary, glossary] = await Promise.all([getSummary(slug), getGlossary()]);
    extents.set(slug, extentOfNamed(summary.named.map(([id]) => id), glossary.values(), inCentralAsia));
  }
  return extents.get(slug);
}

