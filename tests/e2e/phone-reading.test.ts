/**
 * Charts read on a phone as on a desktop, at 375x812, 320x568 and 1440x900, in both languages, on every chapter
 * with a scroller:
 *
 * - the page never scrolls sideways (nothing is wider than the screen);
 * - at every step (opened by its address, under reduced motion, once the page is still), no two of the chart's
 *   text labels overlap, none runs off the screen's left or right edge, and none comes within 2 px of the chart's
 *   title above it (a title of two or three lines must not sit on the axis's unit line);
 * - on phones, the pinned chart takes at most 60% of the screen's height, so the step under it can be read (at
 *   320x568 a few scrollers are known to take more: see OVER_AT_320);
 * - the deaths chart draws what its card says: halfway through a step, with motion on, its end labels are those
 *   of the step itself (a line that ran on with the scroll would show counts from after the card's date).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { settle } from './support/settle';
import { startStaticServer, type StaticServer } from './support/staticServer';
import { chaptersWithScrollers } from './support/scrollers';
import { LANGUAGES } from '../../src/lib/i18n';

const VIEWPORTS = [
  { width: 375, height: 812, phone: true },
  // The smallest phone in use.
  { width: 320, height: 568, phone: true },
  { width: 1440, height: 900, phone: false },
] as const;

/**
 * Scrollers whose pinned chart is still over 60% of a 320x568 screen (issue 17): the timeline's plot has a floor
 * that keeps its labels apart, and the world comparison's title takes four lines there; under the deaths chart
 * the (hidden) causes panel keeps the block taller than its plot. Listed so the rest are held to the rule; the
 * test fails when one of them comes within it, so the list cannot go stale.
 */
const OVER_AT_320: readonly string[] = ['world-comparison-1', 'the-night', 'the-rulings', 'deaths-in-custody-1'];

/** Largest share of a phone's screen height the pinned chart may take. */
const MAX_PINNED_SHARE = 0.6;

interface Measure {
  /** Pairs of labels whose boxes overlap, as text. */
  overlaps: string[];
  /** Labels that run past the screen's left or right edge. */
  outside: string[];
  /** Height of the pinned chart, as a share of the screen's. */
  pinnedShare: number;
}

/**
 * The visible text labels of the chart in one scroller: the smallest elements holding text (SVG text, or HTML
 * elements whose own text is not empty) inside the chart's area, skipping those with no size, hidden, or fully
 * transparent (with any ancestor's opacity taken into account).
 */
function measure(page: Page, scrollerId: string): Promise<Measure> {
  return page.evaluate((id) => {
    const scroller = document.getElementById(id)!;
    const graphic = scroller.querySelector<HTMLElement>('.scrolly-graphic')!;
    const area = graphic.querySelector('[data-chart-svg]') ?? graphic;
    const visible = (el: Element) => {
      for (let e: Element | null = el; e && e !== area.parentElement; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
      }
      return true;
    };
    const ownText = (el: Element) =>
      [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
    const labels: { text: string; box: DOMRect }[] = [];
    for (const el of area.querySelectorAll('*')) {
      const text = ownText(el);
      if (!text || !visible(el)) continue;
      // The box of the text itself, not of a padded block around it.
      const range = document.createRange();
      range.selectNodeContents(el);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue;
      const box = new DOMRect(
        Math.min(...rects.map((r) => r.left)),
        Math.min(...rects.map((r) => r.top)),
        Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left)),
        Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top)),
      );
      labels.push({ text: text.slice(0, 40), box });
    }
    const overlaps: string[] = [];
    labels.forEach((a, i) =>
      labels.slice(i + 1).forEach((b) => {
        const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        // Half a pixel of anti-aliasing is not an overlap.
        if (x > 0.5 && y > 0.5) overlaps.push(`"${a.text}" × "${b.text}" (${Math.round(x)}x${Math.round(y)} px)`);
      }),
    );
    // The title is above the chart: a label reaching up to it (within 2 px) crowds it.
    const title = graphic.querySelector('.chart-title')!.getBoundingClientRect();
    for (const l of labels) {
      const x = Math.min(l.box.right, title.right) - Math.max(l.box.left, title.left);
      if (x > 0.5 && l.box.top < title.bottom + 2 && l.box.bottom > title.top)
        overlaps.push(`title × "${l.text}" (${Math.round(title.bottom + 2 - l.box.top)} px too close)`);
    }
    const outside = labels
      .filter((l) => l.box.left < -0.5 || l.box.right > innerWidth + 0.5)
      .map((l) => `"${l.text}" (${Math.round(l.box.left)}-${Math.round(l.box.right)} px)`);
    return { overlaps, outside, pinnedShare: graphic.getBoundingClientRect().height / innerHeight };
  }, scrollerId);
}

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startStaticServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The deaths chart's end labels as a reader sees them (the full or the short text), top to bottom. */
function tipLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.scrolly-graphic .tip-labels .label')]
      .filter(
        (l) =>
          Number(getComputedStyle(l).opacity) > 0 && l.closest<HTMLElement>('.panel')?.style.visibility !== 'hidden',
      )
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
      .map((l) => l.innerText.trim()),
  );
}

