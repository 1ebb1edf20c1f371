/**
 * The oEmbed document of every embed (https://oembed.com/, type "rich"), as a static file:
 * /oembed/<lang>/<chart>/<view>.json, with view "default" for the chart's default state. Embed pages and chapter
 * pages point to it with <link rel="alternate" type="application/json+oembed">, so a CMS that speaks oEmbed can
 * embed a chart from its URL.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allEmbeds, embedCodeInput, type EmbedRef } from '../../../../embeds/embed';
import { oembedDocument } from '../../../../embeds/code';
import { t } from '../../../../lib/i18n';

export const getStaticPaths = (() =>
  allEmbeds().map((embed) => ({
    params: { lang: embed.lang, chart: embed.chart, view: embed.view },
    props: { embed },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const embed = (props as { embed: EmbedRef }).embed;
  const provider = { name: t(embed.lang, 'site.title'), url: new URL(`/${embed.lang}/`, site).href };
  return new Response(`${JSON.stringify(oembedDocument(embedCodeInput(embed, site), provider), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
