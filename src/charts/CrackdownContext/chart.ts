/** The crackdown context chart (arrests, homicide rate): what surrounds it wherever it appears (see ../define.ts). */
import { arrests } from '../../data/arrests';
import { homicideRate } from '../../data/homicides';
import { formatQualified } from '../../lib/format';
import { t } from '../../lib/i18n';
import { defineChart } from '../define';
import { latestDate, row, uniqueSources } from '../table';
import { crackdownModel } from './model';
import { crackdownContextImage } from './staticSvg';
import spec from './state';

const observations = [...arrests, ...Object.values(homicideRate).flat()];

export default defineChart({
  id: 'crackdown-context',
  spec,
  titleKey: 'ctx.title',
  dekKey: 'ctx.dek',
  notesKey: 'ctx.notes',
  datasets: ['arrests', 'homicide-rate'],
  sources: uniqueSources(observations),
  asOf: latestDate(observations),
  marks: ['dots'],
  embedHeight: 760,
  model: crackdownModel,
  describe: (state, lang) => crackdownModel(state, lang).description,
  // The shown measure(s) within the years of the state, series by series; estimates say so in the value.
  table: (state, lang) => {
    const rate = t(lang, 'ctx.table.unit.rate');
    const units = new Map([
      [t(lang, 'ctx.series.official'), rate],
      [t(lang, 'ctx.series.estimate'), rate],
      [t(lang, 'ctx.series.arrests'), t(lang, 'ctx.table.unit.arrests')],
    ]);
    return crackdownModel(state, lang).table.flatMap((s) => {
      const unit = units.get(s.label);
      if (unit === undefined) throw new Error(`CrackdownContext: no unit for the series "${s.label}"`);
      return s.points.map((p) => {
        const value = formatQualified(p.value, p.qualifier, lang);
        return row(
          s.label,
          p.date,
          s.estimate ? t(lang, 'ctx.table.estimate', { value }) : value,
          unit,
          p.source,
          lang,
        );
      });
    });
  },
  image: crackdownContextImage,
});
