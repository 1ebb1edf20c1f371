/** The deaths in custody chart's marker shapes (src/charts/shapes.ts; see tests/unit/charts.shapes.test.ts). */
import { describe, expect, it } from 'vitest';
import { DEATH_COUNTERS } from '../../data/deaths';
import { LANGUAGES } from '../../lib/i18n';
import { registry } from '../registry';
import { SHAPES } from '../shapes';
import { COUNTER_SHAPES, deathsModel, timelineFrame } from './model';
import deathsSpec from './state';

describe('marker shapes', () => {
  const shapes = DEATH_COUNTERS.map((counter) => COUNTER_SHAPES[counter]);

  it('deaths-in-custody: every series has a shape of its own, one the pages draw', () => {
    expect(new Set(shapes).size).toBe(shapes.length);
    for (const shape of shapes) expect(Object.keys(SHAPES)).toContain(shape);
  });

  it('deaths-in-custody: the caption keys the shapes', () => {
    expect(registry['deaths-in-custody'].marks).toContain('shapes');
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