for (const lang of LANGUAGES) {
  const chapters = chaptersWithScrollers(lang);

  describe(`${lang}: reading charts`, () => {
    it('finds chapters with scrollers', () => {
      expect(chapters.length).toBeGreaterThanOrEqual(3);
    });

    it("deaths chart: halfway through each step, the labels are the step's own, in the order of their values", async () => {
      // Found by its scroller's chart, not its address: the Spanish chapter has a Spanish slug.
      const chapter = chapters.find((c) => Object.keys(c.scrollers).some((id) => id.startsWith('deaths-in-custody')));
      expect(chapter).toBeDefined();
      const [scrollerId, steps] = Object.entries(chapter!.scrollers)[0]!;
      const page = await newPage(browser, { width: 375, height: 812, reducedMotion: 'no-preference' });
      try {
        const problems: string[] = [];
        for (const stepId of steps) {
          await page.goto(`${server.url}${chapter!.page}#${stepId}`, { waitUntil: 'load' });
          await page.locator(`#${scrollerId}.is-enhanced`).waitFor({ state: 'attached' });
          const active = () => page.locator(`#${stepId}`).evaluate((el) => el.classList.contains('is-active'));
          await expect.poll(active).toBe(true);
          await settle(page);
          const atStart = await tipLabels(page);
          // Halfway to the next step (steps are at least 0.7 screens apart), still on this one.
          await page.evaluate(() => window.scrollBy(0, Math.round(innerHeight * 0.3)));
          await settle(page);
          if (!(await active())) continue;
          const halfway = await tipLabels(page);
          if (JSON.stringify(halfway) !== JSON.stringify(atStart))
            problems.push(`#${stepId}: ${atStart.join(', ')} at the step, ${halfway.join(', ')} halfway through`);
          // Labels read top to bottom in the order of their values (largest first).
          const values = atStart.map((t) => Number(/(\d[\d.,\s]*)$/.exec(t)?.[1]?.replace(/\D/g, '')));
          if (values.some((v, i) => i > 0 && v > values[i - 1]!))
            problems.push(`#${stepId}: labels out of order: ${atStart.join(', ')}`);
        }
        expect(problems).toEqual([]);
      } finally {
        await page.context().close();
      }
    });

    for (const viewport of VIEWPORTS) {
      // Each test opens its own page; they run side by side, as most of their time is spent waiting for frames.
      describe.concurrent(`${viewport.width}x${viewport.height}`, () => {
        for (const chapter of chapters) {
          it(`${chapter.page}: no sideways scroll; at every step, labels apart and on screen`, async ({ expect }) => {
            const page = await newPage(browser, { ...viewport, reducedMotion: 'reduce' });
            try {
              const problems: string[] = [];
              for (const [scrollerId, steps] of Object.entries(chapter.scrollers)) {
                for (const stepId of steps) {
                  await page.goto(`${server.url}${chapter.page}#${stepId}`, { waitUntil: 'load' });
                  await page.locator(`#${scrollerId}.is-enhanced`).waitFor({ state: 'attached' });
                  await expect
                    .poll(() => page.locator(`#${stepId}`).evaluate((el) => el.classList.contains('is-active')))
                    .toBe(true);
                  await settle(page);
                  const width = await page.evaluate(() => ({
                    scroll: document.documentElement.scrollWidth,
                    screen: innerWidth,
                  }));
                  if (width.scroll > width.screen)
                    problems.push(`#${stepId}: page is ${width.scroll} px wide at ${width.screen}`);
                  const m = await measure(page, scrollerId);
                  problems.push(...m.overlaps.map((o) => `#${stepId}: overlap ${o}`));
                  problems.push(...m.outside.map((o) => `#${stepId}: off screen ${o}`));
                  const known = viewport.width === 320 && OVER_AT_320.includes(scrollerId);
                  if (viewport.phone && m.pinnedShare > MAX_PINNED_SHARE && !known)
                    problems.push(`#${stepId}: pinned chart is ${Math.round(m.pinnedShare * 100)}% of the screen`);
                  if (known && m.pinnedShare <= MAX_PINNED_SHARE)
                    problems.push(`#${stepId}: now within 60% at 320x568: take ${scrollerId} off OVER_AT_320`);
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
  });
}
