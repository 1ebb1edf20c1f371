/**
 * States of the prison population chart: which years, which series, which annotation, count or rate.
 */
import { defineChartState, oneOf, subsetOf, yearRange } from '../stateSchema';
import { POPULATION_FAMILIES, prisonPopulation, type PopulationFamily } from '../../data/prisonPopulation';
import { dateToYear } from '../../data/dates';

/** The capacity line is a series like the population families, so readers can switch it on and off. */
export type PopulationSeriesKey = PopulationFamily | 'capacity';
export const POPULATION_SERIES_KEYS: readonly PopulationSeriesKey[] = [...POPULATION_FAMILIES, 'capacity'];

export const POPULATION_HIGHLIGHTS = ['none', 'state-of-exception', 'cecot-opens', 'overcrowding'] as const;
export type PopulationHighlight = (typeof POPULATION_HIGHLIGHTS)[number];

export const FIRST_YEAR = 1990;
/** The year of the latest figure: windows run from the start of `from` to the end of `to`. */
export const LAST_YEAR = Math.floor(
  Math.max(...Object.values(prisonPopulation).flatMap((series) => series.map((o) => dateToYear(o.date)))),
);

export interface PrisonPopulationState {
  /** Years shown on the time axis, [from, to]. */
  window: [number, number];
  /** Series drawn, in a fixed order. */
  series: PopulationSeriesKey[];
  /** The annotation drawn in full; others are hidden. */
  highlight: PopulationHighlight;
  /** People in prison, or prisoners per 100,000 residents. */
  measure: 'count' | 'rate';
}

/** Place among the charts, in the story's order (src/charts/states.ts). */
export const order = 1;

declare module '../states' {
  interface ChartStateTypes {
    'prison-population': PrisonPopulationState;
  }
}

const prisonPopulationState = defineChartState(
  'prison-population',
  {
    window: yearRange(FIRST_YEAR, LAST_YEAR),
    series: subsetOf(POPULATION_SERIES_KEYS),
    highlight: oneOf(POPULATION_HIGHLIGHTS),
    measure: oneOf(['count', 'rate'] as const),
  },
  {
    window: [FIRST_YEAR, LAST_YEAR],
    series: ['wpb', 'government', 'civil-society', 'census', 'press'],
    highlight: 'none',
    measure: 'count',
  },
  {
    overview: {},
    'two-decades': { window: [1992, 2019], series: ['wpb', 'government'] },
    'state-of-exception': { window: [2019, LAST_YEAR], highlight: 'state-of-exception' },
    'cecot-opens': { window: [2019, LAST_YEAR], highlight: 'cecot-opens' },
    overcrowding: {
      window: [2004, LAST_YEAR],
      series: ['wpb', 'government', 'civil-society', 'capacity'],
      highlight: 'overcrowding',
    },
    rate: { measure: 'rate', window: [1992, LAST_YEAR], series: ['wpb', 'government', 'civil-society', 'census'] },
    // The rate view's years and series as people in prison: the explore controls switch between the two.
    count: { window: [1992, LAST_YEAR], series: ['wpb', 'government', 'civil-society', 'census'] },
  },
);

export default prisonPopulationState;
