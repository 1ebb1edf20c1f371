/** The world comparison: what surrounds it wherever it appears (see src/charts/define.ts). */
import { worldPrisonRates, elSalvadorRates } from '../../data/worldPrisonRates';
import { defineChart } from '../define';
import { latestDate, row, uniqueSources } from '../table';
import { worldModel } from './model';
import { worldComparisonImage } from './staticSvg';
import spec from './state';

const drawn = [...worldPrisonRates, ...Object.values(elSalvadorRates)];

export default defineChart({
  id: 'world-comparison',
  spec,
  titleKey: 'world.title',
  dekKey: 'world.dek',
  notesKey: 'world.notes',
  datasets: ['world-prison-rates'],
  sources: uniqueSources(drawn),
  asOf: latestDate(drawn),
  embedHeight: 620,
  // Bars only: no dots, so no key under the chart.
  marks: [],
  // The island draws models worked out on the server (Island.svelte): it looks nothing up in the browser.
  islandStrings: [],
  describe: (state, lang) => worldModel(state, lang).description,
  table: (state, lang) => worldModel(state, lang).rows.map((r) => row(r.name, r.date, r.valueText, r.source, lang)),
  image: worldComparisonImage,
});
