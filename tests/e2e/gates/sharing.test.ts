/**
 * Gate: the site shares and indexes well. Read from the built files:
 * - every page on the site layout has Open Graph and Twitter card tags with an absolute image URL, its size and
 *   alt text; the story's front pages and chapters are articles with a schema.org NewsArticle in JSON-LD;
 * - /sitemap.xml lists exactly the pages meant to be found (everything but embeds, noindex pages and the 404);
 * - /robots.txt names the sitemap; /404.html speaks every language and links home with absolute URLs.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../../scripts/lib/staticServer';
import { tagsOf, type Tag } from '../../../src/lib/build/html';
import { builtPages, readPage, REPO_ROOT, type BuiltPage } from '../../../scripts/lib/builtSite';

const pages = builtPages();
const tagsByPage = new Map(pages.map((p) => [p.path, tagsOf(readPage(p))]));
const LANGS = ['en', 'es'].filter((l) => existsSync(path.join(REPO_ROOT, 'content/i18n', `${l}.json`)));
const strings = (lang: string) =>
  JSON.parse(readFileSync(path.join(REPO_ROOT, 'content/i18n', `${lang}.json`), 'utf8')) as Record<string, string>;

const meta = (tags: Tag[], key: string) =>
  tags
    .find((t) => t.name === 'meta' && (t.attrs.get('property') === key || t.attrs.get('name') === key))
    ?.attrs.get('content');
const canonicalOf = (tags: Tag[]) =>
  tags.find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical')?.attrs.get('href');
const isNoindex = (tags: Tag[]) => /noindex/.test(meta(tags, 'robots') ?? '');
const articlePages = pages.filter((p) => p.type === 'chapter' || p.type === 'index');
/**
 * Pages on the site layout (embeds have their own tags; the 404 page is served at any address, so it has no URL; a
 * chapter's former address only sends readers on, and names the chapter as its canonical URL).
 */
const sitePages = pages.filter((p) => p.type !== 'embed' && p.type !== '404' && p.type !== 'redirect');
/** The site's origin (astro.config `site`), from the first canonical link in the build. */
const site = new URL([...tagsByPage.values()].map(canonicalOf).find(Boolean) ?? 'https://invalid.invalid/').origin;

function jsonLd(tags: Tag[]): Record<string, unknown>[] {
  return tags
    .filter((t) => t.name === 'script' && t.attrs.get('type') === 'application/ld+json')
    .map((t) => JSON.parse(t.text ?? '') as Record<string, unknown>);
}

describe('Open Graph and Twitter cards', () => {
  it.each(sitePages.map((p) => [p.path, p] as [string, BuiltPage]))('%s', (pagePath) => {
    const tags = tagsByPage.get(pagePath)!;
    const problems: string[] = [];
    for (const key of [
      'og:title',
      'og:description',
      'og:url',
      'og:site_name',
      'og:locale',
      'og:image',
      'og:image:alt',
      'twitter:card',
      'twitter:image',
    ]) {
      if (!meta(tags, key)?.trim()) problems.push(`missing ${key}`);
    }
    if (meta(tags, 'og:url') !== canonicalOf(tags))
      problems.push(`og:url ${meta(tags, 'og:url')} is not the canonical URL`);
    const image = meta(tags, 'og:image') ?? '';
    if (!image.startsWith(`${site}/`)) problems.push(`og:image is not an absolute URL on ${site}: ${image}`);
    if (meta(tags, 'twitter:image') !== image) problems.push('twitter:image differs from og:image');
    if (meta(tags, 'twitter:card') !== 'summary_large_image') problems.push('twitter:card is not summary_large_image');
    for (const key of ['og:image:width', 'og:image:height'])
      if (!(Number(meta(tags, key)) > 0)) problems.push(`${key} missing`);
    expect(problems).toEqual([]);
  });
});

describe('NewsArticle on the story front pages and chapters', () => {
  it('there are articles to check', () => {
    expect(articlePages.length).toBeGreaterThan(1);
  });

  it.each(articlePages.map((p) => [p.path]))('%s', (pagePath) => {
    const tags = tagsByPage.get(pagePath)!;
    expect(meta(tags, 'og:type')).toBe('article');
    const articles = jsonLd(tags).filter((d) => d['@type'] === 'NewsArticle');
    expect(articles).toHaveLength(1);
    const a = articles[0]!;
    const h1 = tagsByPage.get(pagePath)!.find((t) => t.name === 'h1');
    expect(h1, 'page has an h1').toBeDefined();
    expect(typeof a['headline'] === 'string' && a['headline'].length > 0).toBe(true);
    for (const key of ['datePublished', 'dateModified'] as const)
      expect(Number.isNaN(Date.parse(String(a[key]))), key).toBe(false);
    expect(Date.parse(String(a['dateModified']))).toBeGreaterThanOrEqual(Date.parse(String(a['datePublished'])));
    expect(meta(tags, 'article:published_time')).toBe(a['datePublished']);
    const author = (a['author'] as { name?: string }[] | undefined)?.[0];
    expect(author?.name, 'author').toBeTruthy();
    expect((a['publisher'] as { name?: string } | undefined)?.name, 'publisher').toBeTruthy();
    expect(a['url']).toBe(canonicalOf(tags));
    expect(a['inLanguage']).toBe(pagePath.split('/')[1]);
  });
});

describe('sitemap and robots.txt', () => {
  const sitemapFile = path.join(DIST_DIR, 'sitemap.xml');

  it('sitemap.xml lists every indexable page and nothing else', () => {
    expect(existsSync(sitemapFile), 'sitemap.xml in the build').toBe(true);
    const xml = readFileSync(sitemapFile, 'utf8');
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\s*<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    for (const loc of listed) expect(loc.startsWith(`${site}/`), loc).toBe(true);
    const expected = pages
      .filter((p) => p.type !== 'embed' && p.type !== '404' && !isNoindex(tagsByPage.get(p.path)!))
      .map((p) => `${site}${p.path}`)
      .sort();
    expect([...listed].sort()).toEqual(expected);
  });

  it('robots.txt names the sitemap', () => {
    const robots = readFileSync(path.join(DIST_DIR, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${site}/sitemap.xml`);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
  });

  it('embeds are noindex (they are reached from partners, not from search)', () => {
    for (const p of pages.filter((x) => x.type === 'embed'))
      expect(isNoindex(tagsByPage.get(p.path)!), p.path).toBe(true);
  });
});

describe('404 page', () => {
  it('exists, is noindex, speaks every language and links home with absolute URLs', () => {
    const page = pages.find((p) => p.type === '404');
    expect(page, '404.html in the build').toBeDefined();
    const html = readPage(page!);
    const tags = tagsByPage.get(page!.path)!;
    expect(isNoindex(tags)).toBe(true);
    for (const lang of LANGS) {
      expect(html, `${lang} title`).toContain(strings(lang)['notFound.title']);
      expect(
        tags.some((t) => t.name === 'a' && t.attrs.get('href') === `/${lang}/`),
        `link to /${lang}/`,
      ).toBe(true);
    }
    // Served at any unknown path, so a relative link would point somewhere else on every visit.
    const relative = tags
      .flatMap((t) => ['href', 'src'].map((a) => t.attrs.get(a)))
      .filter((u): u is string => u !== undefined && !/^(\/|#|[a-z]+:)/i.test(u));
    expect(relative).toEqual([]);
  });
});
