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
import { formatDate, formatNumber, formatQualified } from '../lib/format';
import { formulaIn, localized, t, type UiKey } from '../lib/i18n';
import { populationModel } from './PrisonPopulation/model';
import { cecot, cecotHeld, peoplePerCell } from '../data/cecot';
import { spaceStandards } from '../data/standards';
import { latest } from '../data/derive';
import { creditOf, publisherOf } from '../lib/citation';
import { CLAIM_CREDITS, areaPerPerson, cecotCellModel, claimsFor, perCell, roomUnderStandard } from './CecotCell/model';
import { arrests } from '../data/arrests';
import { homicideRate } from '../data/homicides';
import { crackdownModel } from './CrackdownContext/model';
import { deathsInCustody } from '../data/deaths';
import { causesOfDeath } from '../data/deathCauses';
import { counterLabel, countsThrough, deathsModel } from './DeathsInCustody/model';
import { LATEST_DEATHS_DATE } from './DeathsInCustody/state';
import { worldComparisonEntry } from './WorldComparison/chart';

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
  return {
    series,
    date: formatDate(date, lang),
    value,
    source: publisherOf(source, lang),
    sourceUrl: sources[source].url,
  };
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

const deathsInCustodyEntry: ChartEntry<'deaths-in-custody'> = {
  id: 'deaths-in-custody',
  spec: chartStates['deaths-in-custody'],
  titleKey: 'deaths.title',
  dekKey: 'deaths.dek',
  notesKey: 'deaths.notes',
  datasets: ['deaths-in-custody', 'causes-of-death'],
  // Credit only counters the chart draws: Amnesty's single early count is in the download but in no view.
  sources: uniqueSources([
    ...Object.entries(deathsInCustody)
      .filter(([counter]) => counter !== 'amnesty')
      .flatMap(([, list]) => list),
    ...Object.values(causesOfDeath),
  ]),
  asOf: LATEST_DEATHS_DATE,
  embedHeight: 720,
  describe: (state, lang) => deathsModel(state, lang).description,
  table: (state, lang) => {
    if (state.view === 'causes') {
      const b = causesOfDeath[state.breakdown];
      return deathsModel(state, lang).causes.bars.map((bar) =>
        row(bar.detail ? `${bar.label} (${bar.detail})` : bar.label, b.date, bar.text, b.source, lang),
      );
    }
    // Every figure each counter had published by `through`, counter by counter (never added up).
    return state.counters.flatMap((c) => {
      const last = countsThrough(c, state.through);
      // countsThrough returns the drawn copy of a figure (drawn.ts), so find it by its date, unique per counter.
      const upTo = last ? deathsInCustody[c].findIndex((o) => o.date === last.date) + 1 : 0;
      return deathsInCustody[c]
        .slice(0, upTo)
        .map((o) => row(counterLabel(c, lang), o.date, formatQualified(o.value, o.qualifier, lang), o.source, lang));
    });
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
        const value = formatQualified(p.value, p.qualifier, lang);
        return row(s.label, p.date, s.estimate ? t(lang, 'ctx.table.estimate', { value }) : value, p.source, lang);
      }),
    ),
};

// The cell chart names the outlets behind each people-per-cell claim without loading the source records; make
// sure its short credits are the ones the source line uses.
for (const [id, name] of Object.entries(CLAIM_CREDITS)) {
  if (creditOf(id as SourceId) !== name)
    throw new Error(
      `CecotCell CLAIM_CREDITS["${id}"] is "${name}", but the source is credited as "${creditOf(id as SourceId)}"`,
    );
}

const cecotFacts = [
  ...Object.values(cecot),
  ...peoplePerCell,
  ...Object.values(spaceStandards).flatMap((s) => [s.sharedM2, s.singleM2]),
  latest(cecotHeld),
];

/** A table row for a figure we computed: its formula in the series name, its inputs' outlets as the source. */
function derivedRow(
  series: string,
  date: IsoDate,
  value: string,
  inputs: readonly SourceId[],
  lang: Language,
): TableRow {
  const first = inputs[0];
  if (first === undefined) throw new Error(`Derived row "${series}" has no sources`);
  return {
    ...row(series, date, value, first, lang),
    source: [...new Set(inputs.map((i) => creditOf(i, lang)))].join('; '),
  };
}

