/**
 * Marker shapes (src/charts/shapes.ts): in each line chart, every series has a shape no other series of that
 * chart has, so lines stay apart without colour (forced colours), and each direct label starts with its series'
 * shape. The caption keys the shapes of the charts that draw them.
 */
import { describe, expect, it } from 'vitest';
import { SHAPES } from '../../src/charts/shapes';
import { registry } from '../../src/charts/registry';
import { populationModel, SERIES_SHAPES } from '../../src/charts/PrisonPopulation/model';
import prisonPopulationSpec, { POPULATION_SERIES_KEYS } from '../../src/charts/PrisonPopulation/state';
import { COUNTER_SHAPES, deathsModel, timelineFrame } from '../../src/charts/DeathsInCustody/model';
import deathsSpec from '../../src/charts/DeathsInCustody/state';
import { DEATH_COUNTERS } from '../../src/data/deaths';
import { LANGUAGES } from '../../src/lib/i18n';

const charts = [
  { chart: 'prison-population', shapes: POPULATION_SERIES_KEYS.map((key) => SERIES_SHAPES[key]) },
  { chart: 'deaths-in-custody', shapes: DEATH_COUNTERS.map((counter) => COUNTER_SHAPES[counter]) },
] as const;

describe('marker shapes', () => {
  it.each(charts)('$chart: every series has a shape of its own, one the pages draw', ({ shapes }) => {
    expect(new Set(shapes).size).toBe(shapes.length);
    for (const shape of shapes) expect(Object.keys(SHAPES)).toContain(shape);
  });

  it.each(charts)('$chart: the caption keys the shapes', ({ chart }) => {
    expect(registry[chart].marks).toContain('shapes');
  });

  it('no other chart keys shapes it does not draw', () => {
    const keyed = Object.values(registry).filter((entry) => entry.marks.includes('shapes'));
    expect(keyed.map((entry) => entry.id).sort()).toEqual(charts.map((c) => c.chart).sort());
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

  it.each(LANGUAGES)('deaths in custody (%s): each label starts with its counter’s shape, in every view', (lang) => {
    for (const state of [deathsSpec.defaults, ...Object.values(deathsSpec.views)]) {
      const model = deathsModel(state, lang);
      const frame = timelineFrame(model, model.throughX);
      expect(new Set(frame.series.map((s) => s.shape)).size).toBe(frame.series.length);
      for (const label of frame.labels)
        expect(label.shape).toBe(frame.series.find((s) => s.counter === label.key)!.shape);
    }
  });
});
