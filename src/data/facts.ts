/**
 * Named figures that chapters quote in sentences through `<Fact id="..."/>`, from two places:
 *
 * - content/data/facts.yaml: figures read in a source and quoted as they are (editors add these; see "Add a
 *   figure" in content/README.md);
 * - the records below: figures that are part of a chart's dataset, or computed from other figures, so that each
 *   number is typed once, where the chart or the arithmetic reads it. Every one points at a value in the data
 *   module (or a function in derive.ts); none is typed in here.
 *
 * The id is what editors write; `unit` decides how it is formatted in each language. An id used in a chapter but
 * missing here fails the build with the closest ids as suggestions; an id in both places is refused.
 */
import type { FactUnit, IsoDate, SourcedValue, StoryFact } from './types';
import { SOURCE_IDS_IN_FILE, type SourceId } from './sources';
import type { ContentFactId } from './contentIds';
import { FACTS_FILE } from './factsFile';
import { fromFile } from './fileFacts';
import type { FileProblem } from './yamlFile';
import { DataValidationError } from './validate';
import { closest } from '../lib/closest';
import type { Derived } from './derive';
import * as d from './derive';
import { cecot, cecotHeld, peoplePerCell } from './cecot';
import { spaceStandards } from './standards';
import { deathsInCustody, baselineDeaths, STATE_OF_EXCEPTION_START } from './deaths';
import { causesOfDeath } from './deathCauses';
import {
  prisonPopulation,
  censusPopulation2024,
  censusRate2024,
  esnowEstimateJune2024,
  esnowEstimateInputs,
  wpbSeriesStart,
} from './prisonPopulation';
import { arrests } from './arrests';
import { homicideRate } from './homicides';
import { transfer, repatriation } from './transfer';
import { dateToTime, monthsBetween } from './dates';
import { capacity, heldOutsideCecotJune2024, reportedOccupancy } from './capacity';
import { elSalvadorRates, worldPrisonRates } from './worldPrisonRates';

export type { FactUnit, StoryFact } from './types';

function sourced(v: SourcedValue<SourceId>, unit: FactUnit, decimals?: number): StoryFact {
  return {
    value: v.value,
    unit,
    date: v.date,
    sources: [v.source],
    confidence: v.confidence,
    ...(v.qualifier ? { qualifier: v.qualifier } : {}),
    ...(decimals === undefined ? {} : { decimals }),
    ...(v.note ? { note: v.note } : {}),
  };
}

function computed(v: Derived, unit: FactUnit, date: IsoDate, decimals?: number): StoryFact {
  return {
    value: v.value,
    unit,
    date,
    sources: v.sources,
    confidence: v.confidence,
    formula: v.formula,
    ...(decimals === undefined ? {} : { decimals }),
  };
}

/** A fact whose content is its date (e.g. the day the men arrived), cited to the same source. */
// No note: the record's note describes its figure (who the men were), not its date.
function dateFact(v: Pick<SourcedValue<SourceId>, 'date' | 'source' | 'confidence'>): StoryFact {
  return { value: dateToTime(v.date), unit: 'date', date: v.date, sources: [v.source], confidence: v.confidence };
}

/** Finds the observation of a series for a date, failing loudly if the data changed under a fact. */
function at<T extends { date: IsoDate }>(series: readonly T[], date: IsoDate): T {
  const found = series.find((o) => o.date === date);
  if (!found) throw new Error(`facts.ts: no observation dated ${date} in the series`);
  return found;
}

