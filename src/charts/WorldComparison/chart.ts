/** The world comparison: what surrounds it wherever it appears (see src/charts/define.ts). */
import { worldPrisonRates, elSalvadorRates } from '../../data/worldPrisonRates';
import { defineChart } from '../define';
import { derivedRow, latestDate, row, uniqueSources } from '../table';
import { formulaIn, t } from '../../lib/i18n';
import { worldModel } from './model';
import { worldComparisonImage } from './staticSvg';
import spec from './state';

const drawn = [...worldPrisonRates, ...Object.values(elSalvadorRates)];
// El Salvador's census rate is our arithmetic: it also rests on the census population's source.
const rateSources = Object.values(elSalvadorRates).flatMap((o) => o.sources.map((source) => ({ source })));

export default defineChart({
  id: 'world-comparison',
  spec,
  titleKey: 'world.title',
  dekKey: 'world.dek',
  notesKey: 'world.notes',
  datasets: ['world-prison-rates'],
  sources: uniqueSources([...drawn, ...rateSources]),
  asOf: latestDate(drawn),
  embedHeight: 620,
  // Bars only: no dots, so no key under the chart.
  marks: [],
  model: worldModel,
  describe: (state, lang) => worldModel(state, lang).description,
  table: (state, lang) => {
    const { rows, unit } = worldModel(state, lang);
    // Highest rate first, also when several steps' bars are listed together.
    return rows.map((r) => ({
      ...(r.derived
        ? derivedRow(
            t(lang, 'world.table.derived', { name: r.name, formula: formulaIn(lang, r.derived.formula) }),
            r.date,
            r.valueText,
            unit,
            r.derived.sources,
            lang,
          )
        : row(r.name, r.date, r.valueText, unit, r.source, lang)),
      sortKey: -r.value,
    }));
  },
  image: worldComparisonImage,
});
