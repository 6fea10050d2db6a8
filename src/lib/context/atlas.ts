/**
 * The base maps: Natural Earth (public domain) through world-atlas, read at
 * build time only. 1:50m for the regional map, 1:110m for the small locators.
 */
import type { Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';
import countries110m from 'world-atlas/countries-110m.json';

export const atlas50m = countries50m as unknown as Topology;
export const atlas110m = countries110m as unknown as Topology;