const ministry2022 = at(prisonPopulation.government, '2022-03');
const cristosal2024 = at(prisonPopulation['civil-society'], '2024-04');
const census2024 = at(prisonPopulation.census, '2024');
const wpb1992 = at(prisonPopulation.wpb, '1992');
const wpb2000 = at(prisonPopulation.wpb, '2000');
const esnow2024 = esnowEstimateJune2024;
const wpb2020 = at(prisonPopulation.wpb, '2020');
const wpbFirst = wpbSeriesStart;
const uca2024 = at(prisonPopulation['civil-society'], '2024');
const cristosalCauses = causesOfDeath['cristosal-2024'];
const cause = (id: string) => {
  const c = cristosalCauses.categories.find((x) => x.id === id);
  if (!c) throw new Error(`facts.ts: no cause ${id}`);
  return {
    value: c.value,
    date: cristosalCauses.date,
    source: cristosalCauses.source,
    confidence: cristosalCauses.confidence,
  };
};
const breakdownPart = (id: 'sjh-2025' | 'cristosal-first-year', category: string) => {
  const b = causesOfDeath[id];
  const c = b.categories.find((x) => x.id === category);
  if (!c) throw new Error(`facts.ts: no cause ${category} in ${id}`);
  return { value: c.value, date: b.date, source: b.source, confidence: b.confidence };
};
const sjhShare = (category: string) => sourced(breakdownPart('sjh-2025', category), 'percent', 1);
const firstYearCause = (category: string) => breakdownPart('cristosal-first-year', category);
const sjhLatest = d.latest(deathsInCustody.sjh);
const cristosalLatest = d.latest(deathsInCustody.cristosal);
const movirLatest = d.latest(deathsInCustody.movir);
const officialLatest = d.latest(deathsInCustody.official);
const arrestsLatest = d.latest(arrests);
const homicides2015 = at(homicideRate.official, '2015');
const homicides2024 = at(homicideRate.official, '2024');
const homicides2023 = at(homicideRate.official, '2023');
const homicides2023Estimate = at(homicideRate['independent-estimate'], '2023');
const claim = (id: string) => {
  const c = peoplePerCell.find((x) => x.id === id);
  if (!c) throw new Error(`facts.ts: no people-per-cell claim ${id}`);
  return c;
};
/** The highest rate of any other place in the World Prison Brief table (the chart's and the chapter's yardstick). */
const worldHighest = [...worldPrisonRates].sort((a, b) => b.value - a.value)[0]!;
const worldPlace = (code: string) => {
  const o = worldPrisonRates.find((x) => x.code === code);
  if (!o) throw new Error(`facts.ts: no World Prison Brief row for ${code}`);
  return o;
};
const apCell = claim('ap-2025');
const cnnCell = claim('cnn-2025');
const authoritiesCell = claim('vrt-authorities');
const afpCell = claim('afp-2023');
const cellFact = (c: typeof apCell, end: 'min' | 'max'): SourcedValue<SourceId> => ({
  value: c[end],
  date: c.date,
  source: c.source,
  confidence: c.confidence,
});
const cellArea = cecot.cellAreaM2;
const areaPer = (people: SourcedValue<SourceId>) => d.floorAreaPerPerson(cellArea, people);

