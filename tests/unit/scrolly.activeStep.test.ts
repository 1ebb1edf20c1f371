import { describe, expect, it } from 'vitest';
import { activeStep, activeStepInRegion, triggerLine } from '../../src/scrolly/activeStep';

// Three steps of 200 px, 300 px apart, positioned by the top of the first.
const steps = (firstTop: number) => [0, 1, 2].map((i) => ({ top: firstTop + i * 300, height: 200 }));

describe('activeStep: the last step whose top passed the trigger line', () => {
  it.each([
    { firstTop: 900, index: 0, why: 'before the first step, the first is active' },
    { firstTop: 400, index: 0, why: 'first step past the line' },
    { firstTop: 150, index: 1, why: 'second step past the line' },
    { firstTop: -2000, index: 2, why: 'after the last step (a fling to the bottom), the last stays active' },
  ])('$why', ({ firstTop, index }) => {
    expect(activeStep(steps(firstTop), 495).index).toBe(index);
  });

  it('does not depend on the order in which steps were reached (no history)', () => {
    expect(activeStep(steps(150), 495)).toEqual(activeStep(steps(150), 495));
    expect(activeStep(steps(150), 495).progress).toBeCloseTo((495 - 450) / 200);
  });
});

describe('activeStepInRegion: phones, the step filling most of the area under the chart', () => {
  it('makes a short step active as soon as it sits just under the chart', () => {
    // Chart bottom at 450 px, viewport 812 px; step 1 is at 462, step 2 only 300 px lower.
    const boxes = [
      { top: 100, height: 200 },
      { top: 462, height: 150 },
      { top: 662, height: 150 },
    ];
    expect(activeStepInRegion(boxes, 450, 812).index).toBe(1);
  });

  it('falls back to the trigger rule when no step is in the area', () => {
    expect(activeStepInRegion(steps(-3000), 450, 812).index).toBe(2);
    expect(activeStepInRegion(steps(2000), 450, 812).index).toBe(0);
  });
});

describe('triggerLine', () => {
  it('is computed in pixels from the viewport, lower on phones', () => {
    expect(triggerLine(900, 1440)).toBe(495);
    expect(triggerLine(812, 375)).toBe(Math.round(812 * 0.88));
  });
});
