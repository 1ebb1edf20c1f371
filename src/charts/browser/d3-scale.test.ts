import { describe, expect, it } from 'vitest';
import * as d3 from 'd3-scale';
import { scaleBand, scaleLinear, scaleOrdinal, scaleSqrt } from './d3-scale';

// Domains the charts give LayerCake (years, counts, rates) and the percent ranges it gives back (y reversed).
const CASES: { domain: [number, number]; range: [number, number] }[] = [
  { domain: [1992, 2024.999], range: [0, 100] },
  { domain: [2019, 2025], range: [0, 100] },
  { domain: [0, 140_000], range: [100, 0] },
  { domain: [0, 1_775], range: [100, 0] },
  { domain: [2025, 2019], range: [0, 100] },
  { domain: [5, 5], range: [0, 100] },
];
const VALUES = [1992, 1995.4995, 2019, 2022.2342, 2024.5, 0, 39_538, 111_207, 1_775, 5, -3, 2030];

describe('the browser stand-in for d3-scale', () => {
  it.each(CASES)('maps $domain onto $range exactly as d3-scale does, and back', ({ domain, range }) => {
    const ours = scaleLinear().domain(domain).range(range);
    const theirs = d3.scaleLinear().domain(domain).range(range);
    for (const v of VALUES) {
      expect(ours(v)).toBe(theirs(v));
      expect(ours.invert(ours(v)!)).toBe(theirs.invert(theirs(v)));
    }
    expect(ours.domain()).toEqual(theirs.domain());
    expect(ours.range()).toEqual(theirs.range());
  });

  it('gives nothing for a missing value, as d3 does', () => {
    expect(scaleLinear()(undefined)).toBe(d3.scaleLinear()(undefined as unknown as number));
    expect(scaleLinear()(NaN)).toBeUndefined();
  });

  it('copies a scale that later changes apart from its copy', () => {
    const a = scaleLinear().domain([0, 10]).range([0, 100]);
    const b = a.copy();
    a.domain([0, 20]);
    expect(b(5)).toBe(50);
    expect(a(5)).toBe(25);
  });

  it('refuses what the charts never ask for, naming itself: more than two stops, or text', () => {
    expect(() => scaleLinear().domain([0, 1, 2])).toThrow(/src\/charts\/browser\/d3-scale\.ts/);
    expect(() => scaleLinear().range(['red', 'blue'])).toThrow(/two numbers/);
  });

  it('answers LayerCake for the dimensions the charts never set as d3 does, and refuses to map', () => {
    // LayerCake's isOrdinalDomain: a band scale has `bandwidth`; an ordinal one has exactly these four methods.
    expect(typeof scaleBand().bandwidth).toBe(typeof d3.scaleBand().bandwidth);
    expect(Object.keys(scaleOrdinal())).toEqual(Object.keys(d3.scaleOrdinal()));
    expect('bandwidth' in scaleSqrt()).toBe(false);
    for (const unused of [scaleSqrt(), scaleBand(), scaleOrdinal()])
      expect(() => unused()).toThrow(/not in the browser build/);
  });
});
