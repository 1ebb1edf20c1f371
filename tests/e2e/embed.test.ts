/**
 * Embeds as partners use them, in headless Chromium. The built site is served on one port and partner pages on
 * another (so every frame is cross-origin, as on a real partner site). A partner page embeds a chart:
 * - with the unmodified Pym.js from npm (`new pym.Parent(...)`),
 * - with the code from our oEmbed document (iframe + /embed.js), also sandboxed ("allow-scripts allow-popups"),
 * - with an AMP-style host that only understands `{sentinel: 'amp', type: 'embed-size'}`,
 * each in a narrow (320 px) and a wide (1000 px) column, and the frame must end up as tall as the document it
 * shows (within 2 px), with nothing scrolled out of view. Hostile messages (from another frame, bad heights) must
 * not move it, and the partner's page must not be turned against the partner: a sibling frame from a third origin
 * cannot drive our published Pym.js code (stretch the frame, or navigate the page away), and an element named like
 * embed.js's once-only mark does not switch the script off. The embed pages themselves must work without JavaScript, stay out of search engines, point to
 * the story and exist, with an oEmbed document, for every chart, language and view in the registry. Their
 * previous/next stepper (no chart island: server-rendered views swapped by a small inline script) must start at
 * the page's view, show each view with its own table and announce its description, stop at the ends with focus
 * kept, keep the frame sized, and fade only for readers who have not asked for reduced motion.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, ElementHandle, Frame } from 'playwright-core';
import { launchBrowser, newPage, type TestPage } from './support/browser';
import { settle } from './support/settle';
import { DIST_DIR, startStaticServer, type StaticServer } from './support/staticServer';
import { allEmbeds } from '../../src/embeds/embed';
import { embedPath, oembedPath, PYM_SCRIPT_URL, pymXdomain, type OEmbedDocument } from '../../src/embeds/code';
import { HEIGHT_REQUEST, MAX_HEIGHT } from '../../src/embeds/protocol';
import { checkChapterFile } from '../support/chapters';
import { chapterAddresses } from '../../src/lib/chapterAddresses';
import { embedViews, stepperFor } from '../../src/embeds/views';
import { registry, tableOf as rowsOf, type RegisteredChartId } from '../../src/charts/registry';
import { t } from '../../src/lib/i18n';

const CHART = 'prison-population';
const VIEW = 'state-of-exception';
const PYM = path.resolve('node_modules/pym.js/dist/pym.v1.min.js');

/** The first chapter using a chart, from the MDX files parsed and checked as the build does (src/embeds/stories.ts). */
/** The chapter that shows `chart`, its address there, and the first chart it shows (the one it advertises). */
function chapterFor(chart: string, lang: string): { url: string; href: string; first: RegisteredChartId } | null {
  const folder = path.resolve('content/chapters', lang);
  for (const file of readdirSync(folder)
    .filter((f) => /^\d\d-.*\.mdx$/.test(f))
    .sort()) {
    const { charts } = checkChapterFile(path.join(folder, file));
    const use = charts.find((u) => u.chart === chart);
    const url = chapterAddresses().find((c) => c.lang === lang && `${c.key}.mdx` === file.replace(/^\d\d-/, ''))!.url;
    if (use) return { url, href: `${url}#${use.anchor}`, first: charts[0]!.chart as RegisteredChartId };
  }
  return null;
}

let site: StaticServer;
let partner: { url: string; pages: Map<string, string>; close(): Promise<void> };
/** A third origin: the hostile sibling frame on a partner's page (an ad, a comment widget). */
let hostile: { url: string; pages: Map<string, string>; close(): Promise<void> };
let browser: Browser;
/** The site address the build wrote into embed code (astro.config.mjs `site`), replaced by the test server's. */
let builtSite: string;

