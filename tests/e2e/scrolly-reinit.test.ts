/**
 * Re-initialising the scroll controller (a dev reload of the module, a second import, a page that loads it twice)
 * must not add listeners or observers: the controller keeps one instance per section for the page's lifetime, and
 * a second run only asks the existing ones to look again. Counted through the DevTools
 * protocol, which sees every listener on window and document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { scrollStopped } from './support/reading';
import { startStaticServer, type StaticServer } from './support/staticServer';

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

async function listenerCounts(page: Page): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  const counts: Record<string, number> = {};
  for (const target of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    for (const l of listeners) counts[`${target}:${l.type}`] = (counts[`${target}:${l.type}`] ?? 0) + 1;
  }
  await cdp.detach();
  return counts;
}

describe('scroll controller re-initialisation', () => {
  it('importing the controller again adds no listeners and keeps the active step', async () => {
    const page = await newPage(browser, { width: 1440, height: 900, reducedMotion: 'reduce' });
    await page.goto(`${server.url}/en/prison-population/#prison-population-1-3`, { waitUntil: 'load' });
    await expect
      .poll(() => page.locator('#prison-population-1-3').getAttribute('class'), { timeout: 10_000 })
      .toContain('is-active');
    const before = await listenerCounts(page);
    // The controller's own: one per scroller, for a change of width.
    expect(before['window:resize'] ?? 0).toBeGreaterThan(0);

    // The controller loads with the chart island, in whichever chunk the bundler put it: the loaded script that
    // keeps the page's controllers (window.__scrollers).
    const src = await page.evaluate(async () => {
      for (const entry of performance.getEntriesByType('resource')) {
        if (!new URL(entry.name).pathname.endsWith('.js')) continue;
        if ((await (await fetch(entry.name)).text()).includes('__scrollers')) return new URL(entry.name).pathname;
      }
      return null;
    });
    expect(src).toBeTruthy();
    // A string expression, so the test runner does not rewrite the browser's dynamic import.
    for (const n of [1, 2, 3]) await page.evaluate(`import(${JSON.stringify(`${src}?again=${n}`)})`);
    await page.mouse.wheel(0, 50);
    await scrollStopped(page);

    expect(await listenerCounts(page)).toEqual(before);
    expect(await page.locator('#prison-population-1-3').getAttribute('class')).toContain('is-active');
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});
