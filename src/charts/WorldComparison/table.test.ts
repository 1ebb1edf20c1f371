/** The world comparison chart's data table: every figure the chart draws, in every state shown (../testing.ts). */
import { formatDate } from '../../lib/format';
import { tableHoldsWhatItDraws } from '../testing';
import { worldModel } from './model';

tableHoldsWhatItDraws('world-comparison', (state, lang) => {
  const model = worldModel(state, lang);
  return {
    marks: model.rows.map((r) => ({
      ...(r.derived ? { seriesHas: r.name } : { series: r.name }),
      date: formatDate(r.date, lang),
      value: r.valueText,
      unit: model.unit,
    })),
    texts: [],
  };
});