const cecotCellEntry: ChartEntry<'cecot-cell'> = {
  id: 'cecot-cell',
  spec: chartStates['cecot-cell'],
  titleKey: 'cell.title',
  dekKey: 'cell.dek',
  notesKey: 'cell.notes',
  datasets: ['cecot', 'space-standards'],
  sources: uniqueSources(cecotFacts),
  asOf: latestDate(cecotFacts),
  embedHeight: 1000,
  describe: (state, lang) => cecotCellModel(state, lang).description,
  table: (state, lang) => {
    const m2 = (v: number, q?: string) =>
      `${q === 'about' ? `${t(lang, 'qualifier.about')} ` : ''}${formatNumber(v, lang)} ${t(lang, 'unit.m2')}`;
    const fact = (
      key:
        | 'cellAreaM2'
        | 'bunkPlacesPerCell'
        | 'bunkTiers'
        | 'toiletsPerCell'
        | 'basinsPerCell'
        | 'buildings'
        | 'cellsPerBuilding'
        | 'announcedCapacity'
        | 'analysedCapacity',
      m2unit = false,
    ) => {
      const f: { value: number; date: IsoDate; source: SourceId; qualifier?: string } = cecot[key];
      return row(
        t(lang, `cell.table.${key}`),
        f.date,
        m2unit ? m2(f.value, f.qualifier) : formatNumber(f.value, lang),
        f.source,
        lang,
      );
    };
    if (state.scale === 'prison') {
      const { announced, analysed, cells } = perCell();
      const held = latest(cecotHeld);
      return [
        fact('buildings'),
        fact('cellsPerBuilding'),
        derivedRow(
          t(lang, 'cell.table.cells', { formula: formulaIn(lang, cells.formula) }),
          cecot.cellsPerBuilding.date,
          formatNumber(cells.value, lang),
          cells.sources,
          lang,
        ),
        fact('cellAreaM2', true),
        fact('announcedCapacity'),
        derivedRow(
          t(lang, 'cell.table.announcedPerCell', { formula: formulaIn(lang, announced.formula) }),
          cecot.announcedCapacity.date,
          formatNumber(announced.value, lang),
          announced.sources,
          lang,
        ),
        fact('analysedCapacity'),
        derivedRow(
          t(lang, 'cell.table.analysedPerCell', { formula: formulaIn(lang, analysed.formula) }),
          cecot.analysedCapacity.date,
          formatNumber(analysed.value, lang),
          analysed.sources,
          lang,
        ),
        fact('bunkPlacesPerCell'),
        row(
          t(lang, 'cell.table.held'),
          held.date,
          `${held.qualifier === 'about' ? `${t(lang, 'qualifier.about')} ` : ''}${formatNumber(held.value, lang)}`,
          held.source,
          lang,
        ),
      ];
    }
    const rows: TableRow[] = [
      fact('cellAreaM2', true),
      fact('bunkPlacesPerCell'),
      fact('bunkTiers'),
      fact('toiletsPerCell'),
      fact('basinsPerCell'),
    ];
    for (const c of claimsFor(state.occupants)) {
      const range =
        c.min === c.max
          ? formatNumber(c.min, lang)
          : t(lang, 'cell.table.range', { min: formatNumber(c.min, lang), max: formatNumber(c.max, lang) });
      rows.push(
        row(
          t(lang, c.claimant === 'authorities' ? 'cell.table.claimAuthorities' : 'cell.table.claimReporters', {
            n: formatNumber(state.occupants, lang),
          }),
          c.date,
          range,
          c.source,
          lang,
        ),
      );
    }
    const each = areaPerPerson(state.occupants);
    const claim = claimsFor(state.occupants)[0];
    if (each && claim)
      rows.push(
        derivedRow(
          t(lang, 'cell.table.areaPerPerson', { formula: formulaIn(lang, each.formula) }),
          claim.date,
          m2(each.value),
          each.sources,
          lang,
        ),
      );
    if (state.standard !== 'none') {
      const std = spaceStandards[state.standard];
      rows.push(
        row(
          t(lang, 'cell.table.standard', { body: localized(std, lang).body }),
          std.sharedM2.date,
          m2(std.sharedM2.value),
          std.sharedM2.source,
          lang,
        ),
      );
      rows.push(
        derivedRow(
          t(lang, 'cell.table.room', {
            formula: `${formatNumber(cecot.cellAreaM2.value, lang)} m² / ${formatNumber(std.sharedM2.value, lang)} m²`,
          }),
          latestDate([cecot.cellAreaM2, std.sharedM2]),
          formatNumber(roomUnderStandard(state.standard), lang),
          [cecot.cellAreaM2.source, std.sharedM2.source],
          lang,
        ),
      );
    }
    return rows;
  },
};

export const registry = {
  'prison-population': prisonPopulationEntry,
  'cecot-cell': cecotCellEntry,
  'deaths-in-custody': deathsInCustodyEntry,
  'crackdown-context': crackdownContextEntry,
  'world-comparison': worldComparisonEntry,
} as const satisfies Partial<{ [C in ChartId]: ChartEntry<C> }>;

export type RegisteredChartId = keyof typeof registry;
