/**
 * /sitemap.xml: every page a search engine should index, in every language, with the date of its last update
 * where we know it (chapters, and the front page as of its latest chapter).
 *
 * Left out: embeds (made for partners' frames, served with noindex), the embed preview (noindex) and the 404 page.
 * tests/e2e/gates/sharing.test.ts checks this list against the pages in the build, so a new page fails the tests
 * until it is listed here (or its omission is explained).
 */
import type { APIRoute } from 'astro';
import { chaptersIn } from '../lib/chapters';
import { LANGUAGES } from '../lib/i18n';
import { chapterUpdated } from '../lib/corrections';

/** Pages under /<lang>/ besides the front page and the chapters. */
const SECTIONS = ['sources', 'charts', 'corrections'] as const;

interface Entry {
  path: string;
  lastmod?: Date | undefined;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const day = (d: Date) => d.toISOString().slice(0, 10);

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('sitemap.xml needs `site` in astro.config.mjs');
  const entries: Entry[] = [{ path: '/' }];
  for (const lang of LANGUAGES) {
    const chapters = await chaptersIn(lang);
    const updates = chapters.map((c) => chapterUpdated(c.key, c.entry.data.updated) ?? c.entry.data.published);
    const latest = updates.length ? new Date(Math.max(...updates.map((d) => d.getTime()))) : undefined;
    entries.push({ path: `/${lang}/`, lastmod: latest });
    for (const [i, chapter] of chapters.entries()) entries.push({ path: chapter.url, lastmod: updates[i] });
    for (const section of SECTIONS) entries.push({ path: `/${lang}/${section}/` });
  }
  const urls = entries.map(({ path, lastmod }) => {
    const loc = `<loc>${escapeXml(new URL(path, site).href)}</loc>`;
    return `  <url>${loc}${lastmod ? `<lastmod>${day(lastmod)}</lastmod>` : ''}</url>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
