import { describe, expect, it } from 'vitest';
import { activeStep, triggerLine } from '../../src/scrolly/activeStep';

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

describe('triggerLine', () => {
  it('is a little above the middle of the screen beside the chart (desktop), whatever the chart', () => {
    expect(triggerLine(900, 1440)).toBe(495);
    expect(triggerLine(900, 1440, 600)).toBe(495);
  });

  it('is the middle of the reading area under a chart pinned at the top (phones)', () => {
    // Chart 480 px tall on a 375x812 screen: the reading area is 480-812, its middle 646.
    expect(triggerLine(812, 375, 480)).toBe(646);
  });

  it('stays in the lower part of the screen even under a chart taller than three quarters of it', () => {
    expect(triggerLine(812, 375, 800)).toBe(Math.round(812 * 0.75 + (812 * 0.25) / 2));
  });

  it('makes every step active over the whole distance from its top to the next one', () => {
    // Steps 0.7 of a screen apart (the phone layout): scroll in 10 px moves and count where each is active.
    const trigger = triggerLine(812, 375, 480);
    const pitch = Math.round(812 * 0.7);
    const counts = [0, 0, 0];
    for (let scrolled = 0; scrolled < 3000; scrolled += 10) {
      const boxes = [0, 1, 2].map((i) => ({ top: 900 + i * pitch - scrolled, height: pitch }));
      counts[activeStep(boxes, trigger).index]! += 10;
    }
    expect(Math.abs(counts[1]! - pitch)).toBeLessThanOrEqual(10);
  });
});
