/**
 * The chart registry: every chart folder's definition (`src/charts/<Chart>/chart.ts`, see define.ts), by id, in
 * the story's order (CHART_IDS).
 * Nothing here is specific to one chart; a new folder with a chart.ts and a state.ts is registered by being there.
 * The live components are mounted in src/components/chart/ChartFor.astro, by the same ids.
 */
import type { Language } from '../data/types';
import type { AnyChartDefinition, ChartDefinition, TableRow } from './define';
import { mergeTables } from './table';
import { CHART_IDS, type ChartId, type ChartStateOf } from './states';

export type { TableRow, ChartDefinition } from './define';

const found = import.meta.glob<AnyChartDefinition>('./*/chart.ts', { eager: true, import: 'default' });

function collect(): { readonly [C in ChartId]: ChartDefinition<C> } {
  const byId: Record<string, AnyChartDefinition> = {};
  for (const [file, definition] of Object.entries(found)) {
    if (definition?.id === undefined) throw new Error(`${file} must default-export its defineChart({...})`);
    if (byId[definition.id]) throw new Error(`${file}: chart id "${definition.id}" is used by two charts`);
    byId[definition.id] = definition;
  }
  // Every chart with states has a definition and the other way round, so the object below has every ChartId.
  const defined = Object.keys(byId).sort().join(', ');
  if ([...CHART_IDS].sort().join(', ') !== defined)
    throw new Error(
      `Charts with a state.ts (${CHART_IDS.join(', ')}) and with a chart.ts (${defined}) must be the same`,
    );
  // In the story's order, as CHART_IDS.
  return Object.fromEntries(CHART_IDS.map((id) => [id, byId[id]])) as { readonly [C in ChartId]: ChartDefinition<C> };
}

export const registry = collect();

/** Every chart is registered; kept as a name for the pages that speak of registered charts. */
export type RegisteredChartId = ChartId;

/**
 * A chart's state from input that arrives untyped (a page's props, a chapter's JSON), through the chart's own
 * parser: a valid full state comes back as it was, anything else throws naming the chart and the key.
 */
export function stateOf<C extends ChartId>(chart: C, input: unknown): ChartStateOf<C> {
  return registry[chart].spec.parse(input);
}

/** The text description of a chart in a state (see stateOf). */
export function describeState<C extends ChartId>(chart: C, input: unknown, lang: Language): string {
  return registry[chart].describe(stateOf(chart, input), lang);
}

/**
 * The data table of a chart shown in one or more states (a figure's, or every step of a scroller; see stateOf):
 * every row of each state's table, once.
 */
export function tableOf<C extends ChartId>(chart: C, inputs: readonly unknown[], lang: Language): TableRow[] {
  return mergeTables(inputs.map((input) => registry[chart].table(stateOf(chart, input), lang)));
}
