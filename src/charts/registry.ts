/**
 * The chart registry: for every chart, what a reader needs around it wherever it appears (chapter, catalogue,
 * embed): title, dek, notes, sources, "as of" date, the data downloads, a text description of any state and the
 * data table. The components themselves are picked in ChartFor.astro, by the same ids.
 */
import type { ChartStateSpec } from './stateSchema';
import { chartStates, type ChartId, type ChartStateOf } from './states';
import type { IsoDate, Language } from '../data/types';
import type { SourceId } from '../data/sources';
import { sources } from '../data/sources';
import { dateToTime } from '../data/dates';
import { prisonPopulation } from '../data/prisonPopulation';
import { capacity } from '../data/capacity';
import { formatDate, formatNumber } from '../lib/format';
import { t, type UiKey } from '../lib/i18n';
import { populationModel } from './PrisonPopulation/model';
import { arrests } from '../data/arrests';
import { homicideRate } from '../data/homicides';
import { crackdownModel, qualified } from './CrackdownContext/model';

export interface TableRow {
  series: string;
  date: string;
  value: string;
  source: string;
  sourceUrl: string;
}

export interface ChartEntry<C extends ChartId = ChartId> {
  readonly id: C;
  readonly spec: ChartStateSpec<ChartStateOf<C>>;
  readonly titleKey: UiKey;
  readonly dekKey: UiKey;
  readonly notesKey: UiKey;
  /** Dataset ids (see src/data/index.ts) offered as downloads under the chart. */
  readonly datasets: readonly string[];
  /** Every source any state of the chart draws on. */
  readonly sources: readonly SourceId[];
  /** The latest date of any figure drawn. */
  readonly asOf: IsoDate;
  /** Height of the chart with its frame at typical widths, in pixels (initial iframe height for embeds). */
  readonly embedHeight: number;
  describe(state: ChartStateOf<C>, lang: Language): string;
  table(state: ChartStateOf<C>, lang: Language): TableRow[];
}

function uniqueSources(list: readonly { source: SourceId }[]): SourceId[] {
  return [...new Set(list.map((o) => o.source))];
}

function latestDate(list: readonly { date: IsoDate }[]): IsoDate {
  return [...list].sort((a, b) => dateToTime(a.date) - dateToTime(b.date)).at(-1)!.date;
}

function row(series: string, date: IsoDate, value: string, source: SourceId, lang: Language): TableRow {
  return { series, date: formatDate(date, lang), value, source: sources[source].publisher, sourceUrl: sources[source].url };
}

const populationObservations = [...Object.values(prisonPopulation).flat(), ...capacity.official];

const prisonPopulationEntry: ChartEntry<'prison-population'> = {
  id: 'prison-population',
  spec: chartStates['prison-population'],
  titleKey: 'pp.title',
  dekKey: 'pp.dek',
  notesKey: 'pp.notes',
  datasets: ['prison-population', 'prison-rate', 'prison-capacity'],
  sources: uniqueSources(populationObservations),
  asOf: latestDate(populationObservations),
  embedHeight: 640,
  describe: (state, lang) => populationModel(state, lang).description,
  table: (state, lang) => {
    const model = populationModel(state, lang);
    return model.series.flatMap((s) =>
      s.points
        .filter((p) => p.x >= model.xDomain[0] && p.x <= model.xDomain[1])
        .map((p) => row(s.label, p.date, formatNumber(p.value, lang), p.source, lang)),
    );
  },
};

const crackdownObservations = [...arrests, ...Object.values(homicideRate).flat()];

const crackdownContextEntry: ChartEntry<'crackdown-context'> = {
  id: 'crackdown-context',
  spec: chartStates['crackdown-context'],
  titleKey: 'ctx.title',
  dekKey: 'ctx.dek',
  notesKey: 'ctx.notes',
  datasets: ['arrests', 'homicide-rate'],
  sources: uniqueSources(crackdownObservations),
  asOf: latestDate(crackdownObservations),
  embedHeight: 760,
  describe: (state, lang) => crackdownModel(state, lang).description,
  // The shown measure(s) within the years of the state, series by series; estimates say so in the value.
  table: (state, lang) =>
    crackdownModel(state, lang).table.flatMap((s) =>
      s.points.map((p) => {
        const value = qualified(p.value, p.qualifier, lang);
        return row(s.label, p.date, s.estimate ? t(lang, 'ctx.table.estimate', { value }) : value, p.source, lang);
      }),
    ),
};

export const registry = {
  'prison-population': prisonPopulationEntry,
  'crackdown-context': crackdownContextEntry,
} as const satisfies Partial<{ [C in ChartId]: ChartEntry<C> }>;

export type RegisteredChartId = keyof typeof registry;

export function chartEntry<C extends RegisteredChartId>(id: C): (typeof registry)[C] {
  return registry[id];
}

export function chartTitle(id: RegisteredChartId, lang: Language): string {
  return t(lang, registry[id].titleKey);
}
