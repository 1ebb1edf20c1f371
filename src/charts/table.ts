/**
 * Helpers for chart definitions (chart.ts): data-table rows with their unit and source, the rows of several states
 * as one table, and the sources and latest date of a list of observations.
 */
import type { IsoDate, Language } from '../data/types';
import { sources, type SourceId } from '../data/sources';
import { dateToTime } from '../data/dates';
import { formatDate } from '../lib/format';
import { creditOf, originalPublisherOf } from '../lib/citation';
import type { TableRow } from './define';

export function uniqueSources(list: readonly { source: SourceId }[]): SourceId[] {
  return [...new Set(list.map((o) => o.source))];
}

export function latestDate(list: readonly { date: IsoDate }[]): IsoDate {
  return [...list].sort((a, b) => dateToTime(a.date) - dateToTime(b.date)).at(-1)!.date;
}

/** A table row for a published figure, credited to its publisher. */
export function row(
  series: string,
  date: IsoDate,
  value: string,
  unit: string,
  source: SourceId,
  lang: Language,
): TableRow {
  return {
    series,
    date: formatDate(date, lang),
    value,
    unit,
    // The original publisher, as in the notes; which copy was read is on the sources page.
    source: originalPublisherOf(source, lang),
    sourceUrl: sources[source].url,
  };
}

/** A table row for a figure we computed: its formula in the series name, its inputs' outlets as the source. */
export function derivedRow(
  series: string,
  date: IsoDate,
  value: string,
  unit: string,
  inputs: readonly SourceId[],
  lang: Language,
): TableRow {
  const first = inputs[0];
  if (first === undefined) throw new Error(`Derived row "${series}" has no sources`);
  return {
    ...row(series, date, value, unit, first, lang),
    source: [...new Set(inputs.map((i) => creditOf(i, lang)))].join('; '),
  };
}

/**
 * Inserts rows of one table into a list of rows, each row once, keeping the table's order: a row not yet listed
 * goes right after the row before it in its table; the first of a table goes before the next row already listed,
 * else at the end. So a series that a later step extends keeps its dates in order.
 */
function insertInOrder(list: { rows: TableRow[]; keys: string[] }, table: readonly TableRow[]): void {
  const tableKeys = table.map(rowKey);
  table.forEach((r, i) => {
    const key = tableKeys[i]!;
    if (list.keys.includes(key)) return;
    const before = tableKeys[i - 1];
    const after = tableKeys.slice(i + 1).find((k) => list.keys.includes(k));
    const at =
      before !== undefined
        ? list.keys.indexOf(before) + 1
        : after !== undefined
          ? list.keys.indexOf(after)
          : list.keys.length;
    list.rows.splice(at, 0, r);
    list.keys.splice(at, 0, key);
  });
}

const rowKey = (r: TableRow) => JSON.stringify([r.series, r.date, r.value, r.unit, r.source, r.sourceUrl]);

/**
 * The rows of several tables (one per step of a scroller) as one table, each row once: series by series (a series
 * and its unit), in the order they first appear, each series' rows in its tables' order. Rows that carry a
 * `sortKey` (all of a chart's, or none) are then ordered by it: a ranking stays a ranking, a timeline in time.
 */
export function mergeTables(tables: readonly (readonly TableRow[])[]): TableRow[] {
  const series = new Map<string, { rows: TableRow[]; keys: string[] }>();
  for (const table of tables) {
    const own = new Map<string, TableRow[]>();
    for (const r of table) {
      const key = JSON.stringify([r.series, r.unit]);
      own.set(key, [...(own.get(key) ?? []), r]);
    }
    for (const [key, rows] of own) {
      if (!series.has(key)) series.set(key, { rows: [], keys: [] });
      insertInOrder(series.get(key)!, rows);
    }
  }
  const rows = [...series.values()].flatMap((s) => s.rows);
  return rows.every((r) => r.sortKey !== undefined) ? rows.sort((a, b) => a.sortKey! - b.sortKey!) : rows;
}
