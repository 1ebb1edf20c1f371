/**
 * Corrections as readers and partners meet them, in the built site: the corrections page in each language (its
 * entries, or the plain "none yet"), the Atom feed served as Atom and advertised on pages, and a note at the foot
 * of every chapter and on every embed that the real log (src/data/corrections.ts) names. Reduced motion, so no
 * chart transition runs while the page is read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { launchBrowser, newPage, type TestPage } from './support/browser';
import { startStaticServer, type StaticServer } from './support/staticServer';
import { corrections, newestFirst } from '../../src/data/corrections';
import { LANGUAGES, t } from '../../src/lib/i18n';
import { correctionsPath, feedPath } from '../../src/lib/corrections';
import { chapterAddresses } from '../../src/lib/chapterAddresses';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startStaticServer({ applyHeadersFile: true }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<TestPage> {
  const page = await newPage(browser, { width: 1024, height: 800, reducedMotion: 'reduce' });
  const response = await page.goto(`${server.url}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

const feedLinks = (page: TestPage) =>
  page
    .locator('head link[rel="alternate"][type="application/atom+xml"]')
    .evaluateAll((links) => links.map((l) => [l.getAttribute('href'), l.getAttribute('title')]));

for (const lang of LANGUAGES) {
  describe(`corrections in ${lang}`, () => {
    it('the corrections page lists every entry newest first, or says there are none yet', async () => {
      const page = await open(correctionsPath(lang));
      try {
        expect((await page.locator('h1').innerText()).trim()).toBe(t(lang, 'corrections.title'));
        expect(await feedLinks(page)).toEqual([[feedPath(lang), t(lang, 'corrections.feedTitle')]]);
        expect(await page.locator(`main a[href="${feedPath(lang)}"]`).count()).toBe(1);
        const listed = await page.locator('[data-correction]').evaluateAll((items) => items.map((i) => i.id));
        expect(listed).toEqual(newestFirst(corrections).map((e) => e.id));
        const empty = page.locator('[data-corrections-empty]');
        if (corrections.length === 0) {
          expect(await empty.isVisible()).toBe(true);
          expect((await empty.innerText()).trim()).toBe(t(lang, 'corrections.none'));
        } else {
          expect(await empty.count()).toBe(0);
          expect(await page.locator('main').innerText()).toContain(
            t(lang, 'corrections.count', { n: corrections.length }),
          );
        }
        expect(page.errors).toEqual([]);
      } finally {
        await page.context().close();
      }
    });

    it('the feed is served as Atom and holds one entry per log entry', async () => {
      const page = await newPage(browser, { width: 800, height: 600 });
      try {
        const response = await page.request.get(`${server.url}${feedPath(lang)}`);
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
        const xml = await response.text();
        expect(SyntaxValidator.validate(xml)).toBe(true);
        const feed = (
          new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(xml) as {
            feed: { id: string; title: string; entry?: { id: string }[] };
          }
        ).feed;
        expect(feed.title).toBe(t(lang, 'corrections.feedTitle'));
        expect(feed.id).toMatch(new RegExp(`${feedPath(lang).replace(/\./g, '\\.')}$`));
        expect((feed.entry ?? []).map((e) => e.id.split('#')[1])).toEqual(newestFirst(corrections).map((e) => e.id));
      } finally {
        await page.context().close();
      }
    });

    it('the sources page and chapters advertise the feed; the sources page and the header link to the log', async () => {
      const page = await open(`/${lang}/sources/`);
      try {
        expect(await feedLinks(page)).toEqual([[feedPath(lang), t(lang, 'corrections.feedTitle')]]);
        expect(await page.locator(`[data-corrections-link] a[href="${correctionsPath(lang)}"]`).count()).toBe(1);
        expect(await page.locator(`[data-corrections-link] a[href="${feedPath(lang)}"]`).count()).toBe(1);
        expect(await page.locator(`.site-header nav a[href="${correctionsPath(lang)}"]`).count()).toBe(1);
        await page.goto(
          `${server.url}${chapterAddresses().find((c) => c.lang === lang && c.key === 'the-flights')!.url}`,
        );
        expect(await feedLinks(page)).toEqual([[feedPath(lang), t(lang, 'corrections.feedTitle')]]);
      } finally {
        await page.context().close();
      }
    });

    it('every chapter the log names shows its entries at the foot and its "Updated" date; others show none', async () => {
      const named = new Set(corrections.flatMap((e) => e.chapters));
      const page = await open(`/${lang}/`);
      try {
        const chapterPaths = await page
          .locator(`main a[href^="/${lang}/"]`)
          .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href') ?? ''))]);
        // The log names chapters by their file names' slug, the same in both languages; a Spanish chapter's
        // address has a Spanish slug.
        const addresses = chapterAddresses();
        const chapters = chapterPaths.flatMap((p) => addresses.filter((c) => c.url === p));
        expect(chapters.length, 'the index lists the chapters').toBeGreaterThan(3);
        let checked = 0;
        for (const { key: slug, url } of chapters) {
          await page.goto(`${server.url}${url}`);
          const shown = await page
            .locator('[data-corrections] [data-correction]')
            .evaluateAll((items) => items.map((i) => i.getAttribute('data-correction')));
          const expected = corrections.filter((e) => e.chapters.includes(slug)).map((e) => e.id);
          expect(shown, slug).toEqual(expected);
          if (named.has(slug)) {
            const latest = expected
              .map((id) => corrections.find((e) => e.id === id)!.date)
              .sort()
              .at(-1)!;
            const times = await page
              .locator('.dateline time')
              .evaluateAll((ts) => ts.map((x) => x.getAttribute('datetime')));
            expect(times.at(-1)! >= latest, `${slug} is dated on or after its latest entry`).toBe(true);
            checked++;
          }
        }
        expect(checked).toBe([...named].length);
      } finally {
        await page.context().close();
      }
    });

    it('every embed of a chart the log names carries a note linking to the entry', async () => {
      const charts = [...new Set(corrections.flatMap((e) => e.charts))];
      const page = await newPage(browser, { width: 640, height: 800, reducedMotion: 'reduce' });
      try {
        for (const chart of charts) {
          const response = await page.goto(`${server.url}/embed/${lang}/${chart}/`);
          expect(response?.status()).toBe(200);
          const latest = corrections.filter((e) => (e.charts as readonly string[]).includes(chart)).at(-1)!;
          const link = page.locator(`[data-correction-note="${latest.id}"] a`);
          expect(await link.getAttribute('href')).toMatch(new RegExp(`${correctionsPath(lang)}#${latest.id}$`));
        }
        // An embed no entry names carries no note (checks the note is not on every embed).
        const untouched = ['prison-population', 'cecot-cell', 'deaths-in-custody', 'crackdown-context'].find(
          (c) => !charts.includes(c as never),
        );
        if (untouched) {
          await page.goto(`${server.url}/embed/${lang}/${untouched}/`);
          expect(await page.locator('[data-correction-note]').count()).toBe(0);
          expect(await page.locator('h1').count()).toBe(1);
        }
      } finally {
        await page.context().close();
      }
    });
  });
}
