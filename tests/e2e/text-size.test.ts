/**
 * Text that scales (WCAG 2.2: 1.4.4 resize text, 1.4.10 reflow), in both languages:
 *
 * - with the reader's text at twice the default size, at 375x812 and 320x568, no built page scrolls sideways
 *   (story, chapters, sources, corrections, chart catalogue, embeds, 404);
 * - chart text grows with it: in every chart of the catalogue, a label's font size at twice the default text
 *   size is at least 1.8 times its size at the default;
 * - at 1440x900 with text at twice the size, every scroller's pinned part (title, chart and buttons) fits the
 *   screen's height;
 * - at 400% zoom (1280x1024 at 400% is a 320x256 CSS px screen), the chart and the text take turns: a card never
 *   covers the chart, whether pinned or drawn after the card.
 *
 * "Text at twice the size" is Chromium's own default font size (Settings, Appearance, Font size) set to 32 px
 * through the DevTools protocol (Page.setFontSizes), which is the setting a reader changes. It sizes rem and em
 * as a root font-size of 200% would, and, unlike a stylesheet on the page, also the em of media queries, which
 * are measured against the browser's default size. Pages run under reduced motion and are measured once still.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, type TestPage } from './support/browser';
import { settle } from './support/settle';
import { startStaticServer, type StaticServer } from './support/staticServer';
import { chaptersWithScrollers } from './support/scrollers';
import { builtPages } from '../../scripts/lib/builtSite';
import { openPage } from './gates/browse';
import { LANGUAGES } from '../../src/lib/i18n';

/** Chromium's default text size, and twice it. */
const DEFAULT_PX = 16;
const LARGE_PX = 32;

const PHONES = [
  { width: 375, height: 812 },
  { width: 320, height: 568 },
] as const;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startStaticServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page whose reader has set the browser's text size to `px` (16 is the default). */
async function pageWithTextSize(viewport: { width: number; height: number }, px: number): Promise<TestPage> {
  const page = await newPage(browser, { ...viewport, reducedMotion: 'reduce' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: Math.round((px * 13) / 16) } });
  return page;
}

/** How wide the page is against the screen, and what sticks out past its right edge (the first few). */
function sideways(page: TestPage): Promise<{ scroll: number; screen: number; culprits: string[] }> {
  return page.evaluate(() => {
    const culprits: string[] = [];
    const scroll = document.documentElement.scrollWidth;
    if (scroll > innerWidth) {
      // Only what the page scrolls for: not content inside a box that clips or scrolls it (a data table).
      const clipped = (el: Element) => {
        for (let e = el.parentElement; e && e !== document.body; e = e.parentElement)
          if (getComputedStyle(e).overflowX !== 'visible') return true;
        return false;
      };
      for (const el of document.body.querySelectorAll('*')) {
        if (clipped(el)) continue;
        // The element's box, or its text where the text runs out of the box.
        const range = document.createRange();
        range.selectNodeContents(el);
        const box = el.getBoundingClientRect().right;
        const right =
          getComputedStyle(el).overflowX === 'visible' ? Math.max(box, range.getBoundingClientRect().right) : box;
        if (right > innerWidth + 0.5 && el.getBoundingClientRect().width > 0)
          culprits.push(
            `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> "${(el.textContent ?? '').trim().slice(0, 30)}" to ${Math.round(right)} px`,
          );
      }
    }
    return { scroll, screen: innerWidth, culprits: culprits.slice(-3) };
  });
}

