/**
 * The world comparison's definition: what the registry needs to show it anywhere (title, notes, sources, "as of"
 * date, description and data table of any state), its state spec and its static image.
 */
import type { ChartEntry, TableRow } from '../registry';
import { sources } from '../../data/sources';
import { dateToTime } from '../../data/dates';
import { worldPrisonRates, elSalvadorRates } from '../../data/worldPrisonRates';
import { publisherOf } from '../../lib/citation';
import { formatDate } from '../../lib/format';
import { worldComparisonState } from './state';
import { worldModel } from './model';
import { worldComparisonImage } from './staticSvg';

export { worldComparisonState, worldComparisonImage };

const drawn = [...worldPrisonRates, ...Object.values(elSalvadorRates)];

export const worldComparisonEntry: ChartEntry<'world-comparison'> = {
  id: 'world-comparison',
  spec: worldComparisonState,
  titleKey: 'world.title',
  dekKey: 'world.dek',
  notesKey: 'world.notes',
  datasets: ['world-prison-rates'],
  sources: [...new Set(Object.values(elSalvadorRates).map((o) => o.source))],
  asOf: [...drawn].sort((a, b) => dateToTime(a.date) - dateToTime(b.date)).at(-1)!.date,
  embedHeight: 620,
  describe: (state, lang) => worldModel(state, lang).description,
  table: (state, lang) =>
    worldModel(state, lang).rows.map((r): TableRow => ({
      series: r.name,
      date: formatDate(r.date, lang),
      value: r.valueText,
      source: publisherOf(r.source, lang),
      sourceUrl: sources[r.source].url,
    })),
};
