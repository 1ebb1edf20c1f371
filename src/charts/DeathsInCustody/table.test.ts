/** The deaths in custody chart's data table: every figure the chart draws, in every state shown (../testing.ts). */
import { expect, it } from 'vitest';
import { formatDate, formatNumber, formatQualified } from '../../lib/format';
import { t } from '../../lib/i18n';
import { tableOf } from '../registry';
import { chartsInChapters, tableHoldsWhatItDraws } from '../testing';
import { deathsModel, timelineFrame } from './model';

tableHoldsWhatItDraws('deaths-in-custody', (state, lang) => {
  const model = deathsModel(state, lang);
  if (state.view === 'causes') {
    const { bars, subtitle, caveat } = model.causes;
    const unit = t(
      lang,
      bars.some((b) => b.text.includes('%')) ? 'deaths.table.unit.share' : 'deaths.table.unit.deaths',
    );
    return {
      marks: bars.map((b) => ({ seriesHas: b.label, value: formatNumber(b.value, lang), unit })),
      texts: [subtitle, caveat ?? '', ...bars.map((b) => `${b.text} ${b.detail ?? ''}`)],
    };
  }
  const frame = timelineFrame(model, model.throughX);
  return {
    marks: frame.series
      .filter((s) => s.shown)
      .flatMap((s) =>
        s.dots
          .filter((d) => d.visible)
          .map((d) => ({
            series: model.series.find((m) => m.counter === s.counter)!.label,
            date: formatDate(d.date, lang),
            value: formatQualified(d.value, d.qualifier, lang),
            unit: t(lang, 'deaths.table.unit.cumulative'),
          })),
      ),
    texts: [...frame.labels.map((l) => l.text), frame.markerVisible ? model.marker.text : ''],
  };
});

it("chapter 4's deaths table gives the counts and the causes bars' values", () => {
  const scroller = chartsInChapters('en').find((s) => s.chart === 'deaths-in-custody')!;
  const table = tableOf('deaths-in-custody', scroller.states, 'en');
  expect(table.some((r) => r.unit === 'Deaths (cumulative count)')).toBe(true);
  expect(table).toContainEqual(
    expect.objectContaining({ series: 'Cristosal, cause of death: Illness', value: '87', unit: 'Deaths' }),
  );
  expect(table.some((r) => r.unit === '% of the deaths classified')).toBe(true);
});
