/**
 * Scrollytelling as a reader meets it, in Chromium at a phone and a desktop size: scrolling with the mouse wheel
 * through every step of every scroller in the chapters of each edition (English and Spanish), reloading halfway,
 * opening a step's URL, flinging to the bottom and back, stepping with the keyboard, and reading with JavaScript
 * off or reduced motion.
 *
 * "The chart reached the step's state" is checked through the chart's own text description (the aria-live
 * paragraph each chart renders), compared with the registry's description of the step's state in the page's
 * language, computed here in Node from the same code, and through the island's `data-step-index`.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, type PageOptions } from './support/browser';
import { settle } from './support/settle';
import { scrollStopped, wheelTurn } from './support/reading';
import { startStaticServer, DIST_DIR, type StaticServer } from './support/staticServer';
import { registry, type RegisteredChartId } from '../../src/charts/registry';
import { LANGUAGES } from '../../src/lib/i18n';
import { STEP_EVENT } from '../../src/scrolly/stepEvent';
import type { Language } from '../../src/data/types';

const VIEWPORTS = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;

interface ScrollerInfo {
  page: string;
  id: string;
  chart: RegisteredChartId;
  steps: { id: string; state: unknown }[];
}

/** Every scroller in the built chapters of one edition, read from the HTML (so new chapters are covered untouched). */
function scrollersInDist(lang: Language): ScrollerInfo[] {
  const root = path.join(DIST_DIR, lang);
  const found: ScrollerInfo[] = [];
  for (const dir of readdirSync(root)) {
    const file = path.join(root, dir, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<section[^>]*data-scrolly[^>]*>/g)) {
      const id = /\sid="([^"]+)"/.exec(m[0])?.[1];
      const chart = /data-chart="([^"]+)"/.exec(m[0])?.[1] as RegisteredChartId | undefined;
      if (id && chart) found.push({ page: `/${lang}/${dir}/`, id, chart, steps: stepsOf(html, id) });
    }
  }
  return found;
}

function decode(attr: string): string {
  return attr
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** The steps inside one scroller's section, in order. */
function stepsOf(html: string, scrollyId: string): { id: string; state: unknown }[] {
  const start = html.indexOf(`id="${scrollyId}"`);
  const end = html.indexOf('</section>', start);
  const section = html.slice(start, end);
  return [...section.matchAll(/<div class="step"[^>]*>/g)].map((s) => ({
    id: /\sid="([^"]+)"/.exec(s[0])![1]!,
    state: JSON.parse(decode(/data-state="([^"]*)"/.exec(s[0])![1]!)),
  }));
}

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

async function open(pathname: string, options: PageOptions): Promise<Page & { errors: string[] }> {
  const page = await newPage(browser, options);
  await page.goto(server.url + pathname, { waitUntil: 'load' });
  return page;
}

/**
 * The index the chart island shows and its description, once both have settled on `index`. Tests that run side by
 * side pass their own `expect`, so a failure is reported against the right test.
 */
async function waitForChart(page: Page, scrollyId: string, index: number, exp: ExpectStatic = expect): Promise<string> {
  const island = page.locator(`#${scrollyId} [data-step-index]`).first();
  await exp.poll(() => island.getAttribute('data-step-index'), { timeout: 10_000 }).toBe(String(index));
  return (await page.locator(`#${scrollyId} [data-chart-description]`).first().textContent())?.trim() ?? '';
}

const isActive = (page: Page, stepId: string) =>
  page.locator(`#${stepId}`).evaluate((el) => el.classList.contains('is-active'));

/** The index the scroll controller made active in a scroller, read after it has handled the last scroll. */
const activeIndex = (page: Page, scrollyId: string) =>
  page.locator(`#${scrollyId}`).evaluate((el) => Number((el as HTMLElement).dataset['activeStep'] ?? -1));

/**
 * Wheels down a tenth of a screen at a time until the step is active. Steps last at least 0.6 of a screen of
 * scrolling (the pacing test below checks it), so a turn of a tenth cannot carry one past: this is deterministic.
 */
async function wheelUntilActive(page: Page, stepId: string): Promise<void> {
  const maxTurns = 400;
  for (let turn = 0; turn < maxTurns; turn++) {
    if (await isActive(page, stepId)) return;
    const before = await page.evaluate(() => window.scrollY);
    const after = await wheelTurn(page);
    if (after === before) break; // the end of the page
  }
  throw new Error(`Step ${stepId} never became active while scrolling down a tenth of a screen at a time`);
}

interface Reading {
  /** For each step, the scroll positions (px) at which it was the active one. */
  activeAt: number[][];
}

/**
 * Reads a scroller from a screen above it to its end, a tenth of a screen per wheel turn, recording which step
 * is active after each turn; at each step's first activation, checks the chart reached that step's state.
 */