const factRecords = {
  // The March 2025 transfer and its end
  'men-sent-to-cecot': computed(d.menSentToCecot(), 'count', transfer.venezuelansSent.date),
  'venezuelans-sent': sourced(transfer.venezuelansSent, 'count'),
  'salvadorans-sent': sourced(transfer.salvadoransSent, 'count'),
  'us-payment': sourced(transfer.paymentUsd, 'usd'),
  'alien-enemies-act-year': sourced(transfer.lawYear, 'year'),
  'venezuelans-returned': sourced(repatriation.venezuelansReturned, 'count'),
  'transfer-date': dateFact(transfer.venezuelansSent),
  'repatriation-date': dateFact(repatriation.venezuelansReturned),
  'months-in-cecot': computed(
    {
      value: monthsBetween(transfer.venezuelansSent.date, repatriation.venezuelansReturned.date),
      sources: [transfer.venezuelansSent.source, repatriation.venezuelansReturned.source],
      confidence: 'low',
      formula: `months from ${transfer.venezuelansSent.date} to ${repatriation.venezuelansReturned.date}`,
    },
    'decimal',
    repatriation.venezuelansReturned.date,
    0,
  ),
  'us-detainees-freed': sourced(repatriation.usCitizensAndResidentsFreed, 'count'),

  // Prison population
  'prisoners-1992': sourced(wpb1992, 'count'),
  'prisoners-2000': sourced(wpb2000, 'count'),
  'wpb-series-start': { ...sourced(wpbFirst, 'year'), value: Number(wpbFirst.date) },
  'prisoners-2018-wpb': sourced(at(prisonPopulation.wpb, '2018'), 'count'),
  'rate-1992': { ...sourced(wpb1992, 'per100k'), value: wpb1992.ratePer100k ?? NaN },
  'prisoners-2015-03': sourced(at(prisonPopulation.government, '2015-03'), 'count'),
  'capacity-2015-03': sourced(at(capacity.official, '2015-03'), 'count'),
  'occupancy-2015-03-derived': computed(
    d.occupancy(at(prisonPopulation.government, '2015-03'), at(capacity.official, '2015-03')),
    'share',
    '2015-03',
    0,
  ),
  'rate-growth-2022-2024': computed(
    d.growth({ value: ministry2022.ratePer100k ?? NaN, source: ministry2022.source }, censusRate2024),
    'share',
    census2024.date,
    0,
  ),
  'prisoners-before-exception': sourced(ministry2022, 'count'),
  'rate-before-exception': { ...sourced(ministry2022, 'per100k'), value: ministry2022.ratePer100k ?? NaN },
  'prisoners-2024-civil-society': sourced(cristosal2024, 'count'),
  'prisoners-2024-census': sourced(census2024, 'count'),
  'population-2024-census': sourced(censusPopulation2024, 'count'),
  // Our arithmetic from the census's count of prisoners and of residents (prisonPopulation.ts says why).
  'rate-2024-census': computed(censusRate2024, 'per100k', census2024.date),
  // Ids kept from the first edition (they are in the corrections log); the figures are El Salvador Now's own.
  'prisoners-2024-sspas': sourced(esnow2024, 'count'),
  'rate-2024-sspas': { ...sourced(esnow2024, 'per100k'), value: esnow2024.ratePer100k },
  'esnow-estimate-inputs-sum': computed(
    {
      value:
        esnowEstimateInputs.arrests +
        esnowEstimateInputs.beforeException +
        esnowEstimateInputs.minors -
        esnowEstimateInputs.released,
      sources: [esnow2024.source],
      confidence: 'low',
      formula: `${esnowEstimateInputs.arrests} + ${esnowEstimateInputs.beforeException} + ${esnowEstimateInputs.minors} - ${esnowEstimateInputs.released} (the inputs El Salvador Now listed)`,
    },
    'count',
    esnow2024.date,
  ),
  'growth-2020-2024-seed': computed(d.growth(wpb2020, cristosal2024), 'share', cristosal2024.date, 0),
  'rate-2024-uca': { ...sourced(uca2024, 'per100k'), value: uca2024.ratePer100k ?? NaN },
  'growth-2022-2024': computed(d.growth(ministry2022, cristosal2024), 'share', cristosal2024.date, 0),
  'growth-1992-2022': computed(d.growth(wpb1992, ministry2022), 'share', ministry2022.date, 0),
  'capacity-excluding-cecot-2024': sourced(at(capacity['civil-society'], '2024-06'), 'count'),
  'held-outside-cecot-2024': sourced(heldOutsideCecotJune2024, 'count'),
  'occupancy-excluding-cecot-2024-reported': sourced(at(reportedOccupancy, '2024-06'), 'percent', 1),
  'occupancy-excluding-cecot-2024-derived': computed(
    d.occupancy(heldOutsideCecotJune2024, at(capacity['civil-society'], '2024-06')),
    'share',
    '2024-06',
    1,
  ),
  'occupancy-2016-reported': sourced(at(reportedOccupancy, '2016-06'), 'percent', 0),

  // CECOT
  'cecot-announced-capacity': sourced(cecot.announcedCapacity, 'count'),
  'cecot-analysed-capacity': sourced(cecot.analysedCapacity, 'count'),
  'cecot-buildings': sourced(cecot.buildings, 'count'),
  'cecot-cells-per-building': sourced(cecot.cellsPerBuilding, 'count'),
  'cecot-cells': computed(d.cecotCells(), 'count', cecot.buildings.date),
  'cecot-cell-area': sourced(cellArea, 'm2', 0),
  'cecot-bunk-places': sourced(cecot.bunkPlacesPerCell, 'count'),
  'cecot-bunk-tiers': sourced(cecot.bunkTiers, 'count'),
  'cecot-toilets': sourced(cecot.toiletsPerCell, 'count'),
  'cecot-basins': sourced(cecot.basinsPerCell, 'count'),
  'cecot-site-hectares': sourced(cecot.siteHectares, 'count'),
  'cecot-built-hectares': sourced(cecot.builtHectares, 'count'),
  'cecot-ft-area-per-person': sourced(cecot.ftAreaPerPersonM2, 'm2', 1),
  'cecot-area-per-person-announced': computed(d.cecotAreaPerPersonAtAnnounced(), 'm2', cecot.announcedCapacity.date, 2),
  'cecot-people-per-cell-analysed': computed(d.cecotPeoplePerCellAtAnalysed(), 'count', cecot.analysedCapacity.date),
  'cecot-cell-ap-min': sourced(cellFact(apCell, 'min'), 'count'),
  'cecot-cell-ap-max': sourced(cellFact(apCell, 'max'), 'count'),
  'cecot-cell-cnn-typical': sourced(cellFact(cnnCell, 'min'), 'count'),
  'cecot-cell-cnn-max': sourced(cellFact(cnnCell, 'max'), 'count'),
  'cecot-cell-authorities': sourced(cellFact(authoritiesCell, 'min'), 'count'),
  'cecot-cell-afp-min': sourced(cellFact(afpCell, 'min'), 'count'),
  'cecot-cell-afp-max': sourced(cellFact(afpCell, 'max'), 'count'),
  'cecot-area-per-person-at-65': computed(areaPer(cellFact(apCell, 'min')), 'm2', apCell.date, 2),
  'cecot-area-per-person-at-80': computed(areaPer(cellFact(cnnCell, 'min')), 'm2', cnnCell.date, 2),
  'cecot-area-per-person-at-100': computed(areaPer(cellFact(cnnCell, 'max')), 'm2', cnnCell.date, 2),
  'icrc-shared-m2': sourced(spaceStandards.icrc.sharedM2, 'm2', 1),
  'cpt-shared-m2': sourced(spaceStandards.cpt.sharedM2, 'm2', 0),
  'cecot-held-2024-09': sourced(d.latest(cecotHeld), 'count'),

  // Deaths in custody
  'state-of-exception-start': {
    value: dateToTime(STATE_OF_EXCEPTION_START),
    unit: 'date',
    date: STATE_OF_EXCEPTION_START,
    sources: ['hrw-2022-12-07'],
    confidence: 'high',
  },
  'deaths-cristosal-2022-06': sourced(at(deathsInCustody.cristosal, '2022-06-15'), 'count'),
  'deaths-cristosal-first-year': sourced(at(deathsInCustody.cristosal, '2023-03-27'), 'count'),
  'deaths-sjh-2023-03': sourced(at(deathsInCustody.sjh, '2023-03'), 'count'),
  'deaths-official-2022-08': sourced(at(deathsInCustody.official, '2022-08'), 'count'),
  'deaths-official-2022-11': sourced(at(deathsInCustody.official, '2022-11'), 'count'),
  'deaths-sjh-2024-04': sourced(at(deathsInCustody.sjh, '2024-04-03'), 'count'),
  'deaths-sjh-2025-04': sourced(at(deathsInCustody.sjh, '2025-04-15'), 'count'),
  'deaths-sjh-latest': sourced(sjhLatest, 'count'),
  'deaths-cristosal-latest': sourced(cristosalLatest, 'count'),
  'deaths-movir-latest': sourced(movirLatest, 'count'),
  'deaths-official-latest': sourced(officialLatest, 'count'),
  'deaths-sjh-per-month': computed(d.deathsPerMonthBy('sjh'), 'decimal', sjhLatest.date, 1),
  'deaths-baseline': sourced({ ...baselineDeaths, date: baselineDeaths.to }, 'count'),
  'deaths-baseline-per-month': computed(d.baselineDeathsPerMonth(), 'decimal', baselineDeaths.to, 1),
  'deaths-cristosal-2024': sourced(
    {
      value: cristosalCauses.total,
      date: cristosalCauses.date,
      source: cristosalCauses.source,
      confidence: cristosalCauses.confidence,
    },
    'count',
  ),
  'deaths-cristosal-2024-possibly-criminal': sourced(cause('possibly-criminal'), 'count'),
  'deaths-cristosal-2024-illness': sourced(cause('illness'), 'count'),
  'deaths-cristosal-2024-violence': sourced(cause('violence'), 'count'),
  'deaths-cristosal-2024-no-cause': sourced(cause('no-cause'), 'count'),
  'deaths-sjh-2025-violent-share': sjhShare('allegedly-violent'),
  'deaths-sjh-2025-negligence-share': sjhShare('medical-negligence'),
  'deaths-sjh-2025-unknown-share': sjhShare('unknown'),
  'deaths-sjh-2025-terminal-share': sjhShare('terminal-illness'),
  'deaths-sjh-2025-suicide-share': sjhShare('suspected-suicide'),
  'deaths-cristosal-first-year-violent': sourced(firstYearCause('violent'), 'count'),
  'deaths-cristosal-first-year-natural': sourced(firstYearCause('natural'), 'count'),

  // Context
  'arrests-latest': sourced(arrestsLatest, 'count'),
  'homicide-rate-2015': sourced(homicides2015, 'decimal', 0),
  'homicide-rate-2023': sourced(homicides2023, 'decimal', 1),
  'homicide-rate-2023-estimate': sourced(homicides2023Estimate, 'decimal', 1),
  'homicide-rate-2024': sourced(homicides2024, 'decimal', 1),
  'homicide-rate-2019': sourced(at(homicideRate.official, '2019'), 'decimal', 0),
  'arrests-first-month': sourced(at(arrests, '2022-04-26'), 'count'),
  'arrests-2022-11': sourced(at(arrests, '2022-11'), 'count'),

  // El Salvador against the world (World Prison Brief table, copy of August 2022)
  'rate-2022-wpb': sourced(elSalvadorRates.wpb, 'per100k'),
  'wpb-highest-other-rate': {
    ...sourced(worldHighest, 'per100k'),
    note: `${worldHighest.name}: the highest rate of any country or territory other than El Salvador in the World Prison Brief table as copied in August 2022.`,
  },
  'wpb-places-count': computed(
    {
      value: worldPrisonRates.length + 1,
      sources: [elSalvadorRates.wpb.source],
      confidence: 'low',
      formula: `${worldPrisonRates.length} countries and territories with a rate in the World Prison Brief table, plus El Salvador`,
    },
    'count',
    '2022-08',
  ),
  'rate-panama-wpb': sourced(worldPlace('PAN'), 'per100k'),
  'rate-2024-census-times-highest': computed(
    d.ratio(elSalvadorRates.census, worldHighest),
    'decimal',
    elSalvadorRates.census.date,
    1,
  ),
} satisfies Record<string, StoryFact>;

