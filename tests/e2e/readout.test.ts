/**
 * Value read-outs, as readers use them, for every chart in the registry and in both languages, where the story
 * shows it (a scroller's pinned chart, or a figure in the text) and on its embed page:
 * - by keyboard: the chart is one tab stop; an arrow key shows a mark's read-out and the polite live region says
 *   the same; Right moves to another mark; Escape puts it away; the step and the scroll position stay as they were;
 * - by mouse: pointing at a mark shows its read-out, and nothing is announced;
 * - by touch, on a phone: tapping a mark shows and announces it, without scrolling or changing the step.
 * The read-out is the mark's own (its `data-ro`, written on the server) and in the page's language.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { settle } from './support/settle';
import { DIST_DIR, startStaticServer, type StaticServer } from './support/staticServer';
import { registry } from '../../src/charts/registry';
import { LANGUAGES, t } from '../../src/lib/i18n';
import type { Language } from '../../src/data/types';

const CHARTS = Object.keys(registry);

/** The first chapter that shows `chart`, and where: its scroller's pinned chart, or its figure. */
function storyPlace(chart: string, lang: Language): { page: string; host: string } {
  const root = path.join(DIST_DIR, lang);
  for (const dir of readdirSync(root).sort()) {
    const file = path.join(root, dir, 'index.html');
    if (!existsSync(file) || dir === 'charts') continue;
    const html = readFileSync(file, 'utf8');
    if (html.includes(`data-scrolly data-chart="${chart}"`))
      return { page: `/${lang}/${dir}/`, host: `section[data-chart="${chart}"] .scrolly-sticky [data-readout-host]` };
    if (html.includes(`<figure class="chart-frame ui" id="${chart}"`))
      return { page: `/${lang}/${dir}/`, host: `figure#${chart} [data-readout-host]` };
  }
  throw new Error(`No chapter in ${lang} shows the chart "${chart}"`);
}

/** What every read-out in `lang` says about confidence ("How sure we are: "), to tell the language apart. */
const confidenceWords = (lang: Language) => t(lang, 'readout.confidence', { level: '\u0000' }).split('\u0000')[0]!;

interface Seen {
  box: string | null;
  live: string;
  marks: string[];
  step: string | undefined;
  scrollY: number;
}

/** The read-out box's text (null while hidden, without its link), the live region's, and the marks' own texts. */
async function seen(host: Locator): Promise<Seen> {
  return host.evaluate((h: HTMLElement) => {
    const box = h.querySelector<HTMLElement>('[data-readout-box]')!;
    return {
      box: box.hidden ? null : box.querySelector('[data-readout-text]')!.textContent,
      live: h.querySelector('[data-readout-live]')!.textContent ?? '',
      marks: [...h.querySelectorAll<HTMLElement>('[data-ro]')].map((m) => m.dataset['ro']!),
      step: h.closest<HTMLElement>('[data-scrolly]')?.dataset['activeStep'],
      scrollY: window.scrollY,
    };
  });
}

/** The centre of the first mark a reader can see (on screen, not under a step's text), in page coordinates. */
async function markCentre(host: Locator): Promise<{ x: number; y: number }> {
  const centre = await host.evaluate((h: HTMLElement) => {
    for (const m of h.querySelectorAll('[data-ro]')) {
      const r = m.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      if (
        r.width + r.height > 0 &&
        r.top >= 0 &&
        r.bottom <= innerHeight &&
        h.contains(document.elementFromPoint(x, y))
      )
        return { x, y };
    }
    return null;
  });
  if (!centre) throw new Error('The chart shows no mark with a read-out');
  return centre;
}

async function open(page: Page, url: string, selector: string): Promise<Locator> {
  await page.goto(url);
  const host = page.locator(selector).first();
  await host.scrollIntoViewIfNeeded();
  // In a scroller, the controller has found the active step (what the read-outs must leave alone).
  await host.evaluate(
    (h) =>
      new Promise<void>((resolve) => {
        const scroller = h.closest<HTMLElement>('[data-scrolly]');
        const check = () => (!scroller || scroller.dataset['activeStep'] ? resolve() : requestAnimationFrame(check));
        check();
      }),
  );
  await settle(page);
  return host;
}

let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await startStaticServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe.each(LANGUAGES)('value read-outs in %s', (lang) => {
  const words = confidenceWords(lang);

  describe.each(CHARTS)('%s', (chart) => {
    const places = () => [
      { name: 'story', ...storyPlace(chart, lang) },
      { name: 'embed', page: `/embed/${lang}/${chart}/`, host: '[data-readout-host]' },
    ];

    it('reads out values by keyboard, in the story and the embed, without moving the page or the step', async () => {
      for (const place of places()) {
        const page = await newPage(browser, { width: 1280, height: 900 });
        const host = await open(page, site.url + place.page, place.host);
        await host.focus();
        expect(await host.evaluate((h) => h.tabIndex), place.name).toBe(0);
        const before = await seen(host);
        // Pressed at once: the key waits for the read-out code if it is still loading.
        await page.keyboard.press('ArrowRight');
        await expect
          .poll(async () => ((s) => s.box !== null && s.marks.includes(s.box))(await seen(host)), { timeout: 5000 })
          .toBe(true);
        const first = await seen(host);
        expect(first.marks, place.name).toContain(first.box);
        expect(first.box, place.name).toContain(words);
        expect(first.live, place.name).toBe(first.box);
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowDown');
        const moved = await seen(host);
        expect(moved.marks).toContain(moved.box);
        expect(moved.live).toBe(moved.box);
        expect([moved.step, moved.scrollY], place.name).toEqual([before.step, before.scrollY]);
        await page.keyboard.press('Escape');
        expect((await seen(host)).box, place.name).toBeNull();
        expect(page.errors).toEqual([]);
        await page.context().close();
      }
    });

    it('reads out the mark under the mouse without announcing it', async () => {
      for (const place of places()) {
        const page = await newPage(browser, { width: 1280, height: 900 });
        const host = await open(page, site.url + place.page, place.host);
        const { x, y } = await markCentre(host);
        await page.mouse.move(x - 2, y);
        await page.mouse.move(x, y);
        await expect.poll(async () => (await seen(host)).box, { timeout: 5000 }).not.toBeNull();
        const shown = await seen(host);
        expect(shown.marks, place.name).toContain(shown.box);
        expect(shown.live, place.name).toBe('');
        await page.context().close();
      }
    });

    it('reads out and announces a tapped mark on a phone, without scrolling or changing the step', async () => {
      for (const place of places()) {
        const context = await browser.newContext({
          viewport: { width: 375, height: 812 },
          hasTouch: true,
          isMobile: true,
          reducedMotion: 'reduce',
          locale: 'en-GB',
          timezoneId: 'UTC',
        });
        const page = await context.newPage();
        const host = await open(page, site.url + place.page, place.host);
        const before = await seen(host);
        const { x, y } = await markCentre(host);
        await page.touchscreen.tap(x, y);
        await expect.poll(async () => (await seen(host)).box, { timeout: 5000 }).not.toBeNull();
        const tapped = await seen(host);
        expect(tapped.marks, place.name).toContain(tapped.box);
        expect(tapped.live, place.name).toBe(tapped.box);
        expect([tapped.step, tapped.scrollY], place.name).toEqual([before.step, before.scrollY]);
        await context.close();
      }
    });
  });
});
