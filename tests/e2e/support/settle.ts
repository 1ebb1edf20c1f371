/**
 * Waits until nothing on the page moves, so a test never measures a chart mid-transition.
 *
 * "Still" means, for several animation frames in a row: no CSS transition, CSS animation or Web Animation running
 * anywhere in the document, and every chart island reporting `data-settled="true"` (src/charts/settled.ts, which
 * also covers Svelte's tweens, since they move nothing the Animations API can see). Frames, not a fixed sleep:
 * it returns as soon as the page is still, however slow the machine.
 */
import type { Frame, Page } from 'playwright-core';

/** Consecutive still frames required; a scroll handler can start a change one frame after the scroll. */
const STILL_FRAMES = 4;

export async function settle(target: Page | Frame, timeout = 15_000): Promise<void> {
  await target.waitForFunction(
    (needed) =>
      new Promise<boolean>((resolve) => {
        let still = 0;
        const tick = () => {
          const moving =
            document.getAnimations().some((a) => a.playState === 'running' || a.pending) ||
            document.querySelector('[data-settled="false"]') !== null;
          still = moving ? 0 : still + 1;
          if (still >= needed) resolve(true);
          // Give up on this round after a while; waitForFunction calls again until its timeout.
          else if (performance.now() - started > 2_000) resolve(false);
          else requestAnimationFrame(tick);
        };
        const started = performance.now();
        requestAnimationFrame(tick);
      }),
    STILL_FRAMES,
    { timeout },
  );
}
