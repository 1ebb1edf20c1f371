/**
 * Chapters' addresses in the build: every Spanish chapter at its Spanish slug, each pointing at its English twin
 * and back (hreflang, the language switches), the sitemap listing the addresses, no link anywhere to a former
 * address, and the former addresses (the file names', /es/prison-population/) sending readers on to the chapter,
 * with the step their link named.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { startStaticServer, DIST_DIR, type StaticServer } from './support/staticServer';
import { chapterAddresses } from '../../src/lib/chapterAddresses';
import { CHAPTER_SLUG } from '../../src/lib/chapterFile';
import { builtPages, filesUnder, pageTypeOf } from '../../scripts/lib/builtSite';
import { tagsOf, type Tag } from '../../src/lib/build/html';

const SITE = 'https://cecot-explainer.example';
const chapters = chapterAddresses();
const english = chapters.filter((c) => c.lang === 'en');
const spanish = chapters.filter((c) => c.lang === 'es');
const twinOf = (key: string, lang: string) => chapters.find((c) => c.key === key && c.lang === lang)!;
const moved = chapters.filter((c) => c.formerUrl !== undefined);

const fileFor = (urlPath: string) => path.join(DIST_DIR, urlPath, 'index.html');
const tags = (urlPath: string): Tag[] => tagsOf(readFileSync(fileFor(urlPath), 'utf8'));
const attrOf = (list: Tag[], name: string, match: (t: Tag) => boolean, attr: string) =>
  list.find((t) => t.name === name && match(t))?.attrs.get(attr);
const canonicalOf = (list: Tag[]) => attrOf(list, 'link', (t) => t.attrs.get('rel') === 'canonical', 'href');
const alternateOf = (list: Tag[], lang: string) =>
  attrOf(list, 'link', (t) => t.attrs.get('rel') === 'alternate' && t.attrs.get('hreflang') === lang, 'href');

describe('every chapter at its own address', () => {
  it('every Spanish chapter has a Spanish slug: lowercase ASCII, unlike its English twin', () => {
    expect(spanish.length).toBe(english.length);
    expect(spanish.length).toBeGreaterThan(5);
    for (const c of spanish) {
      const slug = c.url.split('/')[2]!;
      expect(CHAPTER_SLUG.test(slug), c.url).toBe(true);
      expect(c.url, c.key).not.toBe(`/es/${c.key}/`);
      expect(c.formerUrl, c.key).toBe(`/es/${c.key}/`);
    }
    // English addresses are the file names'.
    for (const c of english) expect(c.url).toBe(`/en/${c.key}/`);
    expect(english.every((c) => c.formerUrl === undefined)).toBe(true);
  });

  it.each(chapters.map((c) => [c.url, c] as const))('%s is the chapter, with itself as canonical URL', (url, c) => {
    expect(existsSync(fileFor(url)), url).toBe(true);
    const list = tags(url);
    expect(attrOf(list, 'html', () => true, 'lang')).toBe(c.lang);
    expect(canonicalOf(list)).toBe(`${SITE}${url}`);
    expect(list.some((t) => t.name === 'meta' && t.attrs.get('name') === 'robots')).toBe(false);
    expect(list.some((t) => t.name === 'article')).toBe(true);
    expect(pageTypeOf(url)).toBe('chapter');
  });
});

describe('each chapter and its twin point at each other', () => {
  it.each(english.map((c) => [c.key]))('%s', (key) => {
    const en = twinOf(key, 'en');
    const es = twinOf(key, 'es');
    for (const [page, other] of [
      [en, es],
      [es, en],
    ] as const) {
      const list = tags(page.url);
      expect(alternateOf(list, page.lang), `${page.url} hreflang ${page.lang}`).toBe(`${SITE}${page.url}`);
      expect(alternateOf(list, other.lang), `${page.url} hreflang ${other.lang}`).toBe(`${SITE}${other.url}`);
      expect(alternateOf(list, 'x-default')).toBe(`${SITE}${en.url}`);
      // The header's switch, the note offering the other edition and each scroller's switch.
      const switches = list.filter((t) => t.name === 'a' && t.attrs.has('data-lang-switch'));
      expect(switches.length, page.url).toBeGreaterThan(1);
      for (const a of switches) expect(a.attrs.get('href'), page.url).toBe(other.url);
    }
  });
});

describe('the sitemap', () => {
  const xml = existsSync(path.join(DIST_DIR, 'sitemap.xml'))
    ? readFileSync(path.join(DIST_DIR, 'sitemap.xml'), 'utf8')
    : '';
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

  it('lists every chapter at its address and no former address', () => {
    for (const c of chapters) expect(listed, c.url).toContain(`${SITE}${c.url}`);
    for (const c of moved) expect(listed, c.formerUrl).not.toContain(`${SITE}${c.formerUrl}`);
  });
});

describe('no link to a former address', () => {
  // Every text file the build writes (pages, feeds, oEmbed documents, data, scripts) but the former addresses' own
  // pages. An address is preceded by a quote, a bracket, a space, an equals sign or the site's origin, which
  // leaves out embeds and images of the charts that share a chapter's name (/embed/es/prison-population/).
  const formerPages = new Set(moved.map((c) => path.join(c.formerUrl!.slice(1), 'index.html')));
  const files = filesUnder(DIST_DIR).filter((f) => /\.(html|xml|json|txt|js|csv)$/.test(f) && !formerPages.has(f));
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

  it('in any built file', () => {
    expect(files.length).toBeGreaterThan(100);
    const pattern = new RegExp(`(?:["'(\\s=]|${escape(SITE)})(${moved.map((c) => escape(c.formerUrl!)).join('|')})`);
    const found = files.flatMap((f) => {
      const m = pattern.exec(readFileSync(path.join(DIST_DIR, f), 'utf8'));
      return m ? [`${f}: ${m[1]}`] : [];
    });
    expect(found).toEqual([]);
  });
});

describe("a chapter's former address", () => {
  it('is a page of the build of its own type, one per Spanish chapter', () => {
    const redirects = builtPages()
      .filter((p) => p.type === 'redirect')
      .map((p) => p.path);
    expect(redirects.sort()).toEqual(moved.map((c) => c.formerUrl).sort());
  });

  it.each(moved.map((c) => [c.formerUrl, c] as const))(
    '%s names the chapter as canonical, stays out of search, and refreshes to it without JavaScript',
    (former, c) => {
      const list = tags(former!);
      expect(attrOf(list, 'html', () => true, 'lang')).toBe(c.lang);
      expect(canonicalOf(list)).toBe(`${SITE}${c.url}`);
      expect(attrOf(list, 'meta', (t) => t.attrs.get('name') === 'robots', 'content')).toBe('noindex');
      expect(attrOf(list, 'meta', (t) => t.attrs.get('http-equiv') === 'refresh', 'content')).toBe(`0; url=${c.url}`);
      expect(attrOf(list, 'a', () => true, 'href')).toBe(c.url);
      expect(list.some((t) => t.name === 'link' && t.attrs.get('hreflang'))).toBe(false);
    },
  );
});

describe("a chapter's former address, in the browser", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startStaticServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** What a deep link names, far down the chapter: its last step, or its last section heading. */
  function targetOf(url: string): string {
    const list = tags(url);
    const steps = list.filter((t) => t.name === 'div' && t.attrs.get('class') === 'step' && t.attrs.has('id'));
    const headings = list.filter((t) => t.name === 'h2' && t.attrs.has('id'));
    return (steps.at(-1) ?? headings.at(-1))!.attrs.get('id')!;
  }

  it.each(moved.map((c) => [c.formerUrl, c] as const))(
    '%s#step leads to the chapter at that step, with no error or policy violation',
    async (former, c) => {
      const id = targetOf(c.url);
      const page = await newPage(browser, { width: 375, height: 812 });
      try {
        await page.goto(`${server.url}${former}#${encodeURIComponent(id)}`);
        await page.waitForURL(`${server.url}${c.url}#${encodeURIComponent(id)}`, { timeout: 10_000 });
        await page.waitForLoadState('load');
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(c.lang);
        // The browser scrolled to the step the link named.
        await expect
          .poll(
            () =>
              page.evaluate((target) => {
                const box = document.getElementById(target)!.getBoundingClientRect();
                return box.top < innerHeight && box.bottom > 0 && scrollY > 0;
              }, id),
            { timeout: 10_000 },
          )
          .toBe(true);
        expect(page.errors).toEqual([]);
        // The former address is not left in the history (only the tab's blank page and the chapter), so Back does
        // not bounce the reader forward again.
        expect(await page.evaluate(() => history.length)).toBe(2);
      } finally {
        await page.context().close();
      }
    },
  );

  it('without JavaScript, the refresh leads to the chapter (the fragment is lost: Chromium drops it)', async () => {
    const c = moved[0]!;
    const page = await newPage(browser, { width: 1440, height: 900, javaScriptEnabled: false });
    try {
      await page.goto(`${server.url}${c.formerUrl}#${encodeURIComponent(targetOf(c.url))}`);
      await page.waitForURL(`${server.url}${c.url}`, { timeout: 10_000 });
      expect(new URL(page.url()).pathname).toBe(c.url);
    } finally {
      await page.context().close();
    }
  });
});
