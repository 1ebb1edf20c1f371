/**
 * The views an embed can show, from the chart state registry: every named view, plus the chart's default state
 * under the name "default" (the name the static images use too), plus the mixes a chart's explore toggles reach
 * that no named view equals (src/charts/explore.ts), so a reader's mix can be linked to and embedded. Adding a
 * chart or a view to src/charts/states.ts is all it takes to get its embed pages, oEmbed documents and embed code.
 */
import { chartStates, type ChartId } from '../charts/states';
import { registry } from '../charts/registry';
import { mixViews } from '../charts/explore';

/** The name of a chart's default state in embed and image URLs. */
export const DEFAULT_VIEW = 'default';

export interface EmbedView {
  /** A named view, or DEFAULT_VIEW. */
  name: string;
  state: object;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The default state, then the named views in their order. */
function namedViews(chart: ChartId): EmbedView[] {
  const spec = chartStates[chart];
  const named = Object.entries(spec.views as Record<string, object>);
  if (DEFAULT_VIEW in spec.views)
    throw new Error(`Chart "${chart}" may not name a view "${DEFAULT_VIEW}": embeds use it for the default state`);
  return [{ name: DEFAULT_VIEW, state: spec.defaults }, ...named.map(([name, state]) => ({ name, state }))];
}

/** Every embeddable view of a chart: the default state first, then the named views, then the explore mixes. */
export function embedViews(chart: ChartId): EmbedView[] {
  return [...namedViews(chart), ...mixViews(registry[chart])];
}

/**
 * The states an embed's stepper walks through (previous/next), and where each view starts: the named views in
 * order, with the default state in front only when it is not one of them. An explore mix is not among them: its
 * page shows it alone (`has` is false).
 */
export function stepperFor(chart: ChartId): {
  states: object[];
  has(view: string): boolean;
  indexOf(view: string): number;
} {
  const [first, ...named] = namedViews(chart);
  const defaultIsNamed = named.some((v) => same(v.state, first!.state));
  const states = (defaultIsNamed ? named : [first!, ...named]).map((v) => v.state);
  const at = (view: string) => {
    const state = namedViews(chart).find((v) => v.name === view)?.state;
    return states.findIndex((s) => same(s, state));
  };
  return {
    states,
    has: (view) => at(view) >= 0,
    indexOf: (view) => Math.max(0, at(view)),
  };
}

/** The view a full state corresponds to (a named view, else "default"): which embed a caption offers. */
export function viewOf(chart: ChartId, state: unknown): string {
  const named = Object.entries(chartStates[chart].views as Record<string, object>).find(([, s]) => same(s, state));
  return named ? named[0] : DEFAULT_VIEW;
}
