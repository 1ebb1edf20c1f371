/**
 * Every chart's id and state spec, without any Svelte: the build-time MDX check, the embed routes and tests
 * import this; `registry.ts` adds the components and reader-facing metadata on top.
 */
import { prisonPopulationState } from './PrisonPopulation/state';
import { cecotCellState } from './CecotCell/state';
import { deathsInCustodyState } from './DeathsInCustody/state';
import { crackdownContextState } from './CrackdownContext/state';
import { worldComparisonState } from './WorldComparison/state';

export const chartStates = {
  'prison-population': prisonPopulationState,
  'cecot-cell': cecotCellState,
  'deaths-in-custody': deathsInCustodyState,
  'crackdown-context': crackdownContextState,
  'world-comparison': worldComparisonState,
} as const;

export type ChartId = keyof typeof chartStates;
export const CHART_IDS = Object.keys(chartStates) as ChartId[];

/** The state type of each chart, by id. */
export type ChartStateOf<C extends ChartId> = ReturnType<(typeof chartStates)[C]['parse']>;

export function isChartId(value: unknown): value is ChartId {
  return typeof value === 'string' && (CHART_IDS as string[]).includes(value);
}
