/** The prison population chart's marker shapes (src/charts/shapes.ts; see tests/unit/charts.shapes.test.ts). */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../lib/i18n';
import { registry } from '../registry';
import { SHAPES } from '../shapes';
import { populationModel, SERIES_SHAPES } from './model';
import prisonPopulationSpec, { POPULATION_SERIES_KEYS } from './state';

describe('marker shapes', () => {
  const shapes = POPULATION_SERIES_KEYS.map((key) => SERIES_SHAPES[key]);

  it('prison-population: every series has a shape of its own, one the pages draw', () => {
    expect(new Set(shapes).size).toBe(shapes.length);
    for (const shape of shapes) expect(Object.keys(SHAPES)).toContain(shape);
  });

  it('prison-population: the caption keys the shapes', () => {
    expect(registry['prison-population'].marks).toContain('shapes');
  });

  it.each(LANGUAGES)('prison population (%s): each label starts with its series’ shape, in every view', (lang) => {
    const states = [
      prisonPopulationSpec.defaults,
      ...Object.values(prisonPopulationSpec.views),
      { ...prisonPopulationSpec.defaults, series: [...POPULATION_SERIES_KEYS] },
    ];
    for (const state of states) {
      const model = populationModel(state, lang);
      expect(new Set(model.series.map((s) => s.shape)).size).toBe(model.series.length);
      for (const label of model.labels) {
        const series = model.series.find((s) => s.key === label.key)!;
        expect(label.shape).toBe(series.shape);
        expect(label.dash).toBe(series.dash);
      }
    }
  });
});
