import { describe, expect, it } from 'vitest';
import { lineInWindow, pointsInWindow } from './window';

const at = (...xs: number[]) => xs.map((x) => ({ x }));
const xs = (points: { x: number }[]) => points.map((p) => p.x);

describe('pointsInWindow', () => {
  it('keeps the points inside the window, its ends included', () => {
    expect(xs(pointsInWindow(at(2017, 2019, 2021, 2024, 2025), [2019, 2024]))).toEqual([2019, 2021, 2024]);
  });
});

describe('lineInWindow', () => {
  it('keeps a line inside the window whole', () => {
    expect(xs(lineInWindow(at(2019, 2020, 2024), [2019, 2024]))).toEqual([2019, 2020, 2024]);
  });

  it('keeps one point beyond each edge the line crosses, so it still reaches the edge', () => {
    expect(xs(lineInWindow(at(1995, 2000, 2018, 2020, 2023, 2026, 2030), [2019, 2024]))).toEqual([
      2018, 2020, 2023, 2026,
    ]);
  });

  it('keeps the two points of a line that passes over the window without a point in it', () => {
    expect(xs(lineInWindow(at(2010, 2015, 2030), [2019, 2024]))).toEqual([2015, 2030]);
  });

  it('drops a line that lies wholly outside the window', () => {
    expect(lineInWindow(at(1992, 1995, 2000), [2019, 2024])).toEqual([]);
    expect(lineInWindow(at(2026), [2019, 2024])).toEqual([]);
  });
});
