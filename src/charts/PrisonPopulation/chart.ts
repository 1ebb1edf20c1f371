/** The prison population chart: what surrounds it wherever it appears (see src/charts/define.ts). */
import { prisonPopulation, rateOf } from '../../data/prisonPopulation';
import { capacity } from '../../data/capacity';
import { formatNumber } from '../../lib/format';
import { formulaIn, t } from '../../lib/i18n';
import { defineChart } from '../define';
import { derivedRow, latestDate, row, uniqueSources } from '../table';
import { populationModel } from './model';
import { prisonPopulationImage } from './staticSvg';
import spec from './state';

const observations = [...Object.values(prisonPopulation).flat(), ...capacity.official];
// A rate worked out here (the census's) also rests on its other inputs' sources (the census population).
const rateSources = Object.values(prisonPopulation)
  .flat()
  .flatMap((o) => (rateOf(o)?.sources ?? []).map((source) => ({ source })));

export default defineChart({
  id: 'prison-population',
  spec,
  titleKey: 'pp.title',
  dekKey: 'pp.dek',
  notesKey: 'pp.notes',
  datasets: ['prison-population', 'prison-rate', 'prison-capacity'],
  sources: uniqueSources([...observations, ...rateSources]),
  asOf: latestDate(observations),
  marks: ['dots'],
  embedHeight: 640,
  islandStrings: ['pp'],
  describe: (state, lang) => populationModel(state, lang).description,
  table: (state, lang) => {
    const model = populationModel(state, lang);
    return model.series.flatMap((s) =>
      s.points
        .filter((p) => p.x >= model.xDomain[0] && p.x <= model.xDomain[1])
        .map((p) =>
          p.derived
            ? derivedRow(
                t(lang, 'pp.table.derived', { series: s.label, formula: formulaIn(lang, p.derived.formula) }),
                p.date,
                formatNumber(p.value, lang),
                p.derived.sources,
                lang,
              )
            : row(s.label, p.date, formatNumber(p.value, lang), p.source, lang),
        ),
    );
  },
  image: prisonPopulationImage,
});
