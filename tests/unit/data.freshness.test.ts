/**
 * The freshness table of `npm run check:data` (src/data/freshness.ts): the latest figure of each series and its
 * age on a given day. Fixture datasets and a fixed "today"; no clock.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset, TableRow } from '../../src/data/index';
import { datasets } from '../../src/data/index';
import { freshness, freshnessTable } from '../../src/data/freshness';

const row = (series: string, date: string, value: number): TableRow =>
  ({
    series,
    date,
    value,
    unit: 'people',
    qualifier: 'exact',
    confidence: 'high',
    note: '',
    source: 'cnn-2025-03-17',
  }) as TableRow;

const fixture: Dataset[] = [
  {
    id: 'pop',
    title: 'Population',
    description: '',
    rows: [row('a', '2023', 5), row('a', '2024-04', 7), row('a', '2024', 6), row('b', '2026-11-30', 9)],
  },
];

describe('freshness', () => {
  it('takes the latest figure of each series and counts its age from the last day of its period', () => {
    expect(freshness(fixture, '2026-12-03')).toEqual([
      // "2024" ends on 31 December 2024, after "2024-04": it is the latest; 702 days before 3 December 2026.
      { dataset: 'pop', series: 'a', value: 6, unit: 'people', date: '2024', ageDays: 702, ageMonths: 23.1 },
      { dataset: 'pop', series: 'b', value: 9, unit: 'people', date: '2026-11-30', ageDays: 3, ageMonths: 0.1 },
    ]);
  });

  it('counts a figure dated today, or later, as 0 days old', () => {
    expect(freshness(fixture, '2026-11-30')[1]!.ageDays).toBe(0);
    expect(freshness(fixture, '2026-11-01')[1]!.ageDays).toBe(0);
  });

  it('refuses a "today" that is not a day', () => {
    expect(() => freshness(fixture, '2026-12')).toThrow(/YYYY-MM-DD/);
  });

  it('prints one aligned line per series', () => {
    expect(freshnessTable(freshness(fixture, '2026-12-03')).split('\n')).toEqual([
      'dataset/series  latest    date        age (days)  age (months)',
      '--------------  --------  ----------  ----------  ------------',
      'pop/a           6 people  2024               702          23.1',
      'pop/b           9 people  2026-11-30           3           0.1',
    ]);
  });

  it('covers every series of every real dataset', () => {
    const rows = freshness(datasets, '2026-12-03');
    const series = new Set(datasets.flatMap((d) => d.rows.map((r) => `${d.id}/${r.series}`)));
    expect(rows.map((r) => `${r.dataset}/${r.series}`).sort()).toEqual([...series].sort());
    expect(rows.find((r) => r.dataset === 'deaths-in-custody' && r.series === 'sjh')?.date).toBe('2026-02-08');
  });
});