/** A second origin for partner pages: serves pages registered by the tests, and Pym.js as published on npm. */
async function startPartner() {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://partner');
    if (url.pathname === '/pym.v1.min.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(PYM));
    } else if (pages.has(url.pathname)) {
      res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
        .end(pages.get(url.pathname));
    } else {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    pages,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

beforeAll(async () => {
  site = await startStaticServer();
  partner = await startPartner();
  hostile = await startPartner();
  browser = await launchBrowser();
  const doc = JSON.parse(readFileSync(path.join(DIST_DIR, oembedPath('en', CHART)), 'utf8')) as OEmbedDocument;
  builtSite = new URL(doc.provider_url).origin;
});

afterAll(async () => {
  await browser?.close();
  await partner?.close();
  await hostile?.close();
  await site?.close();
});

/** The embed code a partner would paste (from the oEmbed document), pointing at the test server. */
function pastedCode(view = VIEW, chart = CHART): string {
  const doc = JSON.parse(readFileSync(path.join(DIST_DIR, oembedPath('en', chart, view)), 'utf8')) as OEmbedDocument;
  return doc.html.replaceAll(builtSite, site.url);
}

/**
 * The Pym.js code as published in the "Embed" disclosure of the chart catalogue (the text of its read-only field),
 * pointing at the test servers: our pages on the site server, Pym.js from the partner's own server.
 */
function publishedPymCode(view = VIEW, chart = CHART): string {
  const html = readFileSync(path.join(DIST_DIR, 'en/charts/index.html'), 'utf8');
  const field = new RegExp(`<textarea id="embed-${chart}-${view}-\\d+-pym"[^>]*>([^<]*)</textarea>`).exec(html);
  if (!field) throw new Error(`no Pym.js code for ${chart}/${view} in the catalogue`);
  const code = field[1]!
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  // The origin also appears as Pym's xdomain pattern (escaped for a regular expression, inside a JS string).
  const inJs = (origin: string) => JSON.stringify(pymXdomain(origin)).slice(1, -1);
  return code
    .replaceAll(inJs(builtSite), inJs(site.url))
    .replaceAll(builtSite, site.url)
    .replace(PYM_SCRIPT_URL, `${partner.url}/pym.v1.min.js`);
}

function partnerPage(name: string, body: string): string {
  partner.pages.set(
    `/${name}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner: ${name}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><style>body{margin:0;padding:16px;font-family:serif}</style></head>
<body><h1>A partner article</h1><p>Some text above the chart.</p>${body}<p>Some text below the chart.</p></body></html>`,
  );
  return `${partner.url}/${name}.html`;
}

const embedUrl = (view = VIEW) => `${site.url}${embedPath('en', CHART, view)}`;

/** What the frame element measures in the partner page, and what its document measures inside. */
async function measure(iframe: ElementHandle<HTMLIFrameElement>, frame: Frame) {
  const frameHeight = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const inside = await frame.evaluate(() => ({
    documentHeight: document.documentElement.getBoundingClientRect().height,
    scrollHeight: document.documentElement.scrollHeight,
    viewportHeight: window.innerHeight,
    width: document.documentElement.clientWidth,
  }));
  return { frameHeight, ...inside };
}

/** Waits until the frame is as tall as its document (within 2 px) and stays so, then returns the measurements. */
async function settledFrame(page: TestPage, selector: string, { url = /\/embed\// } = {}) {
  const iframe = (await page.waitForSelector(selector)) as ElementHandle<HTMLIFrameElement>;
  const frame = (await iframe.contentFrame())!;
  // Lazy frames load when they come near the viewport.
  await iframe.scrollIntoViewIfNeeded();
  await frame.waitForURL(url);
  await frame.waitForLoadState('load');
  await frame.waitForSelector('main.embed svg');
  // The stepper's buttons appear once its inline script has run.
  await frame.waitForSelector('.step-controls', { state: 'visible' });
  await expect
    .poll(
      async () => {
        const m = await measure(iframe, frame);
        return Math.abs(m.frameHeight - m.documentHeight);
      },
      { timeout: 10_000 },
    )
    .toBeLessThanOrEqual(2);
  await page.waitForTimeout(300);
  return { iframe, frame, ...(await measure(iframe, frame)) };
}

function expectFits(m: { frameHeight: number; documentHeight: number; scrollHeight: number; viewportHeight: number }) {
  expect(Math.abs(m.frameHeight - m.documentHeight)).toBeLessThanOrEqual(2);
  // Nothing hidden below the frame's edge: the document does not scroll inside it.
  expect(m.scrollHeight).toBeLessThanOrEqual(m.viewportHeight + 2);
  // A real chart page, not an error page or an empty frame.
  expect(m.documentHeight).toBeGreaterThan(300);
}

/** The cells of the visible "Show the data" table, row by row. */
function tableOf(page: TestPage): Promise<string[][]> {
  return page
    .locator('.embed-view tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
}

/** What the registry says a view's table lists. */
function expectedTable(chart: RegisteredChartId, state: object): string[][] {
  return rowsOf(chart, [state], 'en').map((r) => [r.series, r.date, r.value, ...(r.unit ? [r.unit] : []), r.source]);
}

const hosts = {
  'Pym.js (unmodified, from npm)': (width: number) =>
    `<div id="chart-box" style="width:${width}px"></div>
<script src="/pym.v1.min.js"></script>
<script>window.pymParent = new pym.Parent('chart-box', ${JSON.stringify(embedUrl())}, {});</script>`,
  'our host script (pasted embed code)': (width: number) => `<div style="width:${width}px">${pastedCode()}</div>`,
  'an AMP-style host': (width: number) =>
    `<div style="width:${width}px"><iframe id="amp-frame" src="${embedUrl()}" title="chart" style="width:100%;border:0" height="150"></iframe></div>
<script>
  const frame = document.getElementById('amp-frame');
  addEventListener('message', (event) => {
    const data = event.data;
    if (event.source !== frame.contentWindow || !data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    frame.style.height = data.height + 'px';
  });
</script>`,
} as const;

describe('the frame takes the height of the chart page', () => {
  for (const [host, body] of Object.entries(hosts)) {
    for (const width of [320, 1000]) {
      it(`with ${host}, in a ${width} px column`, async () => {
        const page = await newPage(browser, { width: width + 80, height: 800 });
        try {
          await page.goto(partnerPage(`${host.replace(/\W+/g, '-')}-${width}`, body(width)), { waitUntil: 'load' });
          const m = await settledFrame(page, 'iframe');
          expectFits(m);
          expect(m.width).toBe(width);
          // The page reports again when its content changes height: open the data table.
          await m.frame.locator('.chart-data summary').click();
          await expect
            .poll(async () => (await measure(m.iframe, m.frame)).frameHeight, { timeout: 10_000 })
            .toBeGreaterThan(m.frameHeight + 100);
          expectFits(await settledFrame(page, 'iframe'));
          expect(page.errors).toEqual([]);
        } finally {
          await page.context().close();
        }
      });
    }
  }

  it('with our host script and the iframe sandboxed ("allow-scripts allow-popups")', async () => {
    const page = await newPage(browser, { width: 700, height: 800 });
    try {
      const code = pastedCode().replace('<iframe ', '<iframe sandbox="allow-scripts allow-popups" ');
      await page.goto(partnerPage('sandboxed', `<div style="width:600px">${code}</div>`), { waitUntil: 'load' });
      // The opaque-origin page could not load module scripts from our server (no CORS headers there); the page's
      // scripts are all inline, so the stepper and the resize reporter run as usual.
      const settled = await settledFrame(page, 'iframe');
      expectFits(settled);
      const position = () => settled.frame.locator('[data-position]').textContent();
      const before = await position();
      await settled.frame.getByRole('button', { name: 'Next', exact: true }).click();
      await expect.poll(position).not.toBe(before);
      expectFits(await settledFrame(page, 'iframe'));
    } finally {
      await page.context().close();
    }
  });

  it('when the host script loads after the frame has reported (it asks again)', async () => {
    const page = await newPage(browser, { width: 700, height: 800 });
    try {
      const [iframeCode] = pastedCode().split('\n');
      const body = `<div style="width:600px">${iframeCode!.replace(' loading="lazy"', '')}</div>
<script>document.querySelector('iframe').addEventListener('load', () => setTimeout(() => {
  const s = document.createElement('script'); s.src = ${JSON.stringify(`${site.url}/embed.js`)}; document.body.append(s);
}, 1500));</script>`;
      await page.goto(partnerPage('late-host', body), { waitUntil: 'load' });
      expectFits(await settledFrame(page, 'iframe'));
    } finally {
      await page.context().close();
    }
  });
});

describe('hostile messages', () => {
  it('from another frame, from the page itself, or with bad heights do not move the frame; absurd ones are capped', async () => {
    const page = await newPage(browser, { width: 800, height: 800 });
    try {
      partner.pages.set(
        '/evil.html',
        `<!doctype html><title>evil</title><script>
  for (const height of [50, 20000]) {
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
    parent.postMessage('pymxPYMxanythingxPYMxheightxPYMx' + height, '*');
  }
  parent.postMessage('evil-done', '*');
</script>`,
      );
      await page.goto(partnerPage('hostile', `<div style="width:600px">${pastedCode()}</div>`), { waitUntil: 'load' });
      const settled = await settledFrame(page, 'iframe[data-cecot-embed]');
      const height = () => settled.iframe.evaluate((el) => el.getBoundingClientRect().height);
      const before = await height();

      // Another frame on the page posts heights.
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            addEventListener('message', (e) => e.data === 'evil-done' && resolve());
            const evil = document.createElement('iframe');
            evil.src = '/evil.html';
            document.body.append(evil);
          }),
      );
      // The page itself posts heights (window.postMessage: the source is the page, not a frame).
      await page.evaluate(() => {
        postMessage({ sentinel: 'amp', type: 'embed-size', height: 50 }, '*');
        postMessage('pymxPYMxxxPYMxheightxPYMx50', '*');
      });
      // Our own frame posts bad heights (as a compromised or buggy page might).
      await settled.frame.evaluate(() => {
        const bad: unknown[] = [Number.NaN, -5, 0, 'abc', '100px', '1e3', null, {}, [90], Number.POSITIVE_INFINITY];
        for (const height of bad) parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
        for (const height of ['NaN', '-5', 'abc', '100px; position:fixed', ''])
          parent.postMessage(`pymxPYMxidxPYMxheightxPYMx${height}`, '*');
      });
      await page.waitForTimeout(500);
      expect(await height()).toBe(before);

      // An absurd height from our frame is capped, not applied.
      await settled.frame.evaluate(() => parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 1e9 }, '*'));
      await expect.poll(height).toBe(MAX_HEIGHT);
      // Asked again, the page reports its real height.
      await page.evaluate(
        (request) =>
          document
            .querySelector<HTMLIFrameElement>('iframe[data-cecot-embed]')!
            .contentWindow!.postMessage(request, '*'),
        HEIGHT_REQUEST,
      );
      await expect.poll(height).toBe(before);
      expect(page.errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('a partner page cannot be turned against its partner', () => {
  it("with our Pym.js code, a sibling frame of another origin can neither stretch our frame nor move the partner's page", async () => {
    const page = await newPage(browser, { width: 800, height: 800, reducedMotion: 'reduce' });
    try {
      const id = `cecot-${CHART}-${VIEW}`;
      const target = `${hostile.url}/hijacked.html`;
      hostile.pages.set('/hijacked.html', '<!doctype html><title>hijacked</title><p>Not the partner.</p>');
      hostile.pages.set(
        '/ad.html',
        `<!doctype html><title>ad</title><script>
  const id = ${JSON.stringify(id)};
  parent.postMessage('pymxPYMx' + id + 'xPYMxheightxPYMx99999', '*');
  parent.postMessage('pymxPYMx' + id + 'xPYMxnavigateToxPYMx' + ${JSON.stringify(target)}, '*');
  parent.postMessage('ad-done', '*');
</script>`,
      );
      // The partner page records every navigation it starts (and stops it, so the page stays to be measured).
      // Messages from one window arrive in the order they were posted, so by "ad-done" Pym has handled the others.
      const body = `<div style="width:600px">${publishedPymCode()}</div>
<script>window.navigations = []; navigation.addEventListener('navigate', (e) => {
  navigations.push(e.destination.url); e.preventDefault();
});</script>`;
      await page.goto(partnerPage('pym-with-ad', body), { waitUntil: 'load' });
      // Our published code still sizes the frame: xdomain lets our own origin through.
      const settled = await settledFrame(page, `#${id} iframe`);
      expectFits(settled);
      await page.evaluate(
        (src) =>
          new Promise<void>((resolve) => {
            addEventListener('message', (e) => e.data === 'ad-done' && resolve());
            const ad = document.createElement('iframe');
            ad.title = 'advertisement';
            ad.src = src;
            document.body.append(ad);
          }),
        `${hostile.url}/ad.html`,
      );
      // Both effects in one comparison, so a failure shows each of them.
      const after = {
        navigations: await page.evaluate(() => (window as unknown as { navigations: string[] }).navigations),
        url: page.url(),
        frameHeight: (await measure(settled.iframe, settled.frame)).frameHeight,
      };
      expect(after).toEqual({
        navigations: [],
        url: `${partner.url}/pym-with-ad.html`,
        frameHeight: settled.frameHeight,
      });
      expect(page.errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('an element with id="cecotEmbed" on the page (a link in a comment) does not switch embed.js off', async () => {
    const page = await newPage(browser, { width: 800, height: 800, reducedMotion: 'reduce' });
    try {
      const comment = `<p class="comment">Reader: <a id="cecotEmbed" name="cecotEmbed" href="#">see here</a></p>`;
      await page.goto(partnerPage('comment-id', `${comment}<div style="width:600px">${pastedCode()}</div>`), {
        waitUntil: 'load',
      });
      expectFits(await settledFrame(page, 'iframe[data-cecot-embed]'));
      expect(page.errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('embed pages', () => {
  const embeds = allEmbeds();

  it('exist, with an oEmbed document, for every chart, language and view in the registry', () => {
    expect(embeds.length).toBeGreaterThan(10);
    for (const embed of embeds) {
      const page = path.join(DIST_DIR, embedPath(embed.lang, embed.chart, embed.view), 'index.html');
      expect(existsSync(page), page).toBe(true);
      const doc = JSON.parse(
        readFileSync(path.join(DIST_DIR, oembedPath(embed.lang, embed.chart, embed.view)), 'utf8'),
      ) as OEmbedDocument;
      expect(doc).toMatchObject({ type: 'rich', version: '1.0', provider_name: t(embed.lang, 'site.title') });
      expect(doc.html).toContain(`src="${builtSite}${embedPath(embed.lang, embed.chart, embed.view)}"`);
      expect(doc.thumbnail_url).toBe(`${builtSite}/images/${embed.lang}/${embed.chart}/${embed.view}.png`);
      // The thumbnail is the static image built for this view, at the size the document announces.
      const png = readFileSync(path.join(DIST_DIR, `images/${embed.lang}/${embed.chart}/${embed.view}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([doc.thumbnail_width, doc.thumbnail_height]);
      expect(existsSync(path.join(DIST_DIR, `images/${embed.lang}/${embed.chart}/${embed.view}.svg`))).toBe(true);
      const html = readFileSync(page, 'utf8');
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toContain(`href="${builtSite}${oembedPath(embed.lang, embed.chart, embed.view)}"`);
    }
  });

  it('are complete without JavaScript: chart, sources, canonical link to the story', async () => {
    const page = await newPage(browser, { width: 375, height: 800, javaScriptEnabled: false });
    try {
      await page.goto(embedUrl(), { waitUntil: 'load' });
      expect(await page.locator('main.embed svg').count()).toBeGreaterThan(0);
      expect(await page.locator('h1').textContent()).toBe(t('en', 'pp.title'));
      expect(await page.locator('[data-chart-description]').first().textContent()).toMatch(/\d/);
      expect(await page.locator('.chart-source a').count()).toBeGreaterThan(2);
      const story = chapterFor(CHART, 'en');
      expect(story).not.toBeNull();
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${builtSite}${story!.url}`);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      const back = page.locator('.embed-credit a');
      expect(await back.getAttribute('href')).toBe(`${builtSite}${story!.href}`);
      const anchor = story!.href.split('#')[1]!;
      expect(readFileSync(path.join(DIST_DIR, story!.url, 'index.html'), 'utf8')).toContain(`id="${anchor}"`);
      expect(await back.getAttribute('target')).toBe('_blank');
      expect(await back.getAttribute('rel')).toBe('noopener noreferrer');
      // Every other link opens in a new tab too (the page's <base target>), never inside the partner's frame.
      expect(await page.locator('base').getAttribute('target')).toBe('_blank');
      // Without scripts there are no previous/next buttons that would do nothing.
      expect(await page.locator('.step-controls').isVisible()).toBe(false);
      expect(await page.getByRole('button').count()).toBe(0);
      // The page's own view, one only (the others wait in inert templates), with its description and its table.
      const state = embedViews(CHART).find((v) => v.name === VIEW)!.state;
      expect(await page.locator('.embed-view').count()).toBe(1);
      expect(await page.locator('.embed-view [data-chart-description]').textContent()).toBe(
        registry[CHART].describe(state as never, 'en'),
      );
      expect(await tableOf(page)).toEqual(expectedTable(CHART, state));
    } finally {
      await page.context().close();
    }
  });

  it('follow ?theme=light|dark over the reader setting, and shrug off malformed queries', async () => {
    const page = await newPage(browser, { width: 400, height: 800 });
    try {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${embedUrl()}?theme=dark`, { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
      const darkBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${embedUrl()}?theme=light`, { waitUntil: 'load' });
      const lightBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(lightBackground).not.toBe(darkBackground);
      for (const query of [
        '?theme=purple',
        '?theme=%E0%A4%A&childId=%%%',
        '?theme[]=dark&&&=',
        '?childId=' + 'x'.repeat(5000),
      ]) {
        await page.goto(`${embedUrl()}${query}`, { waitUntil: 'load' });
        expect(await page.evaluate(() => document.documentElement.dataset['theme'] ?? null)).toBeNull();
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
          darkBackground,
        );
      }
      expect(page.errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('fit a 280 px column without a sideways scrollbar (content reaching past the edge is reported)', async () => {
    const reaching: string[] = [];
    const page = await newPage(browser, { width: 280, height: 800 });
    try {
      for (const { chart, view } of embeds.filter((e) => e.lang === 'en')) {
        await page.goto(`${site.url}${embedPath('en', chart, view)}`, { waitUntil: 'load' });
        const m = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          // HTML labels of the chart that end past the frame's edge (drawn, then clipped).
          const past = [...document.querySelectorAll('.embed-graphic *')]
            .filter((el) => !(el instanceof SVGElement) && !el.closest('svg'))
            .map((el) => Math.ceil(el.getBoundingClientRect().right - width));
          return { overflow: document.documentElement.scrollWidth - width, reach: Math.max(0, ...past) };
        });
        expect(m.overflow, `${chart}/${view}`).toBeLessThanOrEqual(0);
        if (m.reach > 0) reaching.push(`${chart}/${view} (${m.reach} px)`);
      }
    } finally {
      await page.context().close();
    }
    if (reaching.length > 0)
      console.warn(`At 280 px, chart content reaches past the edge (clipped) in: ${reaching.join(', ')}`);
  }, 180_000);

  it('run no chart island and load no script file: four small inline scripts of their own (sizes reported)', async () => {
    const page = await newPage(browser, { width: 600, height: 900 });
    try {
      const files: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') files.push(request.url());
      });
      await page.goto(embedUrl(), { waitUntil: 'networkidle' });
      expect(files).toEqual([]);
      expect(await page.locator('astro-island').count()).toBe(0);
      const inline = await page.evaluate(() =>
        [...document.scripts].filter((s) => !s.src).map((s) => s.textContent ?? ''),
      );
      const named = {
        theme: inline.filter((s) => s.includes('dataset.theme')),
        stepper: inline.filter((s) => s.includes('[data-stepper]')),
        reporter: inline.filter((s) => s.includes('embed-size')),
        readouts: inline.filter((s) => s.includes('data-readout-host')),
      };
      const gzip = (s: string) => gzipSync(s).length;
      const sizes = Object.entries(named).map(([name, [script = '']]) => `${name} ${gzip(script)} B`);
      const total = inline.reduce((n, s) => n + gzip(s), 0);
      console.info(`embed page JS, gzipped: ${total} B in all (${sizes.join(', ')})`);
      expect(inline).toHaveLength(4);
      for (const scripts of Object.values(named)) expect(scripts).toHaveLength(1);
      // 1.5 KB for the frame's own workings, and as much again for the charts' value read-outs.
      expect(total).toBeLessThan(3072);
    } finally {
      await page.context().close();
    }
  });
});

describe('the stepper', () => {
  it("starts at the page's view and walks every view: position, chart, table and announcement follow; ends stop it, focus stays", async () => {
    const page = await newPage(browser, { width: 600, height: 900 });
    try {
      const { states, indexOf } = stepperFor(CHART);
      const entry = registry[CHART];
      const start = indexOf(VIEW);
      expect(start).toBeGreaterThan(0);
      await page.goto(embedUrl(), { waitUntil: 'load' });
      const previous = page.getByRole('button', { name: 'Previous', exact: true });
      const next = page.getByRole('button', { name: 'Next', exact: true });
      const announce = page.locator('[data-announce]');
      const expectShowing = async (i: number) => {
        expect(await page.locator('[data-position]').textContent()).toBe(
          t('en', 'chart.step', { n: i + 1, total: states.length }),
        );
        expect(await page.locator('.embed-view').count()).toBe(1);
        expect(await page.locator('.embed-view [data-chart-description]').textContent()).toBe(
          entry.describe(states[i] as never, 'en'),
        );
        expect(await tableOf(page)).toEqual(expectedTable(CHART, states[i]!));
        expect(await previous.getAttribute('aria-disabled')).toBe(String(i === 0));
        expect(await next.getAttribute('aria-disabled')).toBe(String(i === states.length - 1));
      };

      await expectShowing(start);
      // Nothing is announced before the reader steps.
      expect(await announce.textContent()).toBe('');

      // Forward to the last view, by mouse and by keyboard; the announcement is the new view's description.
      for (let i = start + 1; i < states.length; i++) {
        if (i % 2) await next.click();
        else await next.press('Enter');
        await expectShowing(i);
        expect(await announce.textContent()).toBe(entry.describe(states[i] as never, 'en'));
        expect(await next.evaluate((el) => el === document.activeElement)).toBe(true);
      }
      // At the end, Next does nothing, and keeps the focus (a disabled button would drop it).
      await next.click({ force: true });
      await next.press('Enter');
      await expectShowing(states.length - 1);
      expect(await next.evaluate((el) => el === document.activeElement)).toBe(true);

      for (let i = states.length - 2; i >= 0; i--) {
        await previous.click();
        await expectShowing(i);
        expect(await announce.textContent()).toBe(entry.describe(states[i] as never, 'en'));
      }
      await previous.click({ force: true });
      await expectShowing(0);
      expect(await previous.evaluate((el) => el === document.activeElement)).toBe(true);
      // Only the live region speaks: the charts' own descriptions are plain text once the stepper runs.
      expect(await page.locator('main [aria-live]').count()).toBe(1);
      expect(page.errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('keeps "Show the data" open or closed as the reader left it', async () => {
    const page = await newPage(browser, { width: 600, height: 900 });
    try {
      await page.goto(embedUrl(), { waitUntil: 'load' });
      const details = page.locator('.embed-view details');
      const next = page.getByRole('button', { name: 'Next', exact: true });
      await page.locator('.embed-view summary').click();
      await next.click();
      expect(await details.evaluate((el: HTMLDetailsElement) => el.open)).toBe(true);
      await page.locator('.embed-view summary').click();
      await page.getByRole('button', { name: 'Previous', exact: true }).click();
      expect(await details.evaluate((el: HTMLDetailsElement) => el.open)).toBe(false);
    } finally {
      await page.context().close();
    }
  });

  it('reports the new height to the host after a step that changes it', async () => {
    const page = await newPage(browser, { width: 700, height: 800 });
    try {
      // The cell chart's views differ in height (one cell close up, the whole prison); the partner page logs
      // every height our frame sends.
      const body = `<div style="width:600px">${pastedCode('default', 'cecot-cell')}</div>
<script>window.heights = []; addEventListener('message', (e) => {
  const frame = document.querySelector('iframe');
  if (e.source === frame.contentWindow && e.data && e.data.sentinel === 'amp') heights.push(e.data.height);
});</script>`;
      await page.goto(partnerPage('stepping-heights', body), { waitUntil: 'load' });
      const settled = await settledFrame(page, 'iframe', { url: /cecot-cell/ });
      const next = settled.frame.getByRole('button', { name: 'Next', exact: true });
      const heights = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights);
      let changes = 0;
      let last = settled.documentHeight;
      while ((await next.getAttribute('aria-disabled')) === 'false') {
        await next.click();
        const { documentHeight } = await measure(settled.iframe, settled.frame);
        if (Math.ceil(documentHeight) !== Math.ceil(last)) {
          changes += 1;
          await expect.poll(async () => (await heights()).at(-1), { timeout: 5_000 }).toBe(Math.ceil(documentHeight));
        }
        expectFits(await settledFrame(page, 'iframe', { url: /cecot-cell/ }));
        last = documentHeight;
      }
      expect(changes, 'steps that changed the page height').toBeGreaterThan(0);
      expect(page.errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('fades the new view in briefly, and not at all for readers who asked for reduced motion', async () => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const page = await newPage(browser, { width: 600, height: 900, reducedMotion });
      try {
        await page.goto(embedUrl(), { waitUntil: 'load' });
        // The page records each fade as it starts: a 180 ms fade can be over before a test on a busy machine
        // could look at the running animations, but its start event is never missed.
        await page.evaluate(() => {
          const started: number[] = [];
          (window as unknown as { fades: number[] }).fades = started;
          document.addEventListener('animationstart', (event) => {
            const el = event.target as HTMLElement;
            if (el.classList.contains('embed-view'))
              started.push(parseFloat(getComputedStyle(el).animationDuration) * 1000);
          });
        });
        const fades = () => page.evaluate(() => (window as unknown as { fades: number[] }).fades);
        // The view the page opens with never fades.
        expect(await page.locator('.embed-view').evaluate((el) => el.getAnimations().length)).toBe(0);
        const before = await page.locator('.embed-view').getAttribute('data-label');
        await page.getByRole('button', { name: 'Next', exact: true }).click();
        await expect.poll(() => page.locator('.embed-view').getAttribute('data-label')).not.toBe(before);
        await settle(page);
        const after = await fades();
        if (reducedMotion === 'reduce') expect(after).toEqual([]);
        else {
          expect(after).toHaveLength(1);
          expect(after[0]).toBeGreaterThan(0);
          expect(after[0]).toBeLessThanOrEqual(250);
        }
      } finally {
        await page.context().close();
      }
    }
  });
});

describe('embed code on the story pages', () => {
  it('is a keyboard-usable disclosure with code that can be copied, and the chapter advertises its oEmbed', async () => {
    const story = chapterFor(CHART, 'en')!;
    const page = await newPage(browser, { width: 1000, height: 900 });
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
      await page.goto(`${site.url}${story.url}`, { waitUntil: 'load' });
      expect(await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href')).toBe(
        `${builtSite}${oembedPath('en', story.first)}`,
      );
      const details = page.locator(`[data-chart="${CHART}"] details.embed-code`).first();
      const summary = details.locator('summary');
      await summary.focus();
      await page.keyboard.press('Enter');
      expect(await details.evaluate((el: HTMLDetailsElement) => el.open)).toBe(true);
      const field = details.locator('textarea').first();
      const code = await field.inputValue();
      expect(code).toMatch(/^<iframe data-cecot-embed src="https:\/\/[^"]+\/embed\/en\/prison-population\//);
      expect(code).toContain('/embed.js"></script>');
      expect(code).toContain('<noscript><img src=');
      expect(await details.locator('textarea').nth(1).inputValue()).toContain('new pym.Parent(');
      await details.getByRole('button', { name: 'Copy code' }).first().click();
      await expect.poll(() => details.locator('[role="status"]').first().textContent()).toBe('Copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
      expect(page.errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('offers an embed and a CSV download under every chart of the catalogue', () => {
    const html = readFileSync(path.join(DIST_DIR, 'en/charts/index.html'), 'utf8');
    const frames = html.match(/<figure class="chart-frame/g)?.length ?? 0;
    expect(frames).toBeGreaterThan(0);
    expect(html.match(/<details class="embed-code/g)?.length).toBe(frames);
    expect(html).toMatch(/href="\/data\/[a-z-]+\.csv" download/);
  });
});

describe('embed previewer', () => {
  it('shows the chosen chart in frames of five widths, each sized to its content', async () => {
    const page = await newPage(browser, { width: 1300, height: 900 });
    try {
      await page.goto(`${site.url}/en/embed-preview/?chart=crackdown-context&view=homicides`, { waitUntil: 'load' });
      const frames = page.locator('iframe[data-cecot-embed]');
      expect(await frames.count()).toBe(5);
      const widths = await frames.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().width)));
      expect(widths).toEqual([330, 510, 660, 930, 1200]);
      expect(await frames.first().getAttribute('src')).toBe(embedPath('en', 'crackdown-context', 'homicides'));
      expectFits(
        await settledFrame(page, 'iframe[data-cecot-embed] >> nth=0', { url: /crackdown-context\/homicides/ }),
      );
      expectFits(
        await settledFrame(page, 'iframe[data-cecot-embed] >> nth=4', { url: /crackdown-context\/homicides/ }),
      );
      expect(page.errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
