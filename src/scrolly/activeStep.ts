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
 * Phones, where the chart is pinned above the text: the active step is the one that fills most of the reading
 * area below the chart ([regionTop, regionBottom] in px from the top of the viewport). A step whose top is just
 * under the chart is active however short it is, and the one before it, sliding under the chart, is not.
 * Outside the steps (none visible in the area) the trigger rule decides, so the first or last stays active.
 */
export function activeStepInRegion(steps: readonly StepBox[], regionTop: number, regionBottom: number): ActiveStep {
  let best = -1;
  let bestVisible = 0;
  steps.forEach((box, i) => {
    const visible = Math.min(box.top + box.height, regionBottom) - Math.max(box.top, regionTop);
    if (visible > bestVisible + 0.5) {
      best = i;
      bestVisible = visible;
    }
  });
  if (best === -1) return activeStep(steps, regionTop);
  const box = steps[best]!;
  const progress = box.height > 0 ? Math.min(1, Math.max(0, (regionTop - box.top) / box.height)) : 0;
  return { index: best, progress };
}

/**
 * Where the trigger line sits, in px from the top of the viewport. Computed from the viewport height once (and
 * again only when the width changes, e.g. on rotation), so a phone's URL bar sliding in and out, which changes the
 * height, does not move it.
 */
export function triggerLine(viewportHeight: number, viewportWidth: number): number {
  // On phones the chart sits in the top half of the screen and the steps flow below it: a step becomes active as
  // soon as it is well into view, and the next one takes over before the active one reaches the chart.
  const fraction = viewportWidth < 800 ? 0.88 : 0.55;
  return Math.round(viewportHeight * fraction);
}
