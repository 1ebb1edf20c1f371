/**
 * The states a chart's explore controls can reach (define.ts `explore`), with the name each goes by in addresses
 * (`?view=`), embed pages and images.
 *
 * Choices are named views already. Toggles reach every non-empty mix of their values: a mix equal to a named view
 * takes that view's name (all four death counters are `all-counters`, one alone is `sjh-latest`); any other mix is
 * a view of its own, named after the field and its values in the field's order (`counters-sjh-movir`). Those
 * views are not in the chart's state.ts, so the catalogue and an embed's stepper stay as they are, but they get
 * embed pages and images like the named views (src/embeds/views.ts, src/lib/images.ts).
 */
import { isToggleGroup, type AnyChartDefinition, type ExploreToggleGroup } from './define';

export interface ExploreMix {
  /** The name in addresses: a named view's, or `<field>-<value>-<value>…`. */
  readonly name: string;
  /** The values switched on, in the field's order. */
  readonly values: readonly string[];
  /** The full state (parsed by the chart's spec). */
  readonly state: object;
  /** Whether `name` is one of the chart's named views. */
  readonly named: boolean;
}

const key = (state: unknown) => JSON.stringify(state);

/** Every non-empty subset of `values`, each in the order of `values`. */
function subsets<T>(values: readonly T[]): T[][] {
  const all: T[][] = [];
  for (let mask = 1; mask < 1 << values.length; mask++) all.push(values.filter((_, i) => mask & (1 << i)));
  return all;
}

/** The toggle group of a chart's explore controls, if it has one (define.ts allows at most one, alone). */
export function toggleGroupOf(
  definition: AnyChartDefinition,
): ExploreToggleGroup<Record<string, string[]>> | undefined {
  const group = (definition.explore ?? []).find(isToggleGroup);
  return group as ExploreToggleGroup<Record<string, string[]>> | undefined;
}

/** Every mix a chart's toggles reach, in the order of the subsets of their values (one alone first). */
export function exploreMixes(definition: AnyChartDefinition): ExploreMix[] {
  const group = toggleGroupOf(definition);
  if (!group) return [];
  const spec = definition.spec as unknown as {
    views: Readonly<Record<string, object>>;
    parse(state: unknown): object;
  };
  const base = spec.views[group.base]!;
  const byState = new Map(Object.entries(spec.views).map(([name, state]) => [key(state), name]));
  return subsets(group.toggles.map((t) => t.value)).map((chosen) => {
    const state = spec.parse({ ...base, [group.field]: chosen });
    // The spec puts the values in the field's own order, so the name does not depend on the toggles' order.
    const values = (state as Record<string, string[]>)[group.field]!;
    const named = byState.get(key(state));
    const name = named ?? [group.field, ...values].join('-');
    if (!named && name in spec.views)
      throw new Error(
        `Chart "${definition.id}": the named view "${name}" is not the mix of ${group.field} its name gives`,
      );
    return { name, values, state, named: named !== undefined };
  });
}

/** The views a chart's toggles add to its named views: the mixes no named view equals. */
export function mixViews(definition: AnyChartDefinition): { name: string; state: object }[] {
  return exploreMixes(definition)
    .filter((mix) => !mix.named)
    .map(({ name, state }) => ({ name, state }));
}
