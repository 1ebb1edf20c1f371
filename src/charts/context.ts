/**
 * The one typed door into LayerCake's context. LayerCake 11 hands back an untyped, rune-backed object; layers
 * read it through `chartContext()` so the scales they use are named and typed in one place. Call the scales inside
 * `$derived` or markup, never once at the top level (that would read them once and stop updating).
 */
import { getLayerCakeContext } from 'layercake';
import type { ScaleLinear } from 'd3-scale';

export interface ChartScales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

/** A position in percent, to a thousandth of a percent (a hundredth of a pixel on a 1,000-pixel chart). */
const rounded = (percent: number) => Math.round(percent * 1000) / 1000;

/**
 * The chart's x and y scales (percent of the plot, as the charts give LayerCake `percentRange`), with positions
 * rounded. Unrounded, every mark's `left`, `top`, `x` and `y` carried 15 to 17 digits into the page, for each
 * step of a scroller drawn for readers without JavaScript: digits that compress badly. The server and the browser
 * round alike, so hydration and the end of every transition still match the server's drawing.
 */
export function chartContext(): { xScale(value: number): number; yScale(value: number): number } {
  const k = getLayerCakeContext<ChartScales>();
  // Read through the context on every call: its scales are replaced when the domain changes (a tween).
  return {
    xScale: (value) => rounded(k.xScale(value)),
    yScale: (value) => rounded(k.yScale(value)),
  };
}
