/**
 * Marker shapes (src/charts/shapes.ts): in each line chart, every series has a shape no other series of that
 * chart has, so lines stay apart without colour (forced colours), and each direct label starts with its series'
 * shape. The caption keys the shapes of the charts that draw them. Each chart that draws shapes says so in its
 * folder (src/charts/<Chart>/shapes.test.ts: its shapes, its key, its labels); here, that no other chart keys them.
 */
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/charts/registry';
import { CHART_IDS } from '../../src/charts/states';
import { folderHasTest } from '../../src/charts/testing';

describe('marker shapes', () => {
  const drawing = CHART_IDS.filter((chart) => folderHasTest(chart, 'shapes.test.ts'));

  it('some charts draw shapes (their folders test them)', () => {
    expect(drawing.length).toBeGreaterThan(0);
  });

  it('no other chart keys shapes it does not draw', () => {
    const keyed = Object.values(registry).filter((entry) => entry.marks.includes('shapes'));
    expect(keyed.map((entry) => entry.id).sort()).toEqual([...drawing].sort());
  });
});
