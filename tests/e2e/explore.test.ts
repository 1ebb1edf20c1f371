/**
 * Exploring a chart after the story (issue #14), as a reader does, in each edition: at the end of a scroller the
 * explore controls switch the pinned chart between the chart's named views without scrolling and without changing
 * the active step; the address keeps the choice (`?view=<name>#<scroller>-explore`), and opening that address shows
 * it again. Without JavaScript the controls are links to each view's server-rendered embed page.
 *
 * "The chart shows the view" is checked through the chart's text description, compared with the registry's
 * description of the view's state in the page's language, computed here in Node from the same code.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, type PageOptions } from './support/browser';
import { settle } from './support/settle';
import { chaptersWithScrollers } from './support/scrollers';
import { startStaticServer, DIST_DIR, type StaticServer } from './support/staticServer';
import { registry, type RegisteredChartId } from '../../src/charts/registry';
import { embedViews } from '../../src/embeds/views';
import { LANGUAGES } from '../../src/lib/i18n';
import type { Language } from '../../src/data/types';

interface Panel {
  page: string;
  scroller: string;
  chart: RegisteredChartId;
  /** The views the choice buttons offer, in order (none where the controls are toggles). */
  views: string[];
  /** The values the toggles switch, in order (none where the controls are choices). */
  toggles: string[];
  /** The views the links offer without JavaScript, in order. */
  links: string[];
}

/** Every scroller with explore controls in the built chapters of one edition, read from the HTML. */
function panelsInDist(lang: Language): Panel[] {
  return chaptersWithScrollers(lang).flatMap(({ page, scrollers }) => {
    const html = readFileSync(path.join(DIST_DIR, page, 'index.html'), 'utf8');
    return Object.keys(scrollers).flatMap((scroller) => {
      const start = html.indexOf(`id="${scroller}-explore"`);
      if (start < 0) return [];
      const chart = new RegExp(`data-chart="([^"]+)" id="${scroller}"`).exec(html)?.[1] as RegisteredChartId;
      const panel = html.slice(start, html.indexOf('scrolly-caption', start));
      const views = [...panel.matchAll(/<button[^>]*data-view="([^"]+)"/g)].map((m) => m[1]!);
      const toggles = [...panel.matchAll(/<button[^>]*data-toggle="([^"]+)"/g)].map((m) => m[1]!);
      const links = [...panel.matchAll(/<a[^>]*data-view="([^"]+)"/g)].map((m) => m[1]!);
      return [{ page, scroller, chart, views, toggles, links }];
    });
  });
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

async function open(pathname: string, options: PageOptions) {
  const page = await newPage(browser, options);
  await page.goto(server.url + pathname, { waitUntil: 'load' });
  return page;
}

const description = async (page: Page, scroller: string) =>
  (await page.locator(`#${scroller} .scrolly-graphic [data-chart-description]`).textContent())?.trim();

/** What the scroll controller says: the active step, and the position label it writes. */
const stepState = (page: Page, scroller: string) =>
  page.locator(`#${scroller}`).evaluate((el) => ({
    active: (el as HTMLElement).dataset['activeStep'],
    island: el.querySelector('[data-step-index]')?.getAttribute('data-step-index'),
    label: el.querySelector('[data-step-position]')?.textContent?.trim(),
  }));

/** Opens a scroller's explore controls by their address, once the controller has wired them and all is still. */
async function openAtControls(panel: Panel, options: PageOptions, query = '') {
  const page = await open(`${panel.page}${query}#${panel.scroller}-explore`, options);
  await page.locator(`#${panel.scroller}.is-enhanced [data-step-index]`).waitFor();
  await settle(page);
  return page;
}

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1440, height: 900 };

