/** /data/<dataset>.csv: one CSV per dataset, built at compile time. */
import type { APIRoute } from 'astro';
import { datasets } from '../../data/index';
import { datasetCsv, findDataset } from '../../lib/exportData';

export function getStaticPaths() {
  return datasets.map((d) => ({ params: { id: d.id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(datasetCsv(findDataset(String(params['id']))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