for (const lang of LANGUAGES) {
  // Every built page that belongs to this language (its own path, or its embeds); the root and the 404 page once.
  // (A chapter's former address leaves for the chapter as it opens: chapter-addresses.test.ts.)
  const pages = builtPages().filter(
    (p) =>
      p.type !== 'redirect' &&
      (lang === LANGUAGES[0]
        ? p.path.startsWith(`/${lang}/`) ||
          p.path.startsWith(`/embed/${lang}/`) ||
          !/^\/(embed\/)?[a-z]{2}\//.test(p.path)
        : p.path.startsWith(`/${lang}/`) || p.path.startsWith(`/embed/${lang}/`)),
  );
  const chapters = chaptersWithScrollers(lang);
  // The story and its chapters; the other pages; each chart's embeds.
  const groups = new Map<string, string[]>();
  for (const p of pages) {
    const group =
      p.type === 'embed'
        ? `embeds of ${p.path.split('/')[3]}`
        : p.type === 'index' || p.type === 'chapter'
          ? 'story and chapters'
          : 'sources, corrections, catalogue and other pages';
    groups.set(group, [...(groups.get(group) ?? []), p.path]);
  }

  describe(`${lang}: text at twice the default size`, () => {
    it('finds the pages: story, chapters, sources, corrections, chart catalogue and embeds', () => {
      const types = new Set(pages.map((p) => p.type));
      for (const type of ['index', 'chapter', 'sources', 'catalogue', 'embed'] as const) expect(types).toContain(type);
      expect(pages.some((p) => p.path === `/${lang}/corrections/`)).toBe(true);
      expect(chapters.length).toBeGreaterThanOrEqual(3);
    });

    // One page per group of pages, the groups side by side (their time is spent waiting for the browser); each
    // page is measured at both phone sizes, resized in place, so each path loads once.
    describe.concurrent(
      `${PHONES.map((p) => `${p.width}x${p.height}`).join(' and ')}: no page scrolls sideways`,
      () => {
        for (const [group, paths] of groups) {
          it(`${group} (${paths.length} pages)`, async ({ expect }) => {
            const page = await pageWithTextSize(PHONES[0], LARGE_PX);
            try {
              const wide: string[] = [];
              for (const path of paths) {
                await page.setViewportSize(PHONES[0]);
                await openPage(page, server.url, path);
                for (const phone of PHONES) {
                  await page.setViewportSize(phone);
                  await settle(page);
                  const width = await sideways(page);
                  if (width.scroll > width.screen)
                    wide.push(`${path} at ${phone.width} px is ${width.scroll} px wide: ${width.culprits.join('; ')}`);
                }
              }
              expect(wide).toEqual([]);
            } finally {
              await page.context().close();
            }
          });
        }
      },
    );

    describe.concurrent("chart text grows with the reader's text", () => {
      for (const phone of PHONES) {
        it(`${phone.width}x${phone.height}: every chart in the catalogue has labels at least 1.8 times larger`, async ({
          expect,
        }) => {
          /** Each catalogue chart's first label with text of its own, and its font size in px. */
          const labelSizes = async (px: number) => {
            const page = await pageWithTextSize(phone, px);
            try {
              await openPage(page, server.url, `/${lang}/charts/`);
              await settle(page);
              return await page.evaluate(() =>
                [...document.querySelectorAll('main [data-chart-svg]')].map((chart) => {
                  const label = [...chart.querySelectorAll('*')].find((el) =>
                    [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''),
                  );
                  const figure = chart.closest('[id]');
                  return {
                    chart: figure ? `#${figure.id}` : chart.className,
                    text: label?.textContent?.trim().slice(0, 30) ?? '',
                    size: label ? parseFloat(getComputedStyle(label).fontSize) : 0,
                  };
                }),
              );
            } finally {
              await page.context().close();
            }
          };
          const [normal, large] = await Promise.all([labelSizes(DEFAULT_PX), labelSizes(LARGE_PX)]);
          expect(normal.length).toBeGreaterThanOrEqual(6);
          expect(large.map((l) => l.text)).toEqual(normal.map((l) => l.text));
          const smaller = large
            .map((l, i) => ({ ...l, ratio: l.size / normal[i]!.size }))
            .filter((l) => !(l.ratio >= 1.8))
            .map((l) => `${l.chart} "${l.text}": ${normal.find((n) => n.text === l.text)?.size} -> ${l.size} px`);
          expect(smaller, 'chart labels that do not follow the text size').toEqual([]);
        });
      }
    });

    describe.concurrent('1440x900: the pinned chart and its buttons fit the screen', () => {
      for (const chapter of chapters) {
        it(chapter.page, async ({ expect }) => {
          const page = await pageWithTextSize({ width: 1440, height: 900 }, LARGE_PX);
          try {
            for (const [scrollerId, steps] of Object.entries(chapter.scrollers)) {
              // The second step: by then the chart is pinned (at the first it may still be on its way up).
              await page.goto(`${server.url}${chapter.page}#${steps[1]}`, { waitUntil: 'load' });
              await page.locator(`#${scrollerId}.is-enhanced`).waitFor({ state: 'attached' });
              await settle(page);
              const pinned = await page.evaluate((id) => {
                const sticky = document.querySelector(`#${id} .scrolly-sticky`)!.getBoundingClientRect();
                const controls = document.querySelector(`#${id} .scrolly-controls`)!.getBoundingClientRect();
                return { height: sticky.height, controlsBottom: controls.bottom, screen: innerHeight };
              }, scrollerId);
              expect(pinned.height, `#${scrollerId}: pinned part taller than the screen`).toBeLessThanOrEqual(
                pinned.screen,
              );
              expect(pinned.controlsBottom, `#${scrollerId}: buttons below the screen`).toBeLessThanOrEqual(
                pinned.screen,
              );
            }
          } finally {
            await page.context().close();
          }
        });
      }
    });
  });

  // 400% zoom of a 1280x1024 screen, at the default text size.
  describe.concurrent(`${lang}: 320x256, chart and text take turns`, () => {
    for (const chapter of chapters) {
      it(`${chapter.page}: at every step's address, no card covers a chart`, async ({ expect }) => {
        const page = await pageWithTextSize({ width: 320, height: 256 }, DEFAULT_PX);
        try {
          const problems: string[] = [];
          for (const steps of Object.values(chapter.scrollers)) {
            for (const stepId of steps) {
              await page.goto(`${server.url}${chapter.page}#${stepId}`, { waitUntil: 'load' });
              await settle(page);
              problems.push(
                ...(await page.evaluate((id) => {
                  const found: string[] = [];
                  const step = document.getElementById(id)!;
                  const scroller = step.closest('[data-scrolly]')!;
                  const graphic = scroller.querySelector('.scrolly-graphic')!;
                  const cards = [...scroller.querySelectorAll('.step-card')];
                  const overlaps = (a: DOMRect, b: DOMRect) =>
                    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1 &&
                    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1;
                  if (graphic.checkVisibility()) {
                    // Pinned: the active card stays clear of the chart.
                    const chart = graphic.getBoundingClientRect();
                    const card = step.querySelector('.step-card')!.getBoundingClientRect();
                    if (overlaps(chart, card)) found.push(`#${id}: its card covers the pinned chart`);
                  } else {
                    // Not pinned: the step draws its own chart, and no card lies over it.
                    const own = step.querySelector('.step-static [data-chart-svg]');
                    if (!own?.checkVisibility()) found.push(`#${id}: neither a pinned chart nor its own chart`);
                    else {
                      const box = own.getBoundingClientRect();
                      if (box.width === 0 || box.height === 0) found.push(`#${id}: its chart has no size`);
                      for (const card of cards)
                        if (overlaps(box, card.getBoundingClientRect())) found.push(`#${id}: a card covers its chart`);
                    }
                  }
                  if (document.documentElement.scrollWidth > innerWidth)
                    found.push(`#${id}: page is ${document.documentElement.scrollWidth} px wide`);
                  return found;
                }, stepId)),
              );
            }
          }
          expect(problems).toEqual([]);
          expect(page.errors).toEqual([]);
        } finally {
          await page.context().close();
        }
      });
    }
  });
}
