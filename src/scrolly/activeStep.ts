/**
 * Which step is active, worked out from where the steps are on screen, never from the order of enter/exit
 * events. Scrollama skips steps on fast scrolls and can report them out of order after a reload; deriving the
 * index from geometry every time makes the chart land on the right state however the reader got there.
 */

export interface StepBox {
  /** Top of the step relative to the viewport, in px (getBoundingClientRect().top). */
  top: number;
  /** Height of the step in px. */
  height: number;
}

export interface ActiveStep {
  index: number;
  /** How far the trigger line has moved through the active step, 0-1. */
  progress: number;
}

/**
 * The active step is the last one whose top has passed the trigger line (a fixed distance from the top of the
 * viewport, in px). Before the first step, the first is active; after the last, the last stays active.
 */
export function activeStep(steps: readonly StepBox[], triggerPx: number): ActiveStep {
  if (steps.length === 0) return { index: 0, progress: 0 };
  let index = 0;
  for (let i = 0; i < steps.length; i++) if (steps[i]!.top <= triggerPx) index = i;
  const box = steps[index]!;
  const progress = box.height > 0 ? Math.min(1, Math.max(0, (triggerPx - box.top) / box.height)) : 0;
  return { index, progress };
}

/**
 * Where the trigger line sits, in px from the top of the viewport. Computed from the viewport once (and again
 * only when the width changes, e.g. on rotation), so a phone's URL bar sliding in and out, which changes the
 * height, does not move it.
 *
 * On phones the chart is pinned at the top and the cards scroll up from below it, then pass under it: a step
 * takes over when its top reaches the middle of the reading area under the chart (`chartBottom`, px). Every step
 * then stays active for as long as it takes to scroll from its top to the next step's top, which the step
 * layout keeps at 0.7 of a screen or more (Step.astro), so no wheel turn can skip one.
 */
export function triggerLine(viewportHeight: number, viewportWidth: number, chartBottom = 0): number {
  if (viewportWidth < PHONE_MAX_WIDTH) {
    const top = Math.min(Math.max(0, chartBottom), viewportHeight * 0.75);
    return Math.round(top + (viewportHeight - top) / 2);
  }
  return Math.round(viewportHeight * 0.55);
}

/** Below this width (CSS px) the chart sits above the steps instead of beside them (the CSS uses the same). */
export const PHONE_MAX_WIDTH = 800;
