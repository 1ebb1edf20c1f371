/**
 * The front page (/en/, /es/) opens with the story: the headline, a lede whose figures are sourced and numbered
 * like a chapter's, the lead chart drawn on the server, the latest correction or update, and the chapters as cards
 * (chart image, dek, reading time), at a phone and a desktop size, in both languages, with no script of its own.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { startStaticServer, type StaticServer } from './support/staticServer';
import { LANGUAGES } from '../../src/lib/i18n';

const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1440, height: 900 },
] as const;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

for (const lang of LANGUAGES) {
  describe.concurrent(`/${lang}/`, () => {
    for (const viewport of VIEWPORTS) {
      it(`${viewport.width}x${viewport.height}: lede with numbered figures, a drawn lead chart, the latest change, and a card per chapter`, async ({
        expect,
      }) => {
        const page = await newPage(browser, { ...viewport, reducedMotion: 'reduce' });
        try {
          const response = await page.goto(`${server.url}/${lang}/`, { waitUntil: 'load' });
          expect(response?.status()).toBe(200);

          // The lede's figures carry note markers (one per sentence); each opens its note in place, which links to
          // the page's list of notes, where the note links its source or the earlier note that does.
          expect(await page.locator('.lede .fact').count()).toBeGreaterThanOrEqual(5);
          const markers = page.locator('.lede .note-ref button');
          expect(await markers.count()).toBeGreaterThanOrEqual(3);
          for (const pop of await markers.evaluateAll((bs) => bs.map((b) => b.getAttribute('popovertarget')!))) {
            const href = (await page.locator(`[id="${pop}"] a.note-pop-all`).getAttribute('href'))!;
            const note = page.locator(href);
            expect(await note.count(), `${href} exists`).toBe(1);
            expect(
              await note.locator('a[href^="http"], a[href^="#note-"]').count(),
              `${href} links its source`,
            ).toBeGreaterThan(0);
          }

          // The lead chart is drawn in the HTML (lines and a description), with no island to wait for.
          const lead = page.locator('.lede figure.chart-frame');
          expect(await lead.count()).toBe(1);
          expect(await lead.locator('svg path').count()).toBeGreaterThan(5);
          expect((await lead.locator('[data-chart-description]').textContent())!.length).toBeGreaterThan(40);

          // The latest change links to its entry on the corrections page.
          const latest = page.locator('.latest a');
          const entry = (await latest.getAttribute('href'))!;
          expect(entry).toMatch(new RegExp(`^/${lang}/corrections/#.+`));
          const corrections = await page.context().newPage();
          await corrections.goto(server.url + entry);
          expect(await corrections.locator(`[id="${entry.split('#')[1]}"]`).count()).toBe(1);
          await corrections.close();

          // One card per chapter, in order: a link to the chapter, its dek, its reading time, and the chapter's first
          // chart as an image that loads.
          const cards = page.locator('.cards > li');
          const count = await cards.count();
          expect(count).toBeGreaterThanOrEqual(6);
          let images = 0;
          for (let i = 0; i < count; i++) {
            const card = cards.nth(i);
            const link = card.locator('h3 a');
            const href = (await link.getAttribute('href'))!;
            expect(href).toMatch(new RegExp(`^/${lang}/[a-z0-9-]+/$`));
            expect((await page.request.get(server.url + href)).status(), href).toBe(200);
            expect((await card.locator('.card-dek').innerText()).length).toBeGreaterThan(40);
            expect(await card.locator('.minutes').innerText()).toMatch(/\b\d+ min\b/);
            const img = card.locator('img');
            if ((await img.count()) === 0) continue;
            images++;
            await img.scrollIntoViewIfNeeded();
            await expect
              .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0))
              .toBe(true);
          }
          expect(images, 'chapters with a chart show it').toBeGreaterThanOrEqual(4);

          // The page runs no script beyond the site's own small inline ones, and nothing is wider than the screen.
          expect(await page.locator('script[src], astro-island').count()).toBe(0);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
          expect(page.errors).toEqual([]);
        } finally {
          await page.context().close();
        }
      });
    }
  });
}
