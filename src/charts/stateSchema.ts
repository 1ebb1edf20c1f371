/**
 * Tiny, dependency-free validators for chart states.
 *
 * A chart state is plain JSON (so a chapter, an embed URL or a test can name one). Editors write partial states in
 * MDX; `defineChartState` merges them over the chart's defaults and rejects anything unknown with an error that
 * names the chart, the key and the allowed values. The same code runs in the MDX build check, in the embed pages
 * and in the browser, so there is one definition of "valid" per chart.
 */
import { dateToTime, isIsoDate } from '../data/dates';
import type { IsoDate } from '../data/types';

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

/** Checks one field of a state; returns the normalised value or throws a message (without the chart name). */
export type FieldParser<T> = {
  readonly parse: (value: unknown) => T;
  /** Human-readable list of what is allowed, for error messages and the editors' guide. */
  readonly allowed: string;
};

const show = (v: unknown) => JSON.stringify(v) ?? String(v);

export function oneOf<const T extends string | number>(values: readonly T[]): FieldParser<T> {
  const allowed = values.map((v) => show(v)).join(', ');
  return {
    allowed: `one of ${allowed}`,
    parse(value) {
      if (!values.includes(value as T)) throw new Error(`must be one of ${allowed}; got ${show(value)}`);
      return value as T;
    },
  };
}

/** A list of distinct values from a fixed set, in the set's order (so states compare equal however written). */
export function subsetOf<const T extends string>(values: readonly T[], { min = 1 } = {}): FieldParser<T[]> {
  const allowed = values.map((v) => show(v)).join(', ');
  return {
    allowed: `a list of ${min > 0 ? `at least ${min} of ` : ''}${allowed}`,
    parse(value) {
      if (!Array.isArray(value)) throw new Error(`must be a list of ${allowed}; got ${show(value)}`);
      for (const v of value)
        if (!values.includes(v as T)) throw new Error(`has unknown value ${show(v)}; allowed: ${allowed}`);
      if (value.length < min) throw new Error(`needs at least ${min} value(s) from ${allowed}`);
      return values.filter((v) => value.includes(v));
    },
  };
}

/** A [from, to] pair of whole years inside [min, max], from before to. */
export function yearRange(min: number, max: number): FieldParser<[number, number]> {
  const allowed = `[from, to] with whole years from ${min} to ${max}, from < to`;
  return {
    allowed,
    parse(value) {
      if (
        !Array.isArray(value) ||
        value.length !== 2 ||
        !value.every((y) => Number.isInteger(y) && y >= min && y <= max) ||
        value[0] >= value[1]
      ) {
        throw new Error(`must be ${allowed}; got ${show(value)}`);
      }
      return [value[0], value[1]];
    },
  };
}

export type Schema<S> = { readonly [K in keyof S]: FieldParser<S[K]> };

export interface ChartStateSpec<S extends object> {
  readonly chart: string;
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

export function defineChartState<S extends object>(
  chart: string,
  schema: Schema<S>,
  defaults: S,
  views: Record<string, Partial<S>>,
): ChartStateSpec<S> {
  const keys = Object.keys(schema) as (keyof S & string)[];
  function parse(input: unknown): S {
    if (input === undefined || input === null) return { ...defaults };
    if (typeof input !== 'object' || Array.isArray(input)) {
      throw new ChartStateError(chart, '', `must be an object with keys ${keys.join(', ')}; got ${show(input)}`);
    }
    const out = { ...defaults };
    for (const [key, value] of Object.entries(input)) {
      if (!keys.includes(key as keyof S & string)) {
        throw new ChartStateError(
          chart,
          key,
          `is not a state key; allowed keys: ${keys.map((k) => `${k} (${schema[k].allowed})`).join('; ')}`,
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

/** Suggestions for a mistyped name: the allowed names closest by edit distance. */
export function closest(name: string, candidates: readonly string[], count = 3): string[] {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const tmp = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = tmp;
      }
    }
    return row[b.length]!;
  };
  return [...candidates].sort((x, y) => distance(name, x) - distance(name, y)).slice(0, count);
}

/** A partial ISO date between two bounds (inclusive), e.g. how far along a timeline a chart has got. */
export function dateBetween(min: IsoDate, max: IsoDate): FieldParser<IsoDate> {
  const allowed = `a date (YYYY, YYYY-MM or YYYY-MM-DD) from ${min} to ${max}`;
  return {
    allowed,
    parse(value) {
      if (!isIsoDate(value) || dateToTime(value) < dateToTime(min) || dateToTime(value) > dateToTime(max)) {
        throw new Error(`must be ${allowed}; got ${show(value)}`);
      }
      return value;
    },
  };
}
