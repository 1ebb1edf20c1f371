/**
 * /readout.js, the charts' value read-outs (source: src/charts/readout/interact.ts, built and minified with the
 * site), loaded by story pages on a reader's first move over a chart (src/layouts/page.ts). Embed pages inline
 * the same code instead.
 */
import type { APIRoute } from 'astro';
import { embedScript } from '../embeds/bundle';

export const GET: APIRoute = async () =>
  new Response(`${await embedScript('interact')}\n`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
