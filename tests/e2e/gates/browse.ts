/**
 * Helpers for the gates that open every page in Chromium: bring every lazy island to life the way a reader
 * scrolling to the end would, without fixed sleeps.
 */
import type { Page } from 'playwright-core';
import { settle } from '../support/settle';

/**
 * Scrolls through the whole page a viewport at a time (so every chart island (`client:split`, near the viewport) sees the viewport), waits
 * until every island has hydrated (Astro removes an island's `ssr` attribute once it has), then returns to the top
 * and waits until nothing moves (charts go back to their first step when the page scrolls up), so whatever is
 * checked next sees final colours and positions, not a frame of a fade.
 */
export async function hydrateAll(page: Page): Promise<void> {
  const islands = await page.locator('astro-island').count();
  if (islands === 0) return;
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += Math.max(200, window.innerHeight * 0.8)) {
      window.scrollTo(0, y);
      await frame();
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frame();
  });
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, {
    timeout: 15_000,
  });
  await page.evaluate(() => window.scrollTo(0, 0));
  await settle(page);
}

/**
 * Opens a built page. The site root sends readers on with a zero-second meta refresh; to check the root page
 * itself, its HTML is served with that one tag removed.
 */
export async function openPage(page: Page, origin: string, pathname: string): Promise<void> {
  if (pathname === '/') {
    // Registered per call; a page reused for several paths only ever matches this route on the root.
    await page.unroute(`${origin}/`);
    await page.route(`${origin}/`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<meta[^>]*http-equiv="refresh"[^>]*>/i, '');
      await route.fulfill({ response, body });
    });
  }
  await page.goto(origin + pathname, { waitUntil: 'load' });
}
