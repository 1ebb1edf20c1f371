/**
 * The charts' own line path against d3-shape's line() (what the static images still use): same path data for
 * the shapes the charts draw, so swapping one for the other changes no markup.
 */
import { describe, expect, it } from 'vitest';
import { line } from 'd3-shape';
import { linePath } from '../../src/charts/layers/linePath';

type P = [number, number];
const d3 = (points: P[]) => line<P>()(points) ?? '';
const ours = (points: P[]) =>
  linePath(
    points,
    (p) => p[0],
    (p) => p[1],
  );

describe('linePath', () => {
  it.each<[string, P[]]>([
    ['no points', []],
    ['one point', [[12.5, 40]]],
    [
      'a series',
      [
        [0, 100],
        [33.333333, 66.6666667],
        [100, 0],
      ],
    ],
    [
      'negatives, tiny values and rounding at the third decimal',
      [
        [-0.0004, 1e-7],
        [-12.3456, 99.9995],
        [5.0005, -0.0005],
      ],
    ],
  ])('%s', (_, points) => {
    expect(ours(points)).toBe(d3(points));
  });

  it('matches d3 on pseudo-random series', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 200 - 50;
    for (let n = 2; n < 40; n++) {
      const points = Array.from({ length: n }, (): P => [next(), next()]);
      expect(ours(points)).toBe(d3(points));
    }
  });
});
