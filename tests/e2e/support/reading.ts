/**
 * Scrolling as a reader does, for the browser tests: a wheel turn, then a wait until the page has stopped
 * scrolling (frames, not a sleep), so the next look at the page sees where the turn really ended.
 */
import type { Page } from 'playwright-core';

/** Resolves once the page has not scrolled for a few frames (a wheel turn scrolls smoothly, over several). */
export async function scrollStopped(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = window.scrollY;
        let still = 0;
        const tick = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 3) resolve(last);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** A wheel turn of a tenth of a screen, as a reader reading slowly makes, then the wait for it to end. */
export async function wheelTurn(page: Page, direction: 1 | -1 = 1): Promise<number> {
  await page.mouse.wheel(0, direction * Math.round(page.viewportSize()!.height / 10));
  return scrollStopped(page);
}
