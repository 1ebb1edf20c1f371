/**
 * States of the context chart: arrests under the state of exception and the official homicide rate, alone or
 * side by side, over a range of years.
 */
import { defineChartState, oneOf, yearRange } from '../stateSchema';

export const CONTEXT_FIRST_YEAR = 2015;
export const CONTEXT_LAST_YEAR = 2026;

export interface CrackdownContextState {
  /** Which panel(s) are drawn. */
  measure: 'arrests' | 'homicides' | 'both';
  /** Years on the shared time axis. */
  years: [number, number];
}

/** Place among the charts, in the story's order (src/charts/states.ts). */
export const order = 4;

declare module '../states' {
  interface ChartStateTypes {
    'crackdown-context': CrackdownContextState;
  }
}

const crackdownContextState = defineChartState(
  'crackdown-context',
  {
    measure: oneOf(['arrests', 'homicides', 'both'] as const),
    years: yearRange(CONTEXT_FIRST_YEAR, CONTEXT_LAST_YEAR),
  },
  { measure: 'both', years: [CONTEXT_FIRST_YEAR, CONTEXT_LAST_YEAR] },
  {
    both: {},
    homicides: { measure: 'homicides' },
    arrests: { measure: 'arrests', years: [2022, CONTEXT_LAST_YEAR] },
  },
);

export default crackdownContextState;
