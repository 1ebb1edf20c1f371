/**
 * The one typed door into LayerCake's context. LayerCake 11 hands back an untyped, rune-backed object; layers
 * read it through `chartContext()` so the scales they use are named and typed in one place. Read its values inside
 * `$derived` or markup, never by destructuring at the top level (that would copy values once and stop updating).
 */
import { getLayerCakeContext } from 'layercake';
import type { ScaleLinear } from 'd3-scale';

export interface ChartScales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

export function chartContext() {
  return getLayerCakeContext<ChartScales>();
}
