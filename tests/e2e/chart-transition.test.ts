/**
 * A hydrated chart changes state, animates, and ends exactly where the server would have drawn the target state:
 * the path geometry in the browser after the transition equals the server render of that state (rounded). With
 * reduced motion the change is immediate. The state is changed with a scroller's step buttons, the same
 * controls readers use.
 *
 * This is also the proof that the browser build's stand-ins for d3-scale, d3-interpolate, d3-color and d3-format
 * (src/lib/build/browserModules.ts), which LayerCake's scales import, draw what the published packages draw on the
 * server: both line charts drawn with LayerCake scales are checked, from the built client bundle.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { settle } from './support/settle';
import { startStaticServer, type StaticServer } from './support/staticServer';
import { chartStates, type ChartId } from '../../src/charts/states';
import { registry } from '../../src/charts/registry';
import { chartComponent } from '../../src/charts/testing';

/** The scrollers checked: page, scroller id, chart, and the step the test moves to. */
const CASES: { page: string; scroller: string; chart: ChartId; to: number }[] = [
  // Step 2 -> 3 changes the window and the series: scales and lines must move together.
  {
    page: '/en/prison-population/',
    scroller: 'prison-population-1',
    chart: 'prison-population',
    to: 2,
  },
  // The timeline grows to a later date and another counter fades in.
  {
    page: '/en/deaths-in-custody/',
    scroller: 'deaths-in-custody-1',
    chart: 'deaths-in-custody',
    to: 2,
  },
];

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

const round = (d: string) => d.replace(/-?\d+\.\d+/g, (n) => (Math.round(Number(n) * 10) / 10).toFixed(1));

type Case = (typeof CASES)[number];

/** Path data the server draws for a state (through the chart's model), in document order. */
async function serverPaths(c: Case, state: unknown): Promise<string[]> {
  const model = registry[c.chart].model(chartStates[c.chart].parse(state) as never, 'en');
  const { body } = render(await chartComponent(c.chart), { props: { model: model as never } });
  return [...body.matchAll(/<path[^>]*\sd="([^"]*)"/g)].map((m) => round(m[1]!));
}

async function browserPaths(c: Case, page: Page): Promise<string[]> {
  return (
    await page
      .locator(`#${c.scroller} .scrolly-graphic [data-chart-svg] path`)
      .evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? ''))
  ).map(round);
}

async function stepStates(c: Case, page: Page): Promise<unknown[]> {
  return page
    .locator(`#${c.scroller} [data-step]`)
    .evaluateAll((els) => els.map((e) => JSON.parse(e.getAttribute('data-state')!)));
}

describe('chart transitions in the browser', () => {
  for (const c of CASES) {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      it(`${c.scroller}: with ${reducedMotion} motion, the chart ends at the server geometry of the target state`, async () => {
        const page = await newPage(browser, { width: 1440, height: 900, reducedMotion });
        await page.goto(`${server.url}${c.page}#${c.scroller}-1`, { waitUntil: 'load' });
        const states = await stepStates(c, page);
        const island = page.locator(`#${c.scroller} [data-step-index]`);
        await expect.poll(() => island.getAttribute('data-step-index'), { timeout: 10_000 }).toBe('0');
        await settle(page);
        expect(await browserPaths(c, page)).toEqual(await serverPaths(c, states[0]));

        for (let step = 1; step <= c.to; step++) {
          await page.locator(`#${c.scroller} [data-step-next]`).click();
          await expect.poll(() => island.getAttribute('data-step-index'), { timeout: 10_000 }).toBe(String(step));
        }
        const target = await serverPaths(c, states[c.to]);
        // Once the chart says it has stopped moving (at once under reduced motion; the reduced-motion test in
        // scrolly.test.ts shows there are no frames in between), its geometry is the server's, exactly.
        await settle(page);
        expect(await browserPaths(c, page)).toEqual(target);
        expect(page.errors).toEqual([]);
        await page.context().close();
      });
    }
  }

  // The server draws only a step's own view (unit-tested in src/charts/DeathsInCustody/model.test.ts); the island
  // adds the other, hidden, once it has hydrated, so the first causes step crossfades instead of cutting.
  it('deaths-in-custody-1: the island holds the causes view, hidden, once hydrated, and shows it at its step', async () => {
    const page = await newPage(browser, { width: 1440, height: 900 });
    await page.goto(`${server.url}/en/deaths-in-custody/#deaths-in-custody-1-1`, { waitUntil: 'load' });
    const graphic = page.locator('#deaths-in-custody-1 .scrolly-graphic');
    const island = graphic.locator('[data-step-index]');
    await expect.poll(() => island.getAttribute('data-step-index'), { timeout: 10_000 }).toBe('0');
    const causes = graphic.locator('.panel.causes');
    await expect.poll(() => causes.count(), { timeout: 10_000 }).toBe(1);
    await settle(page);
    expect(await causes.evaluate((e) => getComputedStyle(e).visibility)).toBe('hidden');

    const views = await stepStates({ scroller: 'deaths-in-custody-1' } as Case, page);
    const firstCauses = views.findIndex((s) => (s as { view?: string }).view === 'causes');
    expect(firstCauses).toBeGreaterThan(0);
    for (let step = 1; step <= firstCauses; step++) {
      await page.locator('#deaths-in-custody-1 [data-step-next]').click();
      await expect.poll(() => island.getAttribute('data-step-index'), { timeout: 10_000 }).toBe(String(step));
    }
    await settle(page);
    expect(await causes.evaluate((e) => getComputedStyle(e).opacity)).toBe('1');
    const timeline = graphic.locator('.panel.timeline');
    expect(await timeline.evaluate((e) => getComputedStyle(e).visibility)).toBe('hidden');
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});
