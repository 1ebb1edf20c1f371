/**
 * States of the deaths-in-custody chart: how far along the timeline, which counters, and whether the causes
 * breakdown replaces the timeline.
 */
import { dateBetween, defineChartState, oneOf, subsetOf } from '../stateSchema';
import { DEATH_COUNTERS, LATEST_DEATHS_DATE, STATE_OF_EXCEPTION_START } from '../../data/deaths';
import { CAUSE_BREAKDOWN_IDS, type CauseBreakdownId } from '../../data/deathCauses';
import type { DeathCounter } from '../../data/deaths';
import type { IsoDate } from '../../data/types';

export { LATEST_DEATHS_DATE };

export interface DeathsInCustodyState {
  /** Draw counts up to this date (a partial ISO date). */
  through: IsoDate;
  /** Counters drawn, each as its own line. */
  counters: DeathCounter[];
  /** The timeline, or one counter's breakdown of causes. */
  view: 'timeline' | 'causes';
  /** Which breakdown the causes view shows. */
  breakdown: CauseBreakdownId;
}

/** Place among the charts, in the story's order (src/charts/states.ts). */
export const order = 3;

declare module '../states' {
  interface ChartStateTypes {
    'deaths-in-custody': DeathsInCustodyState;
  }
}

const deathsInCustodyState = defineChartState(
  'deaths-in-custody',
  {
    through: dateBetween(STATE_OF_EXCEPTION_START, LATEST_DEATHS_DATE),
    counters: subsetOf(DEATH_COUNTERS),
    view: oneOf(['timeline', 'causes'] as const),
    breakdown: oneOf(CAUSE_BREAKDOWN_IDS),
  },
  {
    through: LATEST_DEATHS_DATE,
    counters: ['sjh', 'cristosal', 'movir', 'official'],
    view: 'timeline',
    breakdown: 'cristosal-2024',
  },
  {
    'all-counters': {},
    'first-year': { through: '2023-03-27' },
    'to-april-2024': { through: '2024-04-15' },
    'sjh-latest': { counters: ['sjh'] },
    'cristosal-latest': { counters: ['cristosal'] },
    'movir-latest': { counters: ['movir'] },
    'official-latest': { counters: ['official'] },
    'causes-cristosal-2024': { view: 'causes', breakdown: 'cristosal-2024' },
    'causes-first-year': { view: 'causes', breakdown: 'cristosal-first-year' },
    'causes-sjh-2025': { view: 'causes', breakdown: 'sjh-2025' },
  },
);

export default deathsInCustodyState;
