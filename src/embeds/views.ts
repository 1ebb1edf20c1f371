/**
 * The views an embed can show, from the chart state registry: every named view, plus the chart's default state
 * under the name "default" (the name the static images use too). Adding a chart or a view to src/charts/states.ts
 * is all it takes to get its embed pages, oEmbed documents and embed code.
 */
import { chartStates, type ChartId } from '../charts/states';

/** The name of a chart's default state in embed and image URLs. */
export const DEFAULT_VIEW = 'default';

export interface EmbedView {
  /** A named view, or DEFAULT_VIEW. */
  name: string;
  state: object;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every embeddable view of a chart: the default state first, then the named views in their order. */
export function embedViews(chart: ChartId): EmbedView[] {
  const spec = chartStates[chart];
  const named = Object.entries(spec.views as Record<string, object>);
  if (DEFAULT_VIEW in spec.views)
    throw new Error(`Chart "${chart}" may not name a view "${DEFAULT_VIEW}": embeds use it for the default state`);
  return [{ name: DEFAULT_VIEW, state: spec.defaults }, ...named.map(([name, state]) => ({ name, state }))];
}

/**
 * The states an embed's stepper walks through (previous/next), and where each view starts: the named views in
 * order, with the default state in front only when it is not one of them.
 */
export function stepperFor(chart: ChartId): { states: object[]; indexOf(view: string): number } {
  const [first, ...named] = embedViews(chart);
  const defaultIsNamed = named.some((v) => same(v.state, first!.state));
  const states = (defaultIsNamed ? named : [first!, ...named]).map((v) => v.state);
  return {
    states,
    indexOf(view) {
      const state = embedViews(chart).find((v) => v.name === view)?.state;
      return Math.max(
        0,
        states.findIndex((s) => same(s, state)),
      );
    },
  };
}

/** The view a full state corresponds to (a named view, else "default"): which embed a caption offers. */
export function viewOf(chart: ChartId, state: unknown): string {
  const named = Object.entries(chartStates[chart].views as Record<string, object>).find(([, s]) => same(s, state));
  return named ? named[0] : DEFAULT_VIEW;
}
