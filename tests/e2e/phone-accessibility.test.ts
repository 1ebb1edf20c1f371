/**
 * Accessibility on phones, where axe cannot look (WCAG 2.2: 2.4.7 and 2.4.11 focus visible and not obscured,
 * 2.1.1 keyboard, 4.1.3 status messages, 1.4.11 non-text contrast in forced colours), at 375x812 and 320x568, in
 * both languages, on every chapter with a scroller:
 *
 * - every Tab stop is visible: on screen, not transparent, and not under the pinned chart;
 * - every step's address opens that step, active and visible below the chart;
 * - arrow keys inside a caption or table keep their usual meaning (they do not jump steps);
 * - the live region says one short thing after a flick through a scroller, and the step's text after "Next";
 * - in forced colours, the marks that were CSS backgrounds or borders still paint, and in the line charts with
 *   several series, each series' points have a shape no other series has, and each label starts with its
 *   series' shape (colour no longer tells them apart).
 *
 * Pages run under reduced motion (state changes are immediate) and every check waits for the page to settle.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { settle } from './support/settle';
import { scrollStopped } from './support/reading';
import { startStaticServer, DIST_DIR, type StaticServer } from './support/staticServer';
import { chaptersWithScrollers } from './support/scrollers';
import { LANGUAGES } from '../../src/lib/i18n';

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

/** Where the focus is after a Tab press, once the page has stopped scrolling and moving. */
type TabStop = { where: 'body' } | { where: 'outside' } | { where: 'story'; problem: string | null };

/**
 * After a Tab press: waits, in the page, until the scroll and every animation have been still for a few frames
 * (frames, not a sleep, as `settle` does) and the scroller holding the focus has started, then says where the focus is and, inside the story, why a reader could
 * not see it (or null when they can). One round trip per press: a chapter has a few hundred Tab stops.
 */
function afterTab(page: Page): Promise<TabStop> {
  return page.evaluate(
    () =>
      new Promise<TabStop>((resolve, reject) => {
        const started = performance.now();
        let last = scrollY;
        let still = 0;
        const tick = () => {
          const moving =
            scrollY !== last ||
            document.getAnimations().some((a) => a.playState === 'running' || a.pending) ||
            document.querySelector('[data-settled="false"]') !== null ||
            // A scroller's controller loads with its chart, as the scroller comes into view: until it runs, the
            // focus can sit where the browser scrolled it, and the controller then moves it out from under the chart.
            document.activeElement?.closest('[data-scrolly]:not(.is-enhanced)') != null;
          last = scrollY;
          still = moving ? 0 : still + 1;
          if (still >= 4) resolve(where());
          else if (performance.now() - started > 60_000) reject(new Error('the page never stopped moving'));
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);

        function where(): TabStop {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return { where: 'body' };
          if (!el.closest('main')) return { where: 'outside' };
          const name = `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 30)}"`;
          const box = el.getBoundingClientRect();
          const problem = (): string | null => {
            if (box.width === 0 && box.height === 0) return `${name} has no size`;
            if (box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth)
              return `${name} is off screen (top ${Math.round(box.top)})`;
            for (let e: Element | null = el; e; e = e.parentElement) {
              const style = getComputedStyle(e);
              if (Number(style.opacity) === 0 || style.visibility === 'hidden') return `${name} is transparent`;
            }
            // What is painted at the visible part of the element: it, something inside it, or something covering it.
            const x = Math.min(Math.max(box.left + Math.min(box.width / 2, 8), 0), innerWidth - 1);
            const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
            const top = document.elementFromPoint(x, y);
            if (top && !el.contains(top) && !top.contains(el))
              return `${name} is under ${top.tagName.toLowerCase()}.${[...top.classList].join('.')}`;
            return null;
          };
          return { where: 'story', problem: problem() };
        }
      }),
  );
}

