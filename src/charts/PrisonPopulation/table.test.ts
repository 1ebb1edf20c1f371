/** The prison population chart's data table: every figure the chart draws, in every state shown (../testing.ts). */
import { expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../lib/format';
import { t } from '../../lib/i18n';
import { tableOf } from '../registry';
import { chartsInChapters, tableHoldsWhatItDraws } from '../testing';
import { populationModel } from './model';

tableHoldsWhatItDraws('prison-population', (state, lang) => {
  const model = populationModel(state, lang);
  return {
    marks: model.series.flatMap((s) =>
      s.points
        .filter((p) => p.x >= model.xDomain[0] && p.x <= model.xDomain[1])
        .map((p) => ({
          // A figure of our arithmetic (the census rate) gives its formula after the series' name.
          ...(p.derived ? { seriesHas: s.label } : { series: s.label }),
          date: formatDate(p.date, lang),
          value: formatNumber(p.value, lang),
          unit: t(lang, s.key === 'capacity' ? 'pp.table.unit.capacity' : `pp.table.unit.${state.measure}`),
        })),
    ),
    texts: model.notes.map((n) => n.text),
  };
});

it("chapter 2's prison population table gives the counts of every step and the rates", () => {
  const scroller = chartsInChapters('en').find((s) => s.chart === 'prison-population' && s.states.length > 1)!;
  const table = tableOf('prison-population', scroller.states, 'en');
  const units = new Set(table.map((r) => r.unit));
  expect(units).toContain('People in prison');
  expect(units).toContain('Prisoners per 100,000 residents');
  // The counts of the two decades before 2019 (the first steps), not only the last step's years.
  expect(table.some((r) => r.unit === 'People in prison' && r.date.endsWith('1992'))).toBe(true);
});
