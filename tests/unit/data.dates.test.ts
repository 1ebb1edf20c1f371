/**
 * Partial ISO dates (src/data/dates.ts): a year, a month or a day, as precise as the source was. A year or month
 * stands for the whole period and is placed at its midpoint, so "2024" sorts after "2024-04".
 */
import { describe, expect, it } from 'vitest';
import {
  dateBounds,
  dateToTime,
  dateToYear,
  isIsoDate,
  monthsBetween,
  parseIsoDate,
  precisionOf,
  yearStart,
} from '../../src/data/dates';
import type { IsoDate } from '../../src/data/types';

describe('parseIsoDate', () => {
  it.each([
    { text: '2014', parsed: { year: 2014, precision: 'year' } },
    { text: '2024-04', parsed: { year: 2024, month: 4, precision: 'month' } },
    { text: '2025-03-15', parsed: { year: 2025, month: 3, day: 15, precision: 'day' } },
    { text: '2024-02-29', parsed: { year: 2024, month: 2, day: 29, precision: 'day' } },
    { text: '2000-02-29', parsed: { year: 2000, month: 2, day: 29, precision: 'day' } },
    { text: '2024-12-31', parsed: { year: 2024, month: 12, day: 31, precision: 'day' } },
    { text: '2024-01', parsed: { year: 2024, month: 1, precision: 'month' } },
  ])('reads $text', ({ text, parsed }) => {
    expect(parseIsoDate(text)).toEqual(parsed);
    expect(isIsoDate(text)).toBe(true);
  });

  it.each([
    { value: '2023-02-29', why: 'not a leap year' },
    { value: '1900-02-29', why: 'century years are not leap years unless divisible by 400' },
    { value: '2023-02-30', why: '30 February' },
    { value: '2024-04-31', why: '31 April' },
    { value: '2024-13', why: 'month 13' },
    { value: '2024-00', why: 'month 0' },
    { value: '2024-01-00', why: 'day 0' },
    { value: '2024-4', why: 'one-digit month' },
    { value: '2024-04-5', why: 'one-digit day' },
    { value: '24', why: 'two-digit year' },
    { value: '2024/04', why: 'slashes' },
    { value: '2024-04-15T12:00', why: 'a time' },
    { value: ' 2024', why: 'surrounding space' },
    { value: 'April 2024', why: 'words' },
    { value: '', why: 'empty text' },
    { value: 2024, why: 'a number' },
    { value: null, why: 'null' },
    { value: undefined, why: 'undefined' },
  ])('rejects $value ($why)', ({ value }) => {
    expect(parseIsoDate(value)).toBeNull();
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('precisionOf', () => {
  it.each([
    ['2014', 'year'],
    ['2024-04', 'month'],
    ['2025-03-15', 'day'],
  ] as const)('%s has %s precision', (date, precision) => {
    expect(precisionOf(date)).toBe(precision);
  });
});

describe('dateBounds: the period a date stands for, in UTC', () => {
  it.each([
    { date: '2024' as IsoDate, bounds: [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)] },
    { date: '2024-02' as IsoDate, bounds: [Date.UTC(2024, 1, 1), Date.UTC(2024, 2, 1)] },
    { date: '2024-12' as IsoDate, bounds: [Date.UTC(2024, 11, 1), Date.UTC(2025, 0, 1)] },
    { date: '2024-02-29' as IsoDate, bounds: [Date.UTC(2024, 1, 29), Date.UTC(2024, 2, 1)] },
  ])('$date', ({ date, bounds }) => {
    expect(dateBounds(date)).toEqual(bounds);
  });

  it('fails loudly on something that is not a date', () => {
    expect(() => dateBounds('2024-13' as IsoDate)).toThrow('Not a date in YYYY, YYYY-MM or YYYY-MM-DD form: "2024-13"');
  });
});

describe('dateToTime: the midpoint of the period', () => {
  it.each([
    { date: '2024' as IsoDate, time: Date.UTC(2024, 6, 2), why: 'a leap year: 183 days in' },
    { date: '2023' as IsoDate, time: Date.UTC(2023, 6, 2, 12), why: '182.5 days in' },
    { date: '2024-04' as IsoDate, time: Date.UTC(2024, 3, 16), why: '15 days into a 30-day month' },
    { date: '2025-03-15' as IsoDate, time: Date.UTC(2025, 2, 15, 12), why: 'noon' },
  ])('$date is at $why', ({ date, time }) => {
    expect(dateToTime(date)).toBe(time);
  });

  it.each([
    ['2024-04', '2024'],
    ['2024-01', '2024'],
    ['2014-01-27', '2014'],
    ['2024', '2024-07-03'],
    ['2023-12-31', '2024'],
    ['2024', '2025-01'],
    ['2024-04-15', '2024-04-16'],
    ['2022-03', '2022-03-27'],
  ] as [IsoDate, IsoDate][])('%s comes before %s', (earlier, later) => {
    expect(dateToTime(earlier)).toBeLessThan(dateToTime(later));
  });

  it('does not depend on the machine’s time zone', () => {
    expect(new Date(dateToTime('2025-03-16')).toISOString()).toBe('2025-03-16T12:00:00.000Z');
  });
});

describe('monthsBetween (average-length months between midpoints)', () => {
  it.each([
    { from: '2024', to: '2025', months: 12 },
    { from: '2024-01', to: '2024-03', months: 2 },
    { from: '2022-03-27', to: '2023-03-27', months: 12 },
    { from: '2025-03-16', to: '2025-07-18', months: 4.07 },
    { from: '2024-03', to: '2024-03', months: 0 },
    { from: '2025', to: '2024', months: -12 },
  ] as { from: IsoDate; to: IsoDate; months: number }[])('$from to $to ≈ $months', ({ from, to, months }) => {
    expect(monthsBetween(from, to)).toBeCloseTo(months, 1);
  });

  it('is antisymmetric', () => {
    expect(monthsBetween('2013-01', '2021-02')).toBeCloseTo(-monthsBetween('2021-02', '2013-01'), 12);
  });
});

describe('dateToYear and yearStart (the charts’ decimal-year axis)', () => {
  it.each([
    { date: '2024' as IsoDate, year: 2024.5 },
    { date: '2014-01' as IsoDate, year: 2014.04 },
    { date: '2025-12-31' as IsoDate, year: 2026 },
  ])('$date ≈ $year', ({ date, year }) => {
    expect(dateToYear(date)).toBeCloseTo(year, 2);
  });

  it.each([1990, 2000, 2024, 2026])('yearStart(%d) is the start of that year', (year) => {
    expect(yearStart(year)).toBeCloseTo(year, 2);
    expect(yearStart(year)).toBeLessThan(dateToYear(`${year}-01-01` as IsoDate));
  });

  it('keeps the order of dateToTime', () => {
    const dates: IsoDate[] = ['2013', '2014-01-27', '2014', '2024-04', '2024', '2024-08'];
    const years = dates.map(dateToYear);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
  });
});