for (const lang of LANGUAGES) {
  const chapters = chaptersWithScrollers(lang);

  describe(`${lang}: phones`, () => {
    it('finds chapters with scrollers', () => {
      expect(chapters.length).toBeGreaterThanOrEqual(3);
    });

    for (const phone of PHONES) {
      // Each test opens its own page in its own context; they run side by side, as most of their time is spent waiting
      // for frames.
      describe.concurrent(`${phone.width}x${phone.height}`, () => {
        for (const chapter of chapters) {
          it(`${chapter.page}: every Tab stop is visible, never under the pinned chart`, async ({ expect }) => {
            const page = await newPage(browser, { ...phone, reducedMotion: 'reduce' });
            try {
              // The scroll controller loads with the chart, once it comes into view: Tab gets there first.
              await page.goto(server.url + chapter.page, { waitUntil: 'load' });
              const problems: string[] = [];
              let stops = 0;
              let inStory = false;
              for (let presses = 0; presses < 400; presses++) {
                await page.keyboard.press('Tab');
                const stop = await afterTab(page);
                if (stop.where === 'body') break;
                if (stop.where === 'outside') {
                  if (inStory) break; // past the end of the story, in the footer
                  continue; // the skip link, the header and its navigation
                }
                inStory = true;
                stops++;
                if (stop.problem) problems.push(stop.problem);
              }
              expect(stops).toBeGreaterThan(5);
              expect(problems, 'focus stops a reader cannot see').toEqual([]);
            } finally {
              await page.context().close();
            }
            // A chapter has a few hundred Tab stops, each waited for until the page is still: about 25 s on a quiet
            // machine, several times that on a loaded one. A time limit, not a wait: nothing here sleeps.
          }, 240_000);

          it(`${chapter.page}: every step's address opens that step, active and below the chart`, async ({
            expect,
          }) => {
            const page = await newPage(browser, { ...phone, reducedMotion: 'reduce' });
            try {
              for (const [scrollerId, steps] of Object.entries(chapter.scrollers)) {
                for (const stepId of steps) {
                  await page.goto(`${server.url}${chapter.page}#${stepId}`, { waitUntil: 'load' });
                  await page.locator(`#${scrollerId}.is-enhanced`).waitFor({ state: 'attached' });
                  await expect
                    .poll(() => page.locator(`#${stepId}`).evaluate((el) => el.classList.contains('is-active')))
                    .toBe(true);
                  await settle(page);
                  const place = await page.evaluate(
                    ([s, id]) => {
                      const chart = document.querySelector(`#${s} .scrolly-graphic`)!.getBoundingClientRect();
                      const card = document.querySelector(`#${id} .step-card`)!.getBoundingClientRect();
                      return { chartBottom: chart.bottom, cardTop: card.top };
                    },
                    [scrollerId, stepId] as const,
                  );
                  expect(place.cardTop, `#${stepId}: its card starts under the chart`).toBeGreaterThanOrEqual(
                    place.chartBottom - 1,
                  );
                  expect(place.cardTop, `#${stepId}: its card starts below the screen`).toBeLessThan(phone.height - 40);
                }
              }
            } finally {
              await page.context().close();
            }
          });
        }
      });
    }

    // Inside the caption (its summary's links) and inside the data table (a source link in a row), an arrow key
    // keeps its usual meaning on every phone size.
    for (const phone of PHONES) {
      for (const place of ['caption', 'table'] as const) {
        it(`${phone.width}x${phone.height}: arrow keys on a link in the ${place} scroll the page as usual, they do not jump steps`, async () => {
          const chapter = chapters[0]!;
          const scrollerId = Object.keys(chapter.scrollers)[0]!;
          const page = await newPage(browser, { ...phone, reducedMotion: 'reduce' });
          try {
            await page.goto(server.url + chapter.page, { waitUntil: 'load' });
            await page.locator(`#${scrollerId}`).scrollIntoViewIfNeeded();
            await page.locator(`#${scrollerId}.is-enhanced`).waitFor({ state: 'attached' });
            const summary = page.locator(`#${scrollerId} .scrolly-caption summary`).first();
            await summary.scrollIntoViewIfNeeded();
            await summary.click();
            const link = page
              .locator(
                place === 'table' ? `#${scrollerId} .scrolly-caption table a` : `#${scrollerId} .scrolly-caption a`,
              )
              .first();
            await link.focus();
            await scrollStopped(page);
            // The caption follows the last step: Up and Left are the keys that would step back if the scroller took them.
            for (const key of ['ArrowUp', 'ArrowLeft', 'ArrowDown', 'ArrowRight'] as const) {
              const before = await page.evaluate(
                (id) => ({ y: scrollY, step: document.getElementById(id)!.dataset['activeStep'] }),
                scrollerId,
              );
              await page.keyboard.press(key);
              const after = await page.evaluate(async (id) => {
                await new Promise((r) => setTimeout(r, 300));
                return { y: scrollY, step: document.getElementById(id)!.dataset['activeStep'] };
              }, scrollerId);
              expect(after.step, `${key} changed the step`).toBe(before.step);
              // The browser's own arrow scroll is a line (about 40 px), not a step (most of a screen).
              expect(Math.abs(after.y - before.y), `${key} moved the page`).toBeLessThan(200);
              expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
            }
          } finally {
            await page.context().close();
          }
        });
      }
    }

    for (const phone of PHONES)
      it(`${phone.width}x${phone.height}: the live region says one short thing after a flick, and the step text after "Next"`, async () => {
        const chapter = chapters[0]!;
        const [scrollerId, steps] = Object.entries(chapter.scrollers)[0]!;
        const page = await newPage(browser, { ...phone, reducedMotion: 'reduce' });
        try {
          await page.goto(`${server.url}${chapter.page}#${steps[0]}`, { waitUntil: 'load' });
          await page.locator(`#${scrollerId}.is-enhanced`).waitFor({ state: 'attached' });
          await page.mouse.move(phone.width / 2, phone.height - 150);
          await settle(page);
          // Count every text the region is given while the reader flicks through the whole scroller.
          await page.evaluate((id) => {
            const region = document.querySelector(`#${id} [data-step-announce]`)!;
            const said: string[] = ((window as unknown as { said: string[] }).said = []);
            new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
              childList: true,
              characterData: true,
              subtree: true,
            });
          }, scrollerId);
          // The flick runs inside the page, 300 px a frame: sent turn by turn from the test, a busy machine could
          // space the turns further apart than the announcement's 600 ms wait, and a reader who pauses is told. Even
          // in the page, a starved machine can skip frames for that long: each such pause is counted, as the one
          // case where a second announcement is right.
          const pauses = await page.evaluate(
            () =>
              new Promise<number>((resolve) => {
                let frames = 60;
                let pauses = 0;
                let last = performance.now();
                const tick = (now: number) => {
                  if (now - last >= 600) pauses++;
                  last = now;
                  window.scrollBy(0, 300);
                  if (--frames > 0) requestAnimationFrame(tick);
                  else resolve(pauses);
                };
                requestAnimationFrame(tick);
              }),
          );
          await scrollStopped(page);
          await page.waitForFunction(() => (window as unknown as { said: string[] }).said.length > 0);
          await page.waitForTimeout(1_000); // an announcement that would still come
          const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
          // One announcement, where the flick ended; never one per step passed.
          expect(
            said.length,
            `announcements during one flick with ${pauses} pause(s): ${said.join(' | ')}`,
          ).toBeLessThanOrEqual(1 + pauses);
          expect(said[0]!.length).toBeLessThanOrEqual(40);

          // "Next": the focus stays on the button, and the new step's own text is read out.
          await page.goto(`${server.url}${chapter.page}#${steps[0]}`, { waitUntil: 'load' });
          await page.locator(`#${scrollerId}.is-enhanced`).waitFor({ state: 'attached' });
          await page.locator(`#${scrollerId} [data-step-next]`).click();
          const region = page.locator(`#${scrollerId} [data-step-announce]`);
          await expect.poll(() => region.textContent(), { timeout: 5_000 }).toMatch(/: /);
          const card = (await page.locator(`#${steps[1]} .step-card`).innerText()).replace(/\s+/g, ' ').trim();
          const text = (await region.textContent())!;
          expect(text.length).toBeLessThanOrEqual(card.length + 20);
          expect(card).toContain(text.split(': ').slice(1).join(': ').slice(0, 20));
        } finally {
          await page.context().close();
        }
      });
  });
}

