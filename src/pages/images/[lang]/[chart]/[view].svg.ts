/**
 * /images/<lang>/<chart>/<view>.svg: each chart in its default state ("default") and each named view, as a
 * standalone SVG of 1200 × 675 px (see src/charts/static/chartImage.ts). Built at compile time.
 */
import type { APIRoute } from 'astro';
import { chartImageSvg, imageRoutes } from '../../../../charts/static/chartImage';
import type { RegisteredChartId } from '../../../../charts/registry';
import type { Language } from '../../../../data/types';
import { LANGUAGES } from '../../../../lib/i18n';

export function getStaticPaths() {
  return imageRoutes(LANGUAGES);
}

export const GET: APIRoute = ({ params }) =>
  new Response(
    chartImageSvg(params['chart'] as RegisteredChartId, String(params['view']), params['lang'] as Language),
    {
      headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
    },
  );
