/**
 * /embed.js, the host script partners include next to our iframes (source: src/embeds/host.ts, built and
 * minified with the site; tests/unit/embed.host.test.ts keeps it under 1.5 KB gzipped).
 */
import type { APIRoute } from 'astro';
import { embedScript } from '../embeds/bundle';

export const GET: APIRoute = async () =>
  new Response(`${await embedScript('host')}\n`, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
