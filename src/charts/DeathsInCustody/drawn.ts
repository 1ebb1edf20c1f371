/**
 * The deaths data as the chart draws it: dates, counts, qualifiers and confidence of each counter's figures, and
 * the ids and values of each breakdown of causes. Notes, source ids and the English category names stay in
 * src/data; only the server-rendered captions, data tables and notes read them.
 *
 * The browser build replaces this module with its values, computed at build time (src/lib/build/buildTimeValues.ts),
 * so chart islands do not carry the fields they never show. Server rendering, images and tests import it as is.
 */
import { deathsInCustody, type DeathCounter } from '../../data/deaths';
import { causesOfDeath, type CauseBreakdown, type CauseBreakdownId } from '../../data/deathCauses';
import { dateToTime } from '../../data/dates';
import type { IsoDate, Observation } from '../../data/types';
import type { SourceId } from '../../data/sources';

export type DrawnObservation = Pick<Observation<SourceId>, 'date' | 'value' | 'confidence' | 'qualifier'>;

export interface DrawnBreakdown extends Pick<CauseBreakdown, 'id' | 'counter' | 'date' | 'total' | 'unit'> {
  readonly categories: readonly { readonly id: string; readonly value: number }[];
}

const mapValues = <K extends string, A, B>(record: Record<K, A>, f: (a: A) => B) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v as A)])) as Record<K, B>;

export const drawnDeaths: Record<DeathCounter, readonly DrawnObservation[]> = mapValues(deathsInCustody, (series) =>
  series.map(({ date, value, confidence, qualifier }) => ({
    date,
    value,
    confidence,
    ...(qualifier && { qualifier }),
  })),
);

export const drawnCauses: Record<CauseBreakdownId, DrawnBreakdown> = mapValues(
  causesOfDeath,
  ({ id, counter, date, total, unit, categories }) => ({
    id,
    counter,
    date,
    total,
    unit,
    categories: categories.map(({ id, value }) => ({ id, value })),
  }),
);

/** The latest date any counter reached: the end of the timeline. */
export const LATEST_DEATHS_DATE: IsoDate = Object.values(drawnDeaths)
  .map((s) => s.at(-1)!.date)
  .sort((a, b) => dateToTime(a) - dateToTime(b))
  .at(-1)!;
