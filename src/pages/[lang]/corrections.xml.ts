/**
 * /<lang>/corrections.xml: the Atom feed of the corrections log in one language (src/lib/corrections.ts), for
 * partners who republish our charts and readers who follow changes. With no entries yet it is still a valid feed,
 * dated by the story's latest publication or update.
 */
import type { APIRoute } from 'astro';
import { chaptersIn } from '../../lib/chapters';
import { LANGUAGES } from '../../lib/i18n';
import { chapterUpdated, correctionsFeed } from '../../lib/corrections';
import type { Language } from '../../data/types';

export function getStaticPaths() {
  return LANGUAGES.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  if (!site) throw new Error('corrections.xml needs `site` in astro.config.mjs');
  const lang = params['lang'] as Language;
  const chapters = await chaptersIn(lang);
  const times = chapters.map((c) => (chapterUpdated(c.key, c.entry.data.updated) ?? c.entry.data.published).getTime());
  const siteUpdated = new Date(Math.max(0, ...times));
  return new Response(correctionsFeed({ lang, site, siteUpdated }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
