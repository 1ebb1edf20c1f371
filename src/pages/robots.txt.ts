/**
 * /robots.txt: every page may be crawled, and the sitemap is named with the site's address from astro.config.
 * Embeds are not disallowed here: crawlers must fetch them to see their `noindex` (meta tag and X-Robots-Tag
 * header), which is what keeps them out of results.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt needs `site` in astro.config.mjs');
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL('/sitemap.xml', site).href}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
