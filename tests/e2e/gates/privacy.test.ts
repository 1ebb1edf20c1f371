/**
 * Gate: privacy. Reading any page makes no request to another origin: no third-party fonts, scripts, images,
 * analytics or embeds. Checked twice: in Chromium (every request of every page, with every island hydrated), and
 * in the built files (no resource a browser would fetch or preconnect to points at another site), which also
 * covers what a browser might fetch only under conditions the test does not meet.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { pagePool, type PagePool } from '../support/pool';
import { launchBrowser, newPage } from '../../../scripts/lib/browser';
import { DIST_DIR, startStaticServer, type StaticServer } from '../../../scripts/lib/staticServer';
import { tagsOf } from '../../../src/lib/build/html';
import { cssUrls, srcsetUrls } from './markup';
import { builtPages, filesUnder, readPage } from '../../../scripts/lib/builtSite';
import { hydrateAll, openPage } from './browse';

const pages = builtPages();

/** <link rel> values that make a browser fetch or connect; canonical, alternate and the like only name a URL. */
const FETCHING_RELS = new Set([
  'stylesheet',
  'preload',
  'modulepreload',
  'prefetch',
  'preconnect',
  'dns-prefetch',
  'icon',
  'apple-touch-icon',
  'manifest',
  'prerender',
]);

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startStaticServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.concurrent('no request to another origin, in the browser', () => {
  // A few pages, each navigated from one built page to the next (a context per page would double the time); every
  // request a page makes is recorded, and each test looks at those made while it had the page.
  let pool: PagePool;
  const foreign = new Map<Page, string[]>();
  beforeAll(async () => {
    const origin = new URL(server.url).origin;
    pool = await pagePool(3, async () => {
      const page = await newPage(browser, { width: 1280, height: 900 });
      foreign.set(page, []);
      page.context().on('request', (request) => {
        const url = request.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) foreign.get(page)!.push(`${request.resourceType()} ${url}`);
      });
      return page;
    });
  });
  afterAll(async () => {
    await pool?.close();
  });

  // A chapter's former address leaves for the chapter as it opens (chapter-addresses.test.ts); the chapter is here anyway.
  for (const builtPage of pages.filter((p) => p.type !== 'redirect')) {
    it(builtPage.path, ({ expect }) =>
      pool.with(async (page) => {
        foreign.set(page, []);
        await openPage(page, server.url, builtPage.path);
        await hydrateAll(page);
        await page.waitForLoadState('networkidle');
        expect(foreign.get(page), `${builtPage.path} requested other origins`).toEqual([]);
      }),
    );
  }
});

describe('no resource from another origin, in the built files', () => {
  it('no script, stylesheet, image, frame, media, preconnect or CSS url() points at another site', () => {
    const LOCAL = 'http://local.invalid';
    const offenders: string[] = [];
    const check = (pagePath: string, url: string, via: string) => {
      if (/^(data|blob):/i.test(url.trim())) return;
      if (new URL(url, LOCAL + pagePath).origin !== LOCAL) offenders.push(`${pagePath}: ${via} ${url}`);
    };
    for (const builtPage of pages) {
      for (const tag of tagsOf(readPage(builtPage))) {
        const src = tag.attrs.get('src');
        if (src !== undefined && tag.name !== 'a') check(builtPage.path, src, `<${tag.name} src>`);
        const srcset = tag.attrs.get('srcset');
        if (srcset) for (const u of srcsetUrls(srcset)) check(builtPage.path, u, `<${tag.name} srcset>`);
        if (tag.name === 'link') {
          const rels = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
          if (rels.some((r) => FETCHING_RELS.has(r)))
            check(builtPage.path, tag.attrs.get('href') ?? '', `<link rel="${rels.join(' ')}">`);
        }
        if (tag.name === 'object' && tag.attrs.get('data'))
          check(builtPage.path, tag.attrs.get('data')!, '<object data>');
        if (tag.name === 'video' && tag.attrs.get('poster'))
          check(builtPage.path, tag.attrs.get('poster')!, '<video poster>');
        const style = tag.attrs.get('style');
        if (style) for (const u of cssUrls(style)) check(builtPage.path, u, 'style url()');
        if (tag.name === 'style' && tag.text)
          for (const u of cssUrls(tag.text)) check(builtPage.path, u, '<style> url()');
      }
    }
    for (const rel of filesUnder(DIST_DIR).filter((f) => f.endsWith('.css'))) {
      for (const u of cssUrls(readFileSync(path.join(DIST_DIR, rel), 'utf8'))) check(`/${rel}`, u, 'CSS url()');
    }
    expect(offenders.length, `third-party resources:\n${offenders.join('\n')}`).toBe(0);
  });
});
