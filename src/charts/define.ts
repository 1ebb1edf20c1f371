/**
 * What a chart is, in one place: each chart folder's `chart.ts` default-exports `defineChart({...})`, and
 * `registry.ts` collects them. Everything a reader gets around a chart wherever it appears (chapter, catalogue,
 * embed, image) comes from here: title, dek, notes, sources, "as of" date, the data downloads, a text description
 * of any state, the data table and the static image.
 */
import type { IsoDate, Language } from '../data/types';
import type { SourceId } from '../data/sources';
import type { UiKey } from '../lib/i18n';
import type { ChartId, ChartModelOf, ChartStateOf, ChartStateSpecOf } from './states';
import type { Box } from './static/svg';
import type { Shape } from './shapes';

/** One figure of a chart's data table ("Show the data"), in the reader's language. */
export interface TableRow {
  series: string;
  date: string;
  /** The figure as written, with any "at least" or "about", without its unit. */
  value: string;
  /**
   * What the value counts or measures ("Prisoners per 100,000 residents", "m²"); empty only where the value is not
   * a quantity (a timeline's events), and then for every row of the chart.
   */
  unit: string;
  source: string;
  sourceUrl: string;
  /**
   * Where a chart orders its rows by something other than series and date (a ranking by value, a timeline by
   * time): a number to sort by, ascending; every row of the chart has one, or none does. Not shown.
   */
  sortKey?: number;
}

/** Headings of a data table's series and value columns, where the defaults ("Series", "Value") do not fit. */
export interface TableHeadings {
  series: UiKey;
  value: UiKey;
}

/** A chart drawn as a fixed-size image (src/charts/static/), from the same model as the live chart. */
export interface StaticChart<S> {
  /** The chart in `state`, drawn into `box` (pixels), as SVG markup without the frame. */
  draw(state: S, lang: Language, box: Box): string;
  /** Whether this state draws data points whose shape shows confidence (the frame then adds the key). */
  hasDots(state: S): boolean;
}

/**
 * Marks that need a key under the chart, with the UI string of each key: `dots`, data points filled or ringed by
 * how sure we are of the figure; `shapes`, a marker shape per line (src/charts/shapes.ts), repeated at the start of
 * the line's label.
 */
export const MARK_KEYS = {
  dots: 'chart.confidenceKey',
  'at-least': 'chart.atLeastKey',
  shapes: 'chart.shapesKey',
} as const satisfies Record<string, UiKey>;
export type KeyedMark = keyof typeof MARK_KEYS;

export interface ChartDefinition<C extends ChartId = ChartId> {
  readonly id: C;
  /** The chart's states: defaults, named views and the parser (its state.ts). */
  readonly spec: ChartStateSpecOf<C>;
  readonly titleKey: UiKey;
  readonly dekKey: UiKey;
  readonly notesKey: UiKey;
  /** Dataset ids (see src/data/index.ts) offered as downloads under the chart. */
  readonly datasets: readonly string[];
  /** Every source any state of the chart draws on. */
  readonly sources: readonly SourceId[];
  /** The latest date of any figure drawn. */
  readonly asOf: IsoDate;
  /**
   * The marks with a key (MARK_KEYS) that any state of the chart draws: the caption shows their keys, once for all
   * the steps of a scroller, and a scroller's pinned chart a one-line key (MarkKey.astro) while the steps run.
   * `[]` for a chart without such marks; `shapes` only where each line has its own shape.
   */
  readonly marks: readonly KeyedMark[];
  /** Height of the chart with its frame at typical widths, in pixels (initial iframe height for embeds). */
  readonly embedHeight: number;
  /**
   * Everything the chart draws in `state`, worked out on the server in the reader's language: the island and the
   * server render draw it, and only tween between one step's model and the next; no data, strings or formatting
   * code reach the browser. Plain data (it travels in the page as the island's props).
   */
  model(state: ChartStateOf<C>, lang: Language): ChartModelOf<C>;
  /**
   * The model as a drawing that never changes needs it, when that is less (optional): a chart drawn once on the
   * server (a scroller's per-step charts for readers without JavaScript, the catalogue, embeds) has no use for what
   * only a transition shows, such as the points a zoom keeps outside the window to slide them in. Without it, the
   * static drawing gets the whole model.
   */
  still?(model: ChartModelOf<C>): ChartModelOf<C>;
  describe(state: ChartStateOf<C>, lang: Language): string;
  /**
   * Every figure the chart draws in `state` (its marks, and the numbers written on it), each with its unit and
   * source. A page showing several states (a scroller's steps) lists the rows of all of them (registry.tableOf).
   */
  table(state: ChartStateOf<C>, lang: Language): TableRow[];
  /** Column headings of the data table, if not "Series" and "Value". */
  readonly tableHeadings?: TableHeadings;
  /** The static image (PNG/SVG for readers without JavaScript, share cards, embeds' fallback). */
  readonly image: StaticChart<ChartStateOf<C>>;
  /**
   * What readers may switch the chart to after a scroller's last step (Scrolly.astro), one group of controls or
   * several: choices among named views, or toggles that switch the values of one list field in any mix (each mix
   * is a view of its own, src/charts/explore.ts). Every state reachable here has a server-rendered embed page and
   * image, so it can be linked to, embedded and opened without JavaScript. Optional.
   */
  readonly explore?: readonly ExploreGroup<ChartStateOf<C>>[];
}

