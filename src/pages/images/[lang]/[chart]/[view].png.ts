/**
 * /images/<lang>/<chart>/<view>.png: the same image as the .svg beside it, rendered to a 1200 × 675 PNG with
 * resvg at build time (Open Graph images, embeds' no-script fallback). Fails the build if the font is missing.
 */
import type { APIRoute } from 'astro';
import { chartImageSvg, imageRoutes } from '../../../../charts/static/chartImage';
import { svgToPng } from '../../../../charts/static/png';
import type { RegisteredChartId } from '../../../../charts/registry';
import type { Language } from '../../../../data/types';
import { LANGUAGES } from '../../../../lib/i18n';

export function getStaticPaths() {
  return imageRoutes(LANGUAGES);
}

export const GET: APIRoute = ({ params }) =>
  new Response(
    new Uint8Array(
      svgToPng(chartImageSvg(params['chart'] as RegisteredChartId, String(params['view']), params['lang'] as Language)),
    ),
    {
      headers: { 'Content-Type': 'image/png' },
    },
  );
