/** The Frictionless Data Package describing the CSV files of /data/ (src/lib/formats/datapackage.ts). */
import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/formats/datapackage.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(dataPackage({ site, base: import.meta.env.BASE_URL }), null, 2), { headers: { 'Content-Type': 'application/json' } });
