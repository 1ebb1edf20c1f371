/**
 * What a page says about itself when shared or indexed: the image for Open Graph and Twitter cards, and the
 * schema.org NewsArticle (JSON-LD) of the story's front page and chapters. Rendered by
 * src/components/page/ShareMeta.astro.
 */
import type { Language } from '../data/types';
import { t } from './i18n';

export interface ShareImage {
  /** Site-relative URL of the image (PNG), e.g. /images/en/prison-population/default.png. */
  url: string;
  /** Pixels. */
  width: number;
  height: number;
  /** Text alternative. */
  alt: string;
}

export interface ShareArticle {
  headline: string;
  published: Date;
  /** Last substantive update; default `published`. */
  modified?: Date | undefined;
}

export interface NewsArticleInput {
  lang: Language;
  article: ShareArticle;
  description: string;
  /** Absolute canonical URL of the page. */
  canonical: URL;
  /** Absolute URL of the share image. */
  image: string;
  /** The site's origin (astro.config `site`). */
  site: URL;
}

/**
 * The NewsArticle as JSON, ready to be the text of a `<script type="application/ld+json">`: every `<` is written
 * as `\u003c`, so no string in it can close the element.
 */
export function newsArticleJsonLd({ lang, article, description, canonical, image, site }: NewsArticleInput): string {
  return JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description,
    inLanguage: lang,
    url: canonical.href,
    mainEntityOfPage: canonical.href,
    image: [image],
    datePublished: article.published.toISOString(),
    dateModified: (article.modified ?? article.published).toISOString(),
    author: [{ '@type': 'Organization', name: t(lang, 'site.author'), url: new URL(`/${lang}/`, site).href }],
    publisher: { '@type': 'Organization', name: t(lang, 'site.title'), url: new URL('/', site).href },
  }).replace(/</g, '\\u003c');
}
