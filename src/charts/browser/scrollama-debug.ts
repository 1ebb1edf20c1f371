/**
 * Browser stand-in for scrollama's `src/debug.js` (src/lib/build/browserModules.ts). Scrollama calls `update` only
 * when a scroller is set up with `debug: true`, to draw its trigger lines over the page; the scroll controller
 * never sets it, and the module came with every chapter that has a chart.
 */
export function update(): void {}
