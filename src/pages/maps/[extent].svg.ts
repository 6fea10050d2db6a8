/**
 * The shared base maps (/maps/central-asia.svg, /maps/world.svg): land and
 * States drawn once per build, included by every statement's map by `<use>`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { atlas50m } from '../../lib/context/atlas.ts';
import { renderBaseFile } from '../../lib/context/map-base.ts';
import { EXTENTS, type Extent } from '../../lib/context/map.ts';
import { corpusRoute } from '../_lib/scope.ts';

export const getStaticPaths = ((options) => corpusRoute(options, () => EXTENTS.map((extent) => ({ params: { extent } })))) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${renderBaseFile({ topology: atlas50m, extent: params.extent as Extent })}\n`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
