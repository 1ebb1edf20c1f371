/**
 * Where a timeline draws things: percents of the plot's height, kept to a thousandth of a percent (under a hundredth
 * of a pixel on the tallest plot). The drawing writes each of them into the page, once for every step, and sixteen
 * digits said no more. The model places events with it, and the chart the leaders' ends it works out from them.
 */

/** How finely a place is kept, in percent. */
export const PLACE_STEP = 0.001;

/** A percent kept to PLACE_STEP; divided by a whole number, so it prints as few digits as it has (4.412). */
export function place(percent: number): number {
  return Math.round(percent / PLACE_STEP) / Math.round(1 / PLACE_STEP);
}
