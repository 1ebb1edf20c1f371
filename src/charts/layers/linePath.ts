/**
 * SVG path data for straight segments between points: what d3-shape's `line()` writes with its default linear
 * curve and 3-decimal rounding ("M0,1L2.5,3"; a lone point closes on itself, "M0,1Z"; no points, ""). Written out
 * because d3-shape ships as one bundle whose curves and symbols a browser build cannot tree-shake, and this one
 * function is all the charts use of it; the chart snapshot tests hold the output to d3's.
 */
const round = (value: number) => Math.round(value * 1000) / 1000;

export function linePath<T>(points: readonly T[], x: (point: T) => number, y: (point: T) => number): string {
  let d = '';
  for (const [i, p] of points.entries()) d += `${i === 0 ? 'M' : 'L'}${round(+x(p))},${round(+y(p))}`;
  return points.length === 1 ? `${d}Z` : d;
}
