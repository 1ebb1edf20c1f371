/**
 * Helpers for chart definitions (chart.ts): data-table rows with their source, and the sources and latest date of
 * a list of observations.
 */
import type { IsoDate, Language } from '../data/types';
import { sources, type SourceId } from '../data/sources';
import { dateToTime } from '../data/dates';
import { formatDate } from '../lib/format';
import { creditOf, publisherOf } from '../lib/citation';
import type { TableRow } from './define';

export function uniqueSources(list: readonly { source: SourceId }[]): SourceId[] {
  return [...new Set(list.map((o) => o.source))];
}

export function latestDate(list: readonly { date: IsoDate }[]): IsoDate {
  return [...list].sort((a, b) => dateToTime(a.date) - dateToTime(b.date)).at(-1)!.date;
}

/** A table row for a published figure, credited to its publisher. */
export function row(series: string, date: IsoDate, value: string, source: SourceId, lang: Language): TableRow {
  return {
    series,
    date: formatDate(date, lang),
    value,
    source: publisherOf(source, lang),
    sourceUrl: sources[source].url,
  };
}

/** A table row for a figure we computed: its formula in the series name, its inputs' outlets as the source. */
export function derivedRow(
  series: string,
  date: IsoDate,
  value: string,
  inputs: readonly SourceId[],
  lang: Language,
): TableRow {
  const first = inputs[0];
  if (first === undefined) throw new Error(`Derived row "${series}" has no sources`);
  return {
    ...row(series, date, value, first, lang),
    source: [...new Set(inputs.map((i) => creditOf(i, lang)))].join('; '),
  };
}