async function readThrough(
  page: Page,
  scroller: ScrollerInfo,
  onActivated: (index: number) => Promise<void>,
): Promise<Reading> {
  const activeAt: number[][] = scroller.steps.map(() => []);
  await page.evaluate((id) => {
    const top = document.getElementById(id)!.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, Math.max(0, top - window.innerHeight));
  }, scroller.id);
  await scrollStopped(page);
  for (let turn = 0; turn < 600; turn++) {
    const y = await page.evaluate(() => window.scrollY);
    const index = await activeIndex(page, scroller.id);
    if (index >= 0) {
      if (activeAt[index]!.length === 0) await onActivated(index);
      activeAt[index]!.push(y);
    }
    const sectionBottom = await page.locator(`#${scroller.id}`).evaluate((el) => el.getBoundingClientRect().bottom);
    if (sectionBottom < 0) break;
    if ((await wheelTurn(page)) === y) break; // the end of the page
  }
  return { activeAt };
}

// The same browser tests for each edition: step ids, states and charts are the same in both languages; the
// descriptions are compared in the page's own language.
for (const lang of LANGUAGES) {
  describe(`${lang} edition`, () => {
    const expectedDescription = (chart: RegisteredChartId, state: unknown) =>
      registry[chart].describe(state as never, lang);
    const scrollers = existsSync(DIST_DIR) ? scrollersInDist(lang) : [];

    describe('scrollers found in the build', () => {
      it(`exist in the ${lang} chapters, each with steps that carry a state`, () => {
        expect(scrollers.length).toBeGreaterThanOrEqual(3);
        for (const s of scrollers) expect(s.steps.length).toBeGreaterThan(1);
      });
    });

    for (const viewport of VIEWPORTS) {
      // Each test opens its own page; they run side by side, as most of their time is spent waiting for frames.
      describe.concurrent(`scrolling at ${viewport.name} size (${viewport.width}x${viewport.height})`, () => {
        for (const scroller of scrollers) {
          it(`${scroller.page} #${scroller.id}: every step activates, long enough to read, and the chart reaches its state`, async ({
            expect,
          }) => {
            const page = await open(scroller.page, { ...viewport, reducedMotion: 'reduce' });
            await page.mouse.move(viewport.width / 2, viewport.height / 2);
            const { activeAt } = await readThrough(page, scroller, async (index) => {
              const description = await waitForChart(page, scroller.id, index, expect);
              expect(description).toBe(expectedDescription(scroller.chart, scroller.steps[index]!.state));
            });
            const turn = Math.round(viewport.height / 10);
            // How far a reader scrolls while each step is the active one (the last stays active to the end).
            const spans = activeAt.map((ys) => (ys.length ? Math.max(...ys) - Math.min(...ys) + turn : 0));
            for (const [index, step] of scroller.steps.entries()) {
              expect(activeAt[index]!.length, `step ${step.id} never became active`).toBeGreaterThan(0);
              if (index < scroller.steps.length - 1)
                expect(
                  spans[index],
                  `step ${step.id} is active over ${spans[index]} px of scrolling`,
                ).toBeGreaterThanOrEqual(0.6 * viewport.height);
            }
            expect(page.errors).toEqual([]);
            await page.context().close();
          });
        }

        it('reloading mid-story comes back to the same step and chart state', async ({ expect }) => {
          const scroller = scrollers[0]!;
          const target = scroller.steps[2]!;
          const page = await open(scroller.page, { ...viewport, reducedMotion: 'reduce' });
          await page.mouse.move(viewport.width / 2, viewport.height / 2);
          await wheelUntilActive(page, target.id);
          await page.reload({ waitUntil: 'load' });
          await expect.poll(() => isActive(page, target.id), { timeout: 10_000 }).toBe(true);
          expect(await waitForChart(page, scroller.id, 2, expect)).toBe(
            expectedDescription(scroller.chart, target.state),
          );
          await page.context().close();
        });

        it("opening a step's URL shows that step and its chart state", async ({ expect }) => {
          for (const scroller of scrollers) {
            const index = scroller.steps.length - 2;
            const target = scroller.steps[index]!;
            const page = await open(`${scroller.page}#${target.id}`, { ...viewport, reducedMotion: 'reduce' });
            await expect.poll(() => isActive(page, target.id), { timeout: 10_000 }).toBe(true);
            expect(await waitForChart(page, scroller.id, index, expect)).toBe(
              expectedDescription(scroller.chart, target.state),
            );
            await page.context().close();
          }
        });

        it('flinging to the bottom and back to the top lands on the last and then the first step', async ({
          expect,
        }) => {
          const scroller = scrollers[0]!;
          const page = await open(scroller.page, { ...viewport, reducedMotion: 'reduce' });
          await page.locator(`#${scroller.id}`).scrollIntoViewIfNeeded();
          await scrollStopped(page);
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          const last = scroller.steps.length - 1;
          expect(await waitForChart(page, scroller.id, last, expect)).toBe(
            expectedDescription(scroller.chart, scroller.steps[last]!.state),
          );
          await page.evaluate(() => window.scrollTo(0, 0));
          expect(await waitForChart(page, scroller.id, 0, expect)).toBe(
            expectedDescription(scroller.chart, scroller.steps[0]!.state),
          );
          expect(page.errors).toEqual([]);
          await page.context().close();
        });

        it('steps forward and back with the visible buttons and the arrow keys', async ({ expect }) => {
          const scroller = scrollers[0]!;
          const page = await open(`${scroller.page}#${scroller.steps[0]!.id}`, {
            ...viewport,
            reducedMotion: 'reduce',
          });
          await waitForChart(page, scroller.id, 0, expect);
          const next = page.locator(`#${scroller.id} [data-step-next]`);
          await expect.poll(() => next.isVisible()).toBe(true);
          await next.focus();
          await page.keyboard.press('Enter');
          expect(await waitForChart(page, scroller.id, 1, expect)).toBe(
            expectedDescription(scroller.chart, scroller.steps[1]!.state),
          );
          // Focus stays on the button, so pressing it again goes on; the step's text is announced instead.
          expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-step-next'))).toBe(true);
          await page.keyboard.press('Enter');
          expect(await waitForChart(page, scroller.id, 2, expect)).toBe(
            expectedDescription(scroller.chart, scroller.steps[2]!.state),
          );
          // Arrow keys work from the buttons too.
          await page.keyboard.press('ArrowUp');
          expect(await waitForChart(page, scroller.id, 1, expect)).toBe(
            expectedDescription(scroller.chart, scroller.steps[1]!.state),
          );
          await page.context().close();
        });
      });
    }

    describe('without JavaScript', () => {
      it('every step is readable and shows its own server-rendered chart', async () => {
        for (const scroller of scrollers) {
          const page = await open(scroller.page, { width: 375, height: 812, javaScriptEnabled: false });
          for (const step of scroller.steps) {
            const el = page.locator(`#${step.id}`);
            expect((await el.locator('.step-card').innerText()).length).toBeGreaterThan(20);
            const chart = el.locator('.step-static');
            expect(await chart.isVisible()).toBe(true);
            // Drawn in SVG, or in HTML marks (`data-mark`).
            expect(await chart.locator('svg, [data-mark]').count()).toBeGreaterThan(0);
            expect((await chart.locator('[data-chart-description]').textContent())?.trim()).toBe(
              expectedDescription(scroller.chart, step.state),
            );
          }
          await page.context().close();
        }
      });
    });

    describe('reduced motion', () => {
      /**
       * Clicks "next" and samples the first line's geometry on every animation frame for a while: the number of
       * distinct shapes seen tells an eased transition (many) from an instant change (the old and the new one).
       */
      async function shapesDuringChange(page: Page, scrollyId: string): Promise<number> {
        const sampling = page.evaluate(`new Promise((resolve) => {
          const seen = new Set();
          const start = performance.now();
          const tick = () => {
            const path = document.querySelector(${JSON.stringify(`#${scrollyId} [data-chart-svg] path`)});
            seen.add(path ? path.getAttribute('d') : '');
            if (performance.now() - start < 2500) requestAnimationFrame(tick); else resolve(seen.size);
          };
          requestAnimationFrame(tick);
        })`);
        await page.locator(`#${scrollyId} [data-step-next]`).click();
        return (await sampling) as number;
      }

      // The prison population scroller eases between states on its own (the deaths chart also follows scroll
      // progress, so its motion is spread over the scroll rather than over the state change).
      const pick = () => scrollers.find((s) => s.chart === 'prison-population')!;

      it('changes the chart state without animation frames in between', async () => {
        const scroller = pick();
        const page = await open(`${scroller.page}#${scroller.steps[1]!.id}`, {
          width: 1440,
          height: 900,
          reducedMotion: 'reduce',
        });
        await waitForChart(page, scroller.id, 1);
        expect(await shapesDuringChange(page, scroller.id)).toBeLessThanOrEqual(2);
        await waitForChart(page, scroller.id, 2);
        await page.context().close();
      });

      it('animates when motion is allowed: many intermediate shapes between two states', async () => {
        const scroller = pick();
        const page = await open(`${scroller.page}#${scroller.steps[1]!.id}`, {
          width: 1440,
          height: 900,
          reducedMotion: 'no-preference',
        });
        await waitForChart(page, scroller.id, 1);
        await settle(page);
        // Old shape, new shape and at least one in between (frames are few on a loaded 2-core machine).
        expect(await shapesDuringChange(page, scroller.id)).toBeGreaterThan(2);
        await waitForChart(page, scroller.id, 2);
        await page.context().close();
      });
    });

    describe('the address', () => {
      it("stays on the text above a scroller when the reader goes back to it; a step's id once the reader reaches the step", async () => {
        const scroller = scrollers.find((s) => s.chart === 'cecot-cell')!;
        const page = await open(scroller.page, { width: 375, height: 812, reducedMotion: 'reduce' });
        // From the end of the page, where the scroller's last step is the active one …
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await scrollStopped(page);
        await expect.poll(() => activeIndex(page, scroller.id)).toBe(scroller.steps.length - 1);
        // … back to the last note marker above the scroller, as a note's way back from the list goes.
        const marker = await page.locator(`#${scroller.id}`).evaluate((section) => {
          const above = [...document.querySelectorAll('main [id^="ref-"]')].filter(
            (el) => el.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING,
          );
          return above.at(-1)?.id ?? '';
        });
        expect(marker).not.toBe('');
        await page.evaluate((id) => (location.hash = `#${id}`), marker);
        await scrollStopped(page);
        // The chart goes back to the first step, and the address stays on the marker (it changes in the same call).
        await expect.poll(() => activeIndex(page, scroller.id)).toBe(0);
        expect(await page.evaluate(() => location.hash)).toBe(`#${marker}`);
        // Reading on into the scroller, the address follows the steps.
        await wheelUntilActive(page, scroller.steps[0]!.id);
        await wheelUntilActive(page, scroller.steps[1]!.id);
        await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${scroller.steps[1]!.id}`);
        expect(page.errors).toEqual([]);
        await page.context().close();
      });
    });

    describe('scroll events', () => {
      it('run no script on the page: nothing reads the scroll position on every scroll event', async () => {
        // Reading it makes the browser lay the page out mid-frame whenever a chart has just changed. scrollama's
        // setup adds such a listener on the document for its direction; the controller leaves it out.
        const page = scrollers.map((s) => s.page).find((p, i, all) => all.indexOf(p) !== i)!;
        const tab = await open(page, { width: 375, height: 812 });
        await tab.locator('[data-scrolly].is-enhanced').first().waitFor({ state: 'attached' });
        await expect.poll(() => tab.locator('[data-scrolly]:not(.is-enhanced)').count(), { timeout: 10_000 }).toBe(0);
        const cdp = await tab.context().newCDPSession(tab);
        const scrollListeners: string[] = [];
        for (const target of ['document', 'window']) {
          const { result } = await cdp.send('Runtime.evaluate', { expression: target });
          const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
          for (const l of listeners)
            if (l.type === 'scroll') scrollListeners.push(`${target}: ${l.scriptId}:${l.lineNumber}`);
        }
        expect(scrollListeners).toEqual([]);
        expect(tab.errors).toEqual([]);
        await tab.context().close();
      });
    });

    describe('step changes on a slow phone', () => {
      it("reach the chart in the task after the controller's, merged: the chart shows the latest step", async () => {
        const scroller = scrollers.find((s) => s.steps.length >= 3)!;
        const page = await open(`${scroller.page}#${scroller.steps[0]!.id}`, {
          width: 375,
          height: 812,
          reducedMotion: 'reduce',
        });
        await waitForChart(page, scroller.id, 0);
        await settle(page);
        // Two step events in one task, as a fast scroll can send them: in that task the chart has not changed yet
        // and says it is about to (not settled); in a later one it shows the second step only.
        const seen = await page.evaluate(
          ([id, event]) => {
            const section = document.getElementById(id)!;
            const island = section.querySelector<HTMLElement>('[data-step-index]')!;
            section.dispatchEvent(new CustomEvent(event, { detail: { index: 1, progress: 0 } }));
            section.dispatchEvent(new CustomEvent(event, { detail: { index: 2, progress: 0 } }));
            const during = { index: island.dataset['stepIndex'], pending: island.hasAttribute('data-step-pending') };
            return new Promise<{ during: typeof during; after: typeof during }>((resolve) =>
              setTimeout(() => {
                const after = { index: island.dataset['stepIndex'], pending: island.hasAttribute('data-step-pending') };
                resolve({ during, after });
              }, 100),
            );
          },
          [scroller.id, STEP_EVENT] as const,
        );
        expect(seen).toEqual({ during: { index: '0', pending: true }, after: { index: '2', pending: false } });
        expect(await waitForChart(page, scroller.id, 2)).toBe(
          expectedDescription(scroller.chart, scroller.steps[2]!.state),
        );
        expect(page.errors).toEqual([]);
        await page.context().close();
      });
    });
  });
}