/** Ids of the facts computed or read from datasets in TypeScript (the records above). */
export const DATASET_FACT_IDS = Object.keys(factRecords);

/** Mistakes in content/data/facts.yaml, each with its line; the facts at fault are left out of `facts`. */
export const factsFileProblems: readonly FileProblem[] = [
  ...fromFile.problems,
  ...Object.keys(fromFile.facts)
    .filter((id) => id in factRecords)
    .map((id) => ({
      file: FACTS_FILE,
      line: fromFile.lines.get(id),
      message: `fact "${id}" is also defined in src/data/facts.ts (from a dataset); give this one another id.`,
    })),
];

/**
 * Facts computed in TypeScript cite the sources of their inputs, which the dataset checks cover; this catches a
 * source id written into a record above by hand. (facts.yaml's sources are checked as the file is read.)
 */
export function factSourceErrors(): DataValidationError[] {
  return Object.entries(factRecords).flatMap(([id, fact]) =>
    fact.sources
      .filter((source) => !SOURCE_IDS_IN_FILE.has(source))
      .map(
        (source) =>
          new DataValidationError(
            'facts',
            `fact "${id}"`,
            'sources',
            `unknown source id ${JSON.stringify(source)} (add it to content/data/sources.yaml); closest: ${closest(source, [...SOURCE_IDS_IN_FILE]).join(', ')}`,
          ),
      ),
  );
}

/**
 * Every fact id, including those of facts.yaml left out for a problem: a chapter quoting one is not reported
 * again (the record's own problem is the one to fix).
 */
export const FACT_IDS_IN_FILES: ReadonlySet<string> = new Set([...fromFile.lines.keys(), ...DATASET_FACT_IDS]);

export type FactId = keyof typeof factRecords | ContentFactId;
/** Facts by id, typed as plain `StoryFact` records so optional fields (formula, qualifier) read naturally. */
export const facts = { ...fromFile.facts, ...factRecords } as Readonly<Record<string, StoryFact>> as Readonly<
  Record<FactId, StoryFact>
>;
export const FACT_IDS = Object.keys(facts) as FactId[];

export { STATE_OF_EXCEPTION_START };
