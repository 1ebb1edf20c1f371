/**
 * A hydrated chart changes state, animates, and ends exactly where the server would have drawn the target state:
 * the path geometry in the browser after the transition equals the server render of that state (rounded). With
 * reduced motion the change is immediate. The state is changed with a scroller's step buttons, the same
 * controls readers use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { settle } from './support/settle';
import { startStaticServer, type StaticServer } from './support/staticServer';
import PrisonPopulation from '../../src/charts/PrisonPopulation/PrisonPopulation.svelte';
import { chartStates } from '../../src/charts/states';
import { registry } from '../../src/charts/registry';

const PAGE = '/en/prison-population/';
const SCROLLER = 'prison-population-1';

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

/** Path data the server draws for a state (through the chart's model), in document order. */
function serverPaths(state: unknown): string[] {
  const model = registry['prison-population'].model(chartStates['prison-population'].parse(state), 'en');
  const { body } = render(PrisonPopulation, { props: { model } });
  return [...body.matchAll(/<path[^>]*\sd="([^"]*)"/g)].map((m) => round(m[1]!));
}

async function browserPaths(page: Page): Promise<string[]> {
  return (
    await page
      .locator(`#${SCROLLER} .scrolly-graphic [data-chart-svg] path`)
      .evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? ''))
  ).map(round);
}

async function stepStates(page: Page): Promise<unknown[]> {
  return page
    .locator(`#${SCROLLER} [data-step]`)
    .evaluateAll((els) => els.map((e) => JSON.parse(e.getAttribute('data-state')!)));
}

describe('chart transitions in the browser', () => {
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    it(`with ${reducedMotion} motion, the chart ends at the server geometry of the target state`, async () => {
      const page = await newPage(browser, { width: 1440, height: 900, reducedMotion });
      await page.goto(`${server.url}${PAGE}#${SCROLLER}-1`, { waitUntil: 'load' });
      const states = await stepStates(page);
      const island = page.locator(`#${SCROLLER} [data-step-index]`);
      await expect.poll(() => island.getAttribute('data-step-index'), { timeout: 10_000 }).toBe('0');
      expect(await browserPaths(page)).toEqual(serverPaths(states[0]));

      // Step 2 -> 3 changes the window and the series: scales and lines must move together.
      await page.locator(`#${SCROLLER} [data-step-next]`).click();
      await expect.poll(() => island.getAttribute('data-step-index'), { timeout: 10_000 }).toBe('1');
      await page.locator(`#${SCROLLER} [data-step-next]`).click();
      await expect.poll(() => island.getAttribute('data-step-index'), { timeout: 10_000 }).toBe('2');
      const target = serverPaths(states[2]);
      // Once the chart says it has stopped moving (at once under reduced motion; the reduced-motion test in
      // scrolly.test.ts shows there are no frames in between), its geometry is the server's, exactly.
      await settle(page);
      expect(await browserPaths(page)).toEqual(target);
      expect(page.errors).toEqual([]);
      await page.context().close();
    });
  }
});
