/**
 * What the chart islands use of d3-interpolate, standing in for it in the browser build (see
 * src/lib/build/browserModules.ts). d3-scale's linear scales interpolate their range with `interpolate`, which also
 * handles colours, dates, strings and objects, and so brings all of d3-color along: about a sixth of a chapter's
 * JavaScript. Every scale in the charts maps to numbers (positions in percent or pixels), so numbers are all this
 * handles; anything else throws, naming this file, rather than drawing something wrong. The formulas are d3's.
 */
type Interpolator<T> = (t: number) => T;

export function interpolateNumber(a: number, b: number): Interpolator<number> {
  a = +a;
  b = +b;
  return (t) => a * (1 - t) + b * t;
}

export function interpolateRound(a: number, b: number): Interpolator<number> {
  a = +a;
  b = +b;
  return (t) => Math.round(a * (1 - t) + b * t);
}

export function interpolate(a: unknown, b: unknown): Interpolator<unknown> {
  if (b == null || typeof b === 'boolean') return () => b;
  if (typeof b === 'number') return interpolateNumber(a as number, b);
  throw new Error(
    `Chart scales in the browser interpolate numbers only (src/charts/browser/d3-interpolate.ts), not ${String(b)}`,
  );
}

export function piecewise<T>(
  interpolator: ((a: T, b: T) => Interpolator<T>) | T[],
  values?: T[],
): Interpolator<T | unknown> {
  const using = (values === undefined ? interpolate : interpolator) as (a: T, b: T) => Interpolator<T | unknown>;
  const points = (values ?? interpolator) as T[];
  const n = points.length - 1;
  const parts = Array.from({ length: Math.max(0, n) }, (_, i) => using(points[i]!, points[i + 1]!));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return parts[i]!(t - i);
  };
}
