/**
 * Every chart's id and state spec, collected from the chart folders' `state.ts` files without loading anything
 * else of them (no models, no strings, no Svelte): the Astro config's chapter checks, the embed routes and tests
 * import this; `registry.ts` collects the full definitions (`chart.ts`).
 *
 * Each `state.ts` default-exports its spec (`defineChartState`) and adds its state type to `ChartStateTypes`
 * below, so `ChartId` and `ChartStateOf` are exact without a list of charts anywhere.
 */
import type { ChartStateSpec } from './stateSchema';

/**
 * The state type of each chart, by id. Empty here: each chart's state.ts adds its entry with
 * `declare module '../states' { interface ChartStateTypes { 'chart-id': ChartState } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ChartStateTypes {}

export type ChartId = keyof ChartStateTypes & string;

/** The state type of each chart, by id. */
export type ChartStateOf<C extends ChartId> = ChartStateTypes[C];

/**
 * What each chart's island draws for one state (its model: geometry, labels and numbers already in the reader's
 * language), by id. Empty here: each chart's model.ts adds its entry with
 * `declare module '../states' { interface ChartModelTypes { 'chart-id': ChartModel } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ChartModelTypes {}

/** The model type of a chart (`never` for a chart whose model.ts has not declared one, so its definition fails). */
export type ChartModelOf<C extends ChartId> = C extends keyof ChartModelTypes ? ChartModelTypes[C] : never;

/** A state spec, typed by the chart it belongs to. */
export type ChartStateSpecOf<C extends ChartId> = ChartStateSpec<ChartStateOf<C>, C>;

interface StateModule {
  default: ChartStateSpecOf<ChartId>;
  /** The chart's place in the story's order: catalogue, messages listing charts, the lead image (the first). */
  order: number;
}

const found = import.meta.glob<StateModule>('./*/state.ts', { eager: true });

function collect(): { readonly [C in ChartId]: ChartStateSpecOf<C> } {
  const specs: Record<string, ChartStateSpecOf<ChartId>> = {};
  const inOrder = Object.entries(found).sort(([, a], [, b]) => a.order - b.order);
  for (const [file, { default: spec, order }] of inOrder) {
    if (spec?.chart === undefined || typeof order !== 'number')
      throw new Error(`${file} must export its place \`order\` and default-export its defineChartState(...)`);
    if (specs[spec.chart]) throw new Error(`${file}: chart id "${spec.chart}" is used by two charts`);
    specs[spec.chart] = spec;
  }
  // The ids come from the same files that declare ChartStateTypes, one spec per declared id.
  return specs as { readonly [C in ChartId]: ChartStateSpecOf<C> };
}

export const chartStates = collect();

export const CHART_IDS = Object.keys(chartStates) as ChartId[];

export function isChartId(value: unknown): value is ChartId {
  return typeof value === 'string' && Object.hasOwn(chartStates, value);
}
