/**
 * The core of every figure worked out here (derive.ts): a value with its inputs' sources, `low` confidence and the
 * arithmetic in words. Apart from derive.ts, which reads whole datasets, so that a dataset the browser loads can
 * work out a figure without bringing them along (the prison population's census rate).
 */
import type { SourcedValue } from './types';
import type { SourceId } from './sources';

/** A sourced number, or one already worked out here (whose inputs' sources it carries on). */
export type Input = Pick<SourcedValue<SourceId>, 'value' | 'source'> | Pick<Derived, 'value' | 'sources'>;

/** A number computed here, with the inputs it came from and a plain-words formula. */
export interface Derived {
  readonly value: number;
  readonly sources: readonly SourceId[];
  readonly confidence: 'low';
  /** How it was computed, in words a reader can check, e.g. "109,519 / 39,538 - 1". */
  readonly formula: string;
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

export function derived(value: number, inputs: readonly Input[], formula: string): Derived {
  if (!Number.isFinite(value)) throw new Error(`Derived figure is not a finite number: ${formula}`);
  const sources = unique(inputs.flatMap((i) => ('sources' in i ? i.sources : [i.source])));
  return { value, sources, confidence: 'low', formula };
}

/** A number as formulas write it: en-US digits, at most two decimals. */
export const n = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });

/**
 * Prisoners per 100,000 residents, rounded to a whole number as published rates are (the World Prison Brief's,
 * the UCA observatory's), so that the figure drawn, quoted and compared is the same one.
 */
export function ratePer100k(prisoners: Input, population: Input): Derived {
  if (population.value <= 0) throw new Error('Population must be positive to compute a rate');
  return derived(
    Math.round((prisoners.value / population.value) * 100_000),
    [prisoners, population],
    `${n(prisoners.value)} / ${n(population.value)} × 100,000`,
  );
}
