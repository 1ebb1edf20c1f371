/**
 * How old each series' latest figure is, for `npm run check:data`: editors see at a glance which counts may have
 * newer numbers to look for. Today's date is a parameter, so tests never read the clock.
 *
 * Age is counted from the last day of the period a figure refers to: a figure for "2024" is as fresh as
 * 31 December 2024, one for "2024-04" as 30 April 2024. That gives the youngest age the figure can have, so a
 * series is never reported as more out of date than it is.
 */
import type { Dataset } from './index';
import { dateBounds, parseIsoDate } from './dates';
import type { IsoDate } from './types';

const DAY = 24 * 3600 * 1000;
const DAYS_PER_MONTH = 365.2425 / 12;

export interface SeriesFreshness {
  readonly dataset: string;
  readonly series: string;
  readonly value: number;
  readonly unit: string;
  readonly date: IsoDate;
  /** Whole days from the last day of the figure's period to today (0 when it is today or later). */
  readonly ageDays: number;
  /** The same in months of average length, one decimal. */
  readonly ageMonths: number;
}

/** The latest row of every series of every dataset, with its age on `today` (YYYY-MM-DD). */
export function freshness(datasets: readonly Dataset[], today: string): SeriesFreshness[] {
  if (parseIsoDate(today)?.precision !== 'day') throw new Error(`today must be YYYY-MM-DD, got "${today}"`);
  const now = Date.parse(`${today}T00:00:00Z`);
  const out: SeriesFreshness[] = [];
  for (const d of datasets) {
    const latest = new Map<string, Dataset['rows'][number]>();
    for (const row of d.rows) {
      const seen = latest.get(row.series);
      if (!seen || dateBounds(row.date)[1] > dateBounds(seen.date)[1]) latest.set(row.series, row);
    }
    for (const [series, row] of latest) {
      const lastDay = dateBounds(row.date)[1] - DAY;
      const ageDays = Math.max(0, Math.floor((now - lastDay) / DAY));
      out.push({
        dataset: d.id,
        series,
        value: row.value,
        unit: row.unit,
        date: row.date,
        ageDays,
        ageMonths: Math.round((ageDays / DAYS_PER_MONTH) * 10) / 10,
      });
    }
  }
  return out;
}

/** A plain-text table, one series a line, in the datasets' order. */
export function freshnessTable(rows: readonly SeriesFreshness[]): string {
  const header = ['dataset/series', 'latest', 'date', 'age (days)', 'age (months)'];
  const cells = rows.map((r) => [
    `${r.dataset}/${r.series}`,
    `${r.value} ${r.unit}`,
    r.date,
    String(r.ageDays),
    r.ageMonths.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    c
      .map((x, i) => (i >= 3 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
