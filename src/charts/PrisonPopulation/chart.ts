/** The prison population chart: what surrounds it wherever it appears (see src/charts/define.ts). */
import { prisonPopulation, rateOf } from '../../data/prisonPopulation';
import { capacity, reportedOccupancy } from '../../data/capacity';
import { cecot } from '../../data/cecot';
import { dateToYear } from '../../data/dates';
import { formatNumber } from '../../lib/format';
import { formulaIn, t } from '../../lib/i18n';
import { defineChart, type TableRow } from '../define';
import { derivedRow, latestDate, row, uniqueSources } from '../table';
import { populationModel, stillPopulation } from './model';
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
  marks: ['dots', 'shapes'],
  embedHeight: 640,
  model: populationModel,
  still: stillPopulation,
  describe: (state, lang) => populationModel(state, lang).description,
  // Each series' points in the window, then the figures the state's annotation quotes.
  table: (state, lang) => {
    const model = populationModel(state, lang);
    const rows: TableRow[] = model.series.flatMap((s) => {
      const unit = t(lang, s.key === 'capacity' ? 'pp.table.unit.capacity' : `pp.table.unit.${state.measure}`);
      return s.points
        .filter((p) => p.x >= model.xDomain[0] && p.x <= model.xDomain[1])
        .map((p) =>
          p.derived
            ? derivedRow(
                t(lang, 'pp.table.derived', { series: s.label, formula: formulaIn(lang, p.derived.formula) }),
                p.date,
                formatNumber(p.value, lang),
                unit,
                p.derived.sources,
                lang,
              )
            : row(s.label, p.date, formatNumber(p.value, lang), unit, p.source, lang),
        );
    });
    for (const note of model.notes) {
      if (note.key === 'cecot') {
        const opens = cecot.announcedCapacity;
        const places = t(lang, 'pp.table.unit.places');
        rows.push(
          row(
            t(lang, 'pp.table.cecotCapacity'),
            opens.date,
            formatNumber(opens.value, lang),
            places,
            opens.source,
            lang,
          ),
        );
      }
      if (note.key === 'overcrowding') {
        // The occupancy the note quotes: the one reported at the note's date.
        const crowded = reportedOccupancy.find((o) => dateToYear(o.date) === note.x);
        if (!crowded) throw new Error('PrisonPopulation: no reported occupancy at the overcrowding note');
        const share = t(lang, 'pp.table.unit.occupancy');
        rows.push(
          row(
            t(lang, 'pp.table.occupancy'),
            crowded.date,
            formatNumber(crowded.value, lang),
            share,
            crowded.source,
            lang,
          ),
        );
      }
    }
    return rows;
  },
  image: prisonPopulationImage,
  explore: [
    {
      labelKey: 'explore.prison.measure',
      options: [
        { view: 'count', labelKey: 'explore.prison.count' },
        { view: 'rate', labelKey: 'explore.prison.rate' },
      ],
    },
  ],
});
