/** The crackdown context chart's data table: every figure the chart draws, in every state shown (../testing.ts). */
import { formatDate, formatNumber } from '../../lib/format';
import { t } from '../../lib/i18n';
import { tableHoldsWhatItDraws, type Mark } from '../testing';
import { crackdownModel } from './model';

tableHoldsWhatItDraws('crackdown-context', (state, lang) => {
  const model = crackdownModel(state, lang);
  const [from, to] = state.years;
  const inYears = (date: string) => Number(date.slice(0, 4)) >= from && Number(date.slice(0, 4)) <= to;
  const marks: Mark[] = [];
  const texts: string[] = [];
  for (const key of model.shown) {
    const panel = model.panels[key];
    const unit = t(lang, key === 'homicides' ? 'ctx.table.unit.rate' : 'ctx.table.unit.arrests');
    // Each dot of the panel, found by its date among the data the panel draws.
    const series = t(lang, key === 'homicides' ? 'ctx.series.official' : 'ctx.series.arrests');
    for (const dot of panel.dots) {
      const date = dot.key.slice(dot.key.indexOf('-') + 1);
      if (!inYears(date)) continue;
      marks.push({ series, date: formatDate(date as never, lang), valueGives: formatNumber(dot.y, lang), unit });
    }
    texts.push(...panel.tags.map((tag) => tag.value));
    if (panel.estimate) texts.push(panel.estimate.value, panel.estimate.official ?? '');
  }
  return { marks, texts };
});
