/**
 * The crackdown-in-context chart's close-up (src/charts/CrackdownContext/model.ts, ZoomModel): on the homicide
 * plot's scale, set by the rates of a decade ago, the latest official rate and the independent estimate the
 * chapter compares it with sit on the baseline; the close-up draws those years on a scale of their own, says so,
 * and keeps the gap between them visible.
 */
import { describe, expect, it } from 'vitest';
import { crackdownModel, ZOOM_FROM, ZOOM_WHEN_FLATTER_THAN } from './model';
import spec from './state';
import { homicideRate } from '../../data/homicides';
import { yearStart } from '../../data/dates';

const views = spec.views;

describe('the homicide close-up', () => {
  it.each(['both', 'homicides'])('is drawn in the "%s" view, from the year of the declaration', (view) => {
    const zoom = crackdownModel(views[view]!, 'en').panels.homicides.zoom!;
    expect(zoom).toBeDefined();
    expect(ZOOM_FROM).toBe(2022);
    expect(zoom.xDomain[0]).toBe(yearStart(ZOOM_FROM));
    expect(zoom.xTicks[0]).toBe(zoom.xDomain[0]);
  });

  it('is on a scale at least four times finer than the plot above, and its title says the scale differs', () => {
    for (const lang of ['en', 'es'] as const) {
      const panel = crackdownModel(views.both!, lang).panels.homicides;
      const zoom = panel.zoom!;
      expect(panel.yDomain[1] / zoom.yDomain[1]).toBeGreaterThanOrEqual(ZOOM_WHEN_FLATTER_THAN);
      expect(zoom.title).toMatch(lang === 'en' ? /on its own scale \(0 to 10\)/ : /con su propia escala \(de 0 a 10\)/);
    }
  });

  it('keeps the estimate and the official rate of its year apart by at least a sixth of its height', () => {
    const zoom = crackdownModel(views.both!, 'en').panels.homicides.zoom!;
    const estimate = homicideRate['independent-estimate'][0]!;
    const official = homicideRate.official.find((o) => o.date === estimate.date)!;
    expect(zoom.estimate?.y).toBe(estimate.value);
    expect((estimate.value - official.value) / zoom.yDomain[1]).toBeGreaterThan(1 / 6);
  });

  it("labels the estimate with who made it and the official figure beside it, in the page's language", () => {
    const tag = (lang: 'en' | 'es') =>
      crackdownModel(views.both!, lang).panels.homicides.zoom!.tags.find((t) => t.key === 'zoom-estimate')!;
    expect([tag('en').value, tag('en').detail]).toEqual(['4.5', 'Foreign Policy estimate (official: 2.4)']);
    expect(tag('es').detail).toBe('estimación de Foreign Policy (oficial: 2.4)');
  });

  it('draws every official rate from that year on, and only those', () => {
    const zoom = crackdownModel(views.both!, 'en').panels.homicides.zoom!;
    const recent = homicideRate.official.filter((o) => Number(o.date.slice(0, 4)) >= ZOOM_FROM);
    expect(zoom.points.map(([, y]) => y)).toEqual(recent.map((o) => o.value));
  });

  it('is not drawn where there is no homicide plot, or where the plot does not reach those years', () => {
    expect(crackdownModel(views.arrests!, 'en').panels.arrests.zoom).toBeUndefined();
    expect(
      crackdownModel(spec.parse({ measure: 'homicides', years: [2015, 2021] }), 'en').panels.homicides.zoom,
    ).toBeUndefined();
  });
});