describe('forced colours', () => {
  it('the causes-of-death bars and the "at least" chevrons keep a colour', async () => {
    const page = await newPage(browser, { width: 1280, height: 900, reducedMotion: 'reduce' });
    try {
      await page.emulateMedia({ forcedColors: 'active' });
      // Every English embed page (one per chart and view): among them views with causes bars and triangles.
      const root = path.join(DIST_DIR, 'embed/en');
      const embeds = readdirSync(root, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('index.html'))
        .map((f) => `/embed/en/${path.dirname(f)}/`.replace(/\/\.\/$/, '/'));
      const paints: string[] = [];
      for (const embed of embeds) {
        await page.goto(server.url + embed, { waitUntil: 'load' });
        paints.push(
          ...(await page.evaluate(() => {
            const out: string[] = [];
            for (const bar of document.querySelectorAll('.causes li:not(.remainder) .bar'))
              out.push(`bar ${getComputedStyle(bar).backgroundColor}`);
            for (const mark of document.querySelectorAll('.marks .mark, .marks .caret')) {
              const s = getComputedStyle(mark);
              out.push(`mark ${s.borderLeftColor} ${s.borderTopColor}`);
            }
            return out;
          })),
        );
      }
      const bars = paints.filter((p) => p.startsWith('bar'));
      const marks = paints.filter((p) => p.startsWith('mark'));
      expect(bars.length, 'causes bars found').toBeGreaterThan(0);
      expect(marks.length, 'at-least marks found').toBeGreaterThan(0);
      for (const bar of bars) expect(bar).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
      // Both strokes of each chevron paint in an opaque colour.
      for (const mark of marks) expect(mark).toMatch(/^mark rgb\(\d+, \d+, \d+\) rgb\(\d+, \d+, \d+\)$/);
    } finally {
      await page.context().close();
    }
  });

  /**
   * In the pinned chart of one step: each series' points (one SVG per series) with their shapes and paint, and
   * each visible label or key item with its leading shape. Series are told by their colour's custom property
   * (`var(--c-<series>)` in the style attribute), which forced colours leave in the markup.
   */
  function drawnShapes(scrollerId: string) {
    const chart = document.querySelector(`#${scrollerId} .scrolly-graphic [data-chart-svg]`)!;
    const seriesOf = (el: Element) => /--c-([a-z-]+)/.exec(el.getAttribute('style') ?? '')?.[1] ?? '?';
    const shapeOf = (use: Element | null) => use?.getAttribute('href')?.replace('#shape-', '') ?? 'none';
    const paints = (el: Element) => {
      const s = getComputedStyle(el);
      const clear = /^(none|transparent|rgba\(0, 0, 0, 0\))$/;
      return !clear.test(s.fill) || !clear.test(s.stroke);
    };
    const points = [...chart.querySelectorAll('svg.dots')]
      .filter((svg) => svg.checkVisibility({ opacityProperty: true }) && svg.querySelector('use'))
      .map((svg) => ({
        series: seriesOf(svg),
        shapes: [...new Set([...svg.querySelectorAll('use')].map(shapeOf))],
        painted: [...svg.querySelectorAll('use')].every(paints),
      }));
    const labels = [...chart.querySelectorAll('.labels .label, .tip-labels .label, .key-item')]
      .filter((l) => l.checkVisibility({ opacityProperty: true }))
      .map((l) => {
        const first = l.firstElementChild?.matches('svg.shape') ? l.firstElementChild : null;
        return {
          series: seriesOf(l),
          text: (l.textContent ?? '').trim(),
          shape: shapeOf(first?.querySelector('use') ?? null),
          painted: first !== null && paints(first.querySelector('use')!),
        };
      });
    return { points, labels };
  }

  for (const viewport of PHONES) {
    for (const lang of LANGUAGES) {
      const lineCharts = chaptersWithScrollers(lang).flatMap((chapter) =>
        Object.entries(chapter.scrollers)
          .filter(([id]) => /^(prison-population|deaths-in-custody)-/.test(id))
          .map(([id, steps]) => ({ page: chapter.page, id, steps })),
      );
      it(`${viewport.width}x${viewport.height} (${lang}): each series has its own point shape, and each label starts with it`, async () => {
        expect(lineCharts.map((c) => c.id).sort()).toEqual(['deaths-in-custody-1', 'prison-population-1']);
        const page = await newPage(browser, { ...viewport, reducedMotion: 'reduce' });
        try {
          await page.emulateMedia({ forcedColors: 'active' });
          const problems: string[] = [];
          let labelsChecked = 0;
          for (const chart of lineCharts) {
            for (const step of chart.steps) {
              await page.goto(`${server.url}${chart.page}#${step}`, { waitUntil: 'load' });
              await page.locator(`#${chart.id}.is-enhanced`).waitFor({ state: 'attached' });
              await settle(page);
              const { points, labels } = await page.evaluate(drawnShapes, chart.id);
              const shapeOfSeries = new Map<string, string>();
              for (const p of points) {
                if (p.shapes.length !== 1) problems.push(`#${step} ${p.series}: points in ${p.shapes.join(', ')}`);
                if (!p.painted) problems.push(`#${step} ${p.series}: a point paints nothing`);
                const other = [...shapeOfSeries].find(([, shape]) => shape === p.shapes[0]);
                if (other) problems.push(`#${step}: ${p.series} and ${other[0]} both use ${p.shapes[0]}`);
                shapeOfSeries.set(p.series, p.shapes[0]!);
              }
              for (const l of labels) {
                labelsChecked++;
                const expected = shapeOfSeries.get(l.series);
                if (l.shape !== expected)
                  problems.push(
                    `#${step} "${l.text}": starts with ${l.shape}, its points are ${expected ?? 'not drawn'}`,
                  );
                if (!l.painted) problems.push(`#${step} "${l.text}": its shape paints nothing`);
              }
            }
          }
          expect(labelsChecked, 'labels checked').toBeGreaterThan(0);
          expect(problems).toEqual([]);
        } finally {
          await page.context().close();
        }
      });
    }
  }
});
