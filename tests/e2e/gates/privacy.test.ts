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

describe('no request to another origin, in the browser', () => {
  // One page, navigated from one built page to the next (a context per page would double the time); every request
  // it makes is recorded, and each test looks at those made while its page was open.
  let page: Page;
  let foreign: string[] = [];
  beforeAll(async () => {
    page = await newPage(browser, { width: 1280, height: 900 });
    const origin = new URL(server.url).origin;
    page.context().on('request', (request) => {
      const url = request.url();
      if (/^(data|blob|about):/.test(url)) return;
      if (new URL(url).origin !== origin) foreign.push(`${request.resourceType()} ${url}`);
    });
  });
  afterAll(async () => {
    await page?.context().close();
  });

  for (const builtPage of pages) {
    it(builtPage.path, async () => {
      foreign = [];
      await openPage(page, server.url, builtPage.path);
      await hydrateAll(page);
      await page.waitForLoadState('networkidle');
      expect(foreign, `${builtPage.path} requested other origins`).toEqual([]);
    });
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
