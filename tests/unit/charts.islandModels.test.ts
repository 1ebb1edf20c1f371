/**
 * The data block a hydrated chart island reads its steps' models from (src/charts/islandModels.ts): what goes in
 * comes back (numbers to 4 decimals), pieces repeated from step to step are written once, and a model that JSON
 * cannot carry stops the build with the path of the bad value.
 */
import { describe, expect, it } from 'vitest';
import { packModels, unpackModels } from '../../src/charts/islandModels';
import { registry } from '../../src/charts/registry';
import { chartStates, CHART_IDS } from '../../src/charts/states';

const roundTrip = <M>(models: M[]) => unpackModels<M>(packModels(models));

describe('chart models in a data block', () => {
  it('come back as they went in, numbers rounded to 4 decimals', () => {
    const models = [{ x: [2019.123456789, 3], label: 'El Salvador', nested: { deep: [{ a: 1 / 3 }] } }];
    expect(roundTrip(models)).toEqual([{ x: [2019.1235, 3], label: 'El Salvador', nested: { deep: [{ a: 0.3333 }] } }]);
  });

  it('leave out keys whose value is undefined, as JSON does', () => {
    expect(roundTrip([{ dash: undefined, width: 2 }])).toEqual([{ width: 2 }]);
  });

  it('write a piece that several steps share once', () => {
    const cells = Array.from({ length: 256 }, (_, i) => ({ x: i % 16, y: Math.floor(i / 16), w: 0.8, h: 0.8 }));
    const steps = Array.from({ length: 7 }, (_, i) => ({ step: i, cells }));
    const once = packModels([steps[0]]).length;
    expect(packModels(steps).length).toBeLessThan(once * 1.2);
    expect(roundTrip(steps)).toEqual(steps);
  });

  it('cannot close the <script> element they are written in', () => {
    const json = packModels([{ text: '</script><script>alert(1)</script>' }]);
    expect(json).not.toContain('<');
    expect(unpackModels(json)).toEqual([{ text: '</script><script>alert(1)</script>' }]);
  });

  it.each([
    ['NaN', { y: NaN }, 'model[0].y is NaN'],
    ['Infinity', { points: [{ y: Infinity }] }, 'model[0].points[0].y is Infinity'],
    ['a Date', { when: new Date(0) }, 'model[0].when is not plain data'],
    ['a "$" key', { $: 1 }, 'has a key "$"'],
  ])('refuse %s, naming where it is', (_, model, message) => {
    expect(() => packModels([model])).toThrow(message);
  });

  it.each(CHART_IDS)('carry every view of %s in both languages unchanged but for rounding', (chart) => {
    for (const lang of ['en', 'es'] as const) {
      const models = Object.values(chartStates[chart].views).map((state) =>
        registry[chart].model(state as never, lang),
      );
      const json = JSON.stringify(models, (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e4) / 1e4 : v));
      expect(roundTrip(models)).toEqual(JSON.parse(json));
    }
  });
});
