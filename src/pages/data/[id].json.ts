/** /data/<dataset>.json: one JSON per dataset, built at compile time. */
import type { APIRoute } from 'astro';
import { datasets } from '../../data/index';
import { datasetJson, findDataset } from '../../lib/exportData';

export function getStaticPaths() {
  return datasets.map((d) => ({ params: { id: d.id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(datasetJson(findDataset(String(params['id']))), { headers: { 'Content-Type': 'application/json' } });
