/** The prison population chart: what surrounds it wherever it appears (see src/charts/define.ts). */
import { prisonPopulation } from '../../data/prisonPopulation';
import { capacity } from '../../data/capacity';
import { formatNumber } from '../../lib/format';
import { defineChart } from '../define';
import { latestDate, row, uniqueSources } from '../table';
import { populationModel } from './model';
import { prisonPopulationImage } from './staticSvg';
import spec from './state';

const observations = [...Object.values(prisonPopulation).flat(), ...capacity.official];

export default defineChart({
  id: 'prison-population',
  spec,
  titleKey: 'pp.title',
  dekKey: 'pp.dek',
  notesKey: 'pp.notes',
  datasets: ['prison-population', 'prison-rate', 'prison-capacity'],
  sources: uniqueSources(observations),
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
        .map((p) => row(s.label, p.date, formatNumber(p.value, lang), p.source, lang)),
    );
  },
  image: prisonPopulationImage,
});