for (const lang of LANGUAGES) {
  describe(`${lang} edition`, () => {
    const panels = existsSync(DIST_DIR) ? panelsInDist(lang) : [];
    // A view's state: a named view's, or an explore mix's (every view has an embed page).
    const describeView = (panel: Panel, view: string) =>
      registry[panel.chart].describe(embedViews(panel.chart).find((v) => v.name === view)!.state as never, lang);

    it('the prison population, CECOT cell and deaths in custody scrollers end with explore controls', () => {
      expect(panels.map((p) => p.chart).sort()).toEqual(['cecot-cell', 'deaths-in-custody', 'prison-population']);
      for (const p of panels) expect(p.views.length + p.toggles.length).toBeGreaterThan(1);
      expect(panels.find((p) => p.chart === 'deaths-in-custody')!.toggles).toEqual([
        'sjh',
        'cristosal',
        'movir',
        'official',
      ]);
    });

    describe.concurrent('with JavaScript', () => {
      for (const panel of panels.filter((p) => p.toggles.length > 0)) {
        const toggle = (page: Page, value: string) =>
          page.locator(`#${panel.scroller}-explore button[data-toggle="${value}"]`);
        const pressedValues = (page: Page) =>
          page
            .locator(`#${panel.scroller}-explore button[data-toggle][aria-pressed="true"]`)
            .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-toggle')));

        for (const size of lang === 'en' ? [DESKTOP, PHONE] : [DESKTOP]) {
          it(`${panel.page} (${size.width}px): the toggles switch counters on and off in any mix, keep it in the address, and leave the step and the scroll alone`, async ({
            expect,
          }) => {
            const page = await openAtControls(panel, size);
            const before = await stepState(page, panel.scroller);
            // The story ends on every counter: all pressed.
            expect(await pressedValues(page)).toEqual(panel.toggles);
            // Off one by one down to the last, then one back on: each press shows exactly the mix pressed.
            const presses = [...panel.toggles.slice(0, -1), panel.toggles[0]!];
            let on = [...panel.toggles];
            for (const value of presses) {
              on = on.includes(value)
                ? on.filter((v) => v !== value)
                : panel.toggles.filter((v) => v === value || on.includes(v));
              const y = await page.evaluate(() => window.scrollY);
              await toggle(page, value).click();
              await settle(page);
              expect(await pressedValues(page)).toEqual(on);
              const view = new URL(page.url()).searchParams.get('view')!;
              expect(embedViews(panel.chart).find((v) => v.name === view)?.state).toMatchObject({ counters: on });
              await expect.poll(() => description(page, panel.scroller)).toBe(describeView(panel, view));
              expect(new URL(page.url()).hash).toBe(`#${panel.scroller}-explore`);
              expect(await page.evaluate(() => window.scrollY)).toBe(y);
              expect(await stepState(page, panel.scroller)).toEqual(before);
              await expect
                .poll(() => page.locator(`#${panel.scroller} [data-step-announce]`).textContent())
                .toBe(describeView(panel, view));
            }
            expect(page.errors).toEqual([]);
            await page.context().close();
          });
        }

        it(`${panel.page}: the last counter on stays on, and the reader is told why`, async ({ expect }) => {
          const page = await openAtControls(panel, DESKTOP, `?view=${panel.toggles[1]}-latest`);
          expect(await pressedValues(page)).toEqual([panel.toggles[1]]);
          const shown = await description(page, panel.scroller);
          await toggle(page, panel.toggles[1]!).click();
          await settle(page);
          expect(await pressedValues(page)).toEqual([panel.toggles[1]]);
          expect(await description(page, panel.scroller)).toBe(shown);
          expect(new URL(page.url()).searchParams.get('view')).toBe(`${panel.toggles[1]}-latest`);
          const hint = await page.locator(`#${panel.scroller}-explore .explore-toggles-hint`).textContent();
          await expect.poll(() => page.locator(`#${panel.scroller} [data-step-announce]`).textContent()).toBe(hint);
          expect(page.errors).toEqual([]);
          await page.context().close();
        });

        it(`${panel.page}: opening the address of a mix shows it, with its toggles pressed`, async ({ expect }) => {
          const [first, , third] = panel.toggles;
          const view = `counters-${first}-${third}`;
          const page = await openAtControls(panel, PHONE, `?view=${view}`);
          expect(await pressedValues(page)).toEqual([first, third]);
          await expect.poll(() => description(page, panel.scroller)).toBe(describeView(panel, view));
          const last = (await page.locator(`#${panel.scroller} [data-step]`).count()) - 1;
          expect((await stepState(page, panel.scroller)).island).toBe(String(last));
          expect(page.errors).toEqual([]);
          await page.context().close();
        });
      }

      for (const panel of panels.filter((p) => p.toggles.length > 0)) {
        it(`${panel.page}: a mix has an embed page of its own that shows it, alone, without JavaScript`, async ({
          expect,
        }) => {
          const view = `counters-${panel.toggles[0]}-${panel.toggles.at(-1)}`;
          const page = await open(`/embed/${lang}/${panel.chart}/${view}/`, { ...DESKTOP, javaScriptEnabled: false });
          expect(await page.locator('main').getAttribute('data-view')).toBe(view);
          expect(await page.locator('main [data-chart-description]').count()).toBe(1);
          expect((await page.locator('main [data-chart-description]').textContent())?.trim()).toBe(
            describeView(panel, view),
          );
          expect(await page.locator('[data-stepper], template').count()).toBe(0);
          await page.context().close();
        });
      }

      for (const panel of panels.filter((p) => p.views.length > 0)) {
        for (const size of lang === 'en' ? [DESKTOP, PHONE] : [DESKTOP]) {
          it(`${panel.page} (${size.width}px): each button shows its view, keeps it in the address, and leaves the step and the scroll alone`, async ({
            expect,
          }) => {
            const page = await openAtControls(panel, size);
            const last = (await page.locator(`#${panel.scroller} [data-step]`).count()) - 1;
            const before = await stepState(page, panel.scroller);
            expect(before.active).toBe(String(last));
            for (const view of panel.views) {
              const button = page.locator(`#${panel.scroller}-explore button[data-view="${view}"]`);
              await expect.poll(() => button.isVisible()).toBe(true);
              const y = await page.evaluate(() => window.scrollY);
              await button.click();
              await settle(page);
              expect(await button.getAttribute('aria-pressed')).toBe('true');
              expect(
                await page.locator(`#${panel.scroller}-explore button[aria-pressed="true"]`).count(),
                'one choice pressed at a time',
              ).toBe(1);
              await expect.poll(() => description(page, panel.scroller)).toBe(describeView(panel, view));
              const url = new URL(page.url());
              expect(url.searchParams.get('view')).toBe(view);
              expect(url.hash).toBe(`#${panel.scroller}-explore`);
              expect(await page.evaluate(() => window.scrollY)).toBe(y);
              expect(await stepState(page, panel.scroller)).toEqual(before);
              // One polite announcement: the chart's new description.
              await expect
                .poll(() => page.locator(`#${panel.scroller} [data-step-announce]`).textContent())
                .toBe(describeView(panel, view));
            }
            expect(page.errors).toEqual([]);
            await page.context().close();
          });
        }

        it(`${panel.page}: opening the address of a choice shows it at the controls`, async ({ expect }) => {
          const view = panel.views.at(-2)!;
          const page = await openAtControls(panel, DESKTOP, `?view=${view}`);
          await expect.poll(() => description(page, panel.scroller)).toBe(describeView(panel, view));
          expect(
            await page.locator(`#${panel.scroller}-explore button[aria-pressed="true"]`).getAttribute('data-view'),
          ).toBe(view);
          const last = (await page.locator(`#${panel.scroller} [data-step]`).count()) - 1;
          expect((await stepState(page, panel.scroller)).island).toBe(String(last));
          // The choice belongs to the end of the story: the first step still shows the first step's state.
          await page
            .locator(`#${panel.scroller} [data-step]`)
            .first()
            .evaluate((el) => el.scrollIntoView());
          await expect.poll(() => stepState(page, panel.scroller).then((s) => s.active), { timeout: 10_000 }).toBe('0');
          await settle(page);
          const first = JSON.parse(
            (await page.locator(`#${panel.scroller} [data-step]`).first().getAttribute('data-state'))!,
          );
          expect(await description(page, panel.scroller)).toBe(registry[panel.chart].describe(first as never, lang));
          expect(page.errors).toEqual([]);
          await page.context().close();
        });
      }
    });

    it('a choice eases the chart to its view like a step change when motion is allowed', async () => {
      // The prison population chart eases between states on its own (as in scrolly.test.ts): count to rate.
      const panel = panels.find((p) => p.chart === 'prison-population')!;
      const page = await openAtControls(panel, { ...DESKTOP, reducedMotion: 'no-preference' });
      const sampling = page.evaluate(`new Promise((resolve) => {
        const seen = new Set();
        const start = performance.now();
        const tick = () => {
          const path = document.querySelector(${JSON.stringify(`#${panel.scroller} [data-chart-svg] path`)});
          seen.add(path ? path.getAttribute('d') : '');
          if (performance.now() - start < 2500) requestAnimationFrame(tick); else resolve(seen.size);
        };
        requestAnimationFrame(tick);
      })`);
      const view = panel.views.find((v) => v === 'count')!;
      await page.locator(`#${panel.scroller}-explore button[data-view="${view}"]`).click();
      // Old shape, new shape and at least one in between.
      expect(await sampling).toBeGreaterThan(2);
      await settle(page);
      expect(await description(page, panel.scroller)).toBe(describeView(panel, view));
      expect(page.errors).toEqual([]);
      await page.context().close();
    });

    describe.concurrent('without JavaScript', () => {
      for (const panel of panels) {
        it(`${panel.page}: the controls are links to each view's page, which shows that view`, async ({ expect }) => {
          const page = await open(panel.page, { ...DESKTOP, javaScriptEnabled: false });
          const controls = page.locator(`#${panel.scroller}-explore`);
          expect(await controls.locator('button').first().isVisible()).toBe(false);
          const links = controls.locator('a[data-view]');
          // Choices link to their views; toggles to the mixes that are named views.
          expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-view')))).toEqual(panel.links);
          if (panel.views.length > 0) expect(panel.links).toEqual(panel.views);
          else
            expect(panel.links).toEqual([
              'all-counters',
              'sjh-latest',
              'cristosal-latest',
              'movir-latest',
              'official-latest',
            ]);
          for (const view of panel.links) {
            const link = controls.locator(`a[data-view="${view}"]`);
            expect(await link.isVisible()).toBe(true);
            const href = (await link.getAttribute('href'))!;
            expect(href).toBe(`/embed/${lang}/${panel.chart}/${view}/`);
            const response = await page.request.get(server.url + href);
            expect(response.status()).toBe(200);
          }
          // Following one shows the view, drawn on the server.
          const view = panel.links.at(-2)!;
          await controls.locator(`a[data-view="${view}"]`).click();
          await page.waitForURL(`**/embed/${lang}/${panel.chart}/${view}/`);
          expect(await page.locator('main').getAttribute('data-view')).toBe(view);
          expect((await page.locator('main [data-chart-description]').first().textContent())?.trim()).toBe(
            describeView(panel, view),
          );
          await page.context().close();
        });
      }
    });
  });
}