/** One choice among a chart's explore controls: a named view of its state.ts, and the button's text. */
export interface ExploreOption {
  /** A key of the chart's named views (`spec.views`). */
  readonly view: string;
  readonly labelKey: UiKey;
  /** Values for the label's {placeholders}, if it has any. */
  readonly labelVars?: Readonly<Record<string, string | number>>;
}

/** Choices under one label ("Show"): the chart shows one of them at a time. */
export interface ExploreChoiceGroup {
  readonly labelKey: UiKey;
  readonly options: readonly ExploreOption[];
}

/** The state's fields that hold a list of strings (a `subsetOf` field): what toggles can switch. */
type ListField<S> = { [K in keyof S & string]: S[K] extends readonly string[] ? K : never }[keyof S & string];

/**
 * Toggles under one label ("Counted by"): each button switches one value of a list field on or off, in any mix,
 * and at least one stays on. Every mix is `base` with that list: a named view when one equals it, else a view of
 * its own named after the field and values (`counters-sjh-movir`, src/charts/explore.ts).
 */
export type ExploreToggleGroup<S> = {
  [K in ListField<S>]: {
    readonly labelKey: UiKey;
    /** The list field the toggles switch. */
    readonly field: K;
    /** The named view every mix starts from. */
    readonly base: string;
    /** What the mix with every value on is called (a link without JavaScript, where named mixes are offered). */
    readonly allLabelKey: UiKey;
    readonly toggles: readonly {
      readonly value: S[K] extends readonly (infer V)[] ? V : never;
      readonly labelKey: UiKey;
      /** The shape and colour the chart draws the value's line in: the toggle starts with them, like a key. */
      readonly mark?: { readonly shape: Shape; readonly color: string };
    }[];
  };
}[ListField<S>];

export type ExploreGroup<S> = ExploreChoiceGroup | ExploreToggleGroup<S>;

/** Whether a group of explore controls is toggles (else choices). */
export function isToggleGroup<S>(group: ExploreGroup<S>): group is ExploreToggleGroup<S> {
  return 'toggles' in group;
}

/** Any one chart's definition, with its own id and state type (a union over the charts, not a mix of them). */
export type AnyChartDefinition = { [C in ChartId]: ChartDefinition<C> }[ChartId];

/** Checks a definition against its chart's state type; `id` must be the one its state.ts declares. */
export function defineChart<const C extends ChartId>(definition: ChartDefinition<C>): ChartDefinition<C> {
  if (definition.spec.chart !== definition.id)
    throw new Error(`Chart "${definition.id}" uses the state spec of "${definition.spec.chart}"`);
  const views = Object.keys(definition.spec.views);
  const named = (view: string, what: string) => {
    if (!views.includes(view))
      throw new Error(`Chart "${definition.id}": ${what} "${view}" is not a named view; allowed: ${views.join(', ')}`);
  };
  const groups = definition.explore ?? [];
  for (const group of groups) {
    if (isToggleGroup(group)) named(group.base, "explore toggles' base");
    else for (const option of group.options) named(option.view, 'explore option');
  }
  // Toggles make their own views, and choices pick among named views: the controller keeps one state for the
  // chart, so a chart offers one kind or the other.
  if (groups.some(isToggleGroup) && groups.length > 1)
    throw new Error(`Chart "${definition.id}": explore toggles must be the chart's only explore group`);
  return definition;
}
