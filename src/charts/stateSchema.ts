/**
 * Validators for chart states: zod schemas, each with the list of what it allows.
 *
 * A chart state is plain JSON (so a chapter, an embed URL or a test can name one). Editors write partial states in
 * MDX; `defineChartState` merges them over the chart's defaults and rejects anything unknown with an error that
 * names the chart, the key and the allowed values. The same code runs in the MDX build check, in the embed pages
 * and in the tests, so there is one definition of "valid" per chart.
 */
import { z } from 'astro/zod';
import { dateToTime, isIsoDate } from '../data/dates';
import type { IsoDate } from '../data/types';
import { closest } from '../lib/closest';
import type { ChartId, ChartStateOf } from './states';

export class ChartStateError extends Error {
  constructor(
    readonly chart: string,
    readonly key: string,
    readonly problem: string,
  ) {
    super(`Invalid state for chart "${chart}": ${key === '' ? '' : `"${key}" `}${problem}`);
    this.name = 'ChartStateError';
  }
}

/** One field of a state: its zod schema, and what it allows in words (for messages and the editors' guide). */
export interface FieldParser<T> {
  readonly schema: z.ZodType<T>;
  /** Human-readable list of what is allowed, for error messages and the editors' guide. */
  readonly allowed: string;
  /** The normalised value, or throws with the schema's message (without the chart name). */
  readonly parse: (value: unknown) => T;
}

const show = (v: unknown) => JSON.stringify(v) ?? String(v);

/** Zod's `error` option with a message about the value as given. */
const problem = (message: (input: unknown) => string) => ({
  error: (issue: { input?: unknown }) => message(issue.input),
});

/**
 * A field from a zod schema. `whole` is for schemas whose inner checks (a year inside a pair) would otherwise
 * describe a part: every failure is then described by the whole value.
 */
function field<T>(schema: z.ZodType<T>, allowed: string, whole?: (input: unknown) => string): FieldParser<T> {
  return {
    schema,
    allowed,
    parse(value) {
      const result = schema.safeParse(value);
      if (result.success) return result.data;
      throw new Error(whole ? whole(value) : (result.error.issues[0]?.message ?? `must be ${allowed}`));
    },
  };
}

export function oneOf<const T extends string | number>(values: readonly T[]): FieldParser<T> {
  const allowed = values.map((v) => show(v)).join(', ');
  const schema = z.literal(
    values,
    problem((input) => `must be one of ${allowed}; got ${show(input)}`),
  );
  return field(schema as z.ZodType<T>, `one of ${allowed}`);
}

/** A list of distinct values from a fixed set, in the set's order (so states compare equal however written). */
export function subsetOf<const T extends string>(values: readonly T[], { min = 1 } = {}): FieldParser<T[]> {
  const allowed = values.map((v) => show(v)).join(', ');
  const schema = z
    .array(
      z.literal(
        values,
        problem((input) => `has unknown value ${show(input)}; allowed: ${allowed}`),
      ),
      problem((input) => `must be a list of ${allowed}; got ${show(input)}`),
    )
    .min(min, { error: `needs at least ${min} value(s) from ${allowed}` })
    .transform((list) => values.filter((v) => (list as readonly T[]).includes(v)));
  return field(schema, `a list of ${min > 0 ? `at least ${min} of ` : ''}${allowed}`);
}

/** A [from, to] pair of whole years inside [min, max], from before to. */
export function yearRange(min: number, max: number): FieldParser<[number, number]> {
  const allowed = `[from, to] with whole years from ${min} to ${max}, from < to`;
  const year = z.int().min(min).max(max);
  const schema = z.tuple([year, year]).refine(([from, to]) => from < to);
  return field(schema, allowed, (input) => `must be ${allowed}; got ${show(input)}`);
}

export type Schema<S> = { readonly [K in keyof S]: FieldParser<S[K]> };

export interface ChartStateSpec<S extends object, C extends string = string> {
  readonly chart: C;
  readonly schema: Schema<S>;
  readonly defaults: S;
  /**
   * Named views: states that chapters, embeds and the catalogue refer to by name (kebab-case). Each is a partial
   * state over the defaults, checked when this module loads.
   */
  readonly views: Readonly<Record<string, S>>;
  /** Turns an untrusted partial state into a full, valid one, or throws ChartStateError. */
  parse(input: unknown): S;
}

/**
 * A chart's state spec. `C` is the chart's id: its state.ts declares `ChartStateTypes[C]` (src/charts/states.ts),
 * and the spec must be for that type. The second form, for any state type and name, is the same machinery without
 * a registered chart (only a spec whose `chart` is a ChartId can be a chart's, see src/charts/define.ts).
 */
export function defineChartState<const C extends ChartId>(
  chart: C,
  schema: Schema<ChartStateOf<C>>,
  defaults: ChartStateOf<C>,
  views: Record<string, Partial<ChartStateOf<C>>>,
): ChartStateSpec<ChartStateOf<C>, C>;
export function defineChartState<S extends object>(
  chart: string,
  schema: Schema<S>,
  defaults: S,
  views: Record<string, Partial<S>>,
): ChartStateSpec<S>;
export function defineChartState<S extends object>(
  chart: string,
  schema: Schema<S>,
  defaults: S,
  views: Record<string, Partial<S>>,
): ChartStateSpec<S> {
  const keys = Object.keys(schema) as (keyof S & string)[];
  // Keys are checked one by one below, in the order written, so the first mistake is the one reported.
  const stateObject = z.record(z.string(), z.unknown());
  function parse(input: unknown): S {
    if (input === undefined || input === null) return { ...defaults };
    if (!stateObject.safeParse(input).success) {
      throw new ChartStateError(chart, '', `must be an object with keys ${keys.join(', ')}; got ${show(input)}`);
    }
    const out = { ...defaults };
    for (const [key, value] of Object.entries(input)) {
      if (!keys.includes(key as keyof S & string)) {
        throw new ChartStateError(
          chart,
          key,
          `is not a state key; allowed keys: ${keys.map((k) => `${k} (${schema[k].allowed})`).join('; ')}. ` +
            `Closest: ${closest(key, keys).join(', ')}`,
        );
      }
      try {
        out[key as keyof S] = schema[key as keyof S].parse(value);
      } catch (e) {
        throw new ChartStateError(chart, key, (e as Error).message);
      }
    }
    return out;
  }
  const fullViews: Record<string, S> = {};
  for (const [name, partial] of Object.entries(views)) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name))
      throw new Error(`View name "${name}" of chart "${chart}" must be kebab-case`);
    fullViews[name] = parse(partial);
  }
  return { chart, schema, defaults: parse(defaults), views: fullViews, parse };
}

/** A partial ISO date between two bounds (inclusive), e.g. how far along a timeline a chart has got. */
export function dateBetween(min: IsoDate, max: IsoDate): FieldParser<IsoDate> {
  const allowed = `a date (YYYY, YYYY-MM or YYYY-MM-DD) from ${min} to ${max}`;
  const schema = z
    .string()
    .refine(isIsoDate, { abort: true })
    .refine((date) => dateToTime(date) >= dateToTime(min) && dateToTime(date) <= dateToTime(max));
  return field(schema as z.ZodType<IsoDate>, allowed, (input) => `must be ${allowed}; got ${show(input)}`);
}
