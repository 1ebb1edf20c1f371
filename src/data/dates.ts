/**
 * Partial ISO dates ("2014", "2024-04", "2025-03-15") as the sources give them.
 *
 * A date with only a year or a month stands for the whole period, so it is placed at the period's midpoint when
 * plotted or ordered: "2024" sorts after "2024-04". That keeps a yearly figure from looking older than it is.
 */
import type { IsoDate } from './types';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DatePrecision = 'year' | 'month' | 'day';

export interface ParsedDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: DatePrecision;
}

/** Parses a partial ISO date, or returns null when it is not one (wrong shape, month 13, 31 February). */
export function parseIsoDate(value: unknown): ParsedDate | null {
  if (typeof value !== 'string') return null;
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return { year, month, day, precision: 'day' };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return parseIsoDate(value) !== null;
}

function mustParse(date: IsoDate): ParsedDate {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new Error(`Not a date in YYYY, YYYY-MM or YYYY-MM-DD form: "${date}"`);
  return parsed;
}

/** Milliseconds since the epoch (UTC) at the start and end of the period a date stands for. */
export function dateBounds(date: IsoDate): [number, number] {
  const { year, month, day } = mustParse(date);
  if (month === undefined) return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
  if (day === undefined) return [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1)];
  return [Date.UTC(year, month - 1, day), Date.UTC(year, month - 1, day + 1)];
}

/** The midpoint of the period, in milliseconds since the epoch (UTC). */
export function dateToTime(date: IsoDate): number {
  const [start, end] = dateBounds(date);
  return start + (end - start) / 2;
}

const MS_PER_YEAR = 365.2425 * 24 * 3600 * 1000;

/** The midpoint as a decimal year (2024.5 for "2024"), the unit of the charts' time axes. */
export function dateToYear(date: IsoDate): number {
  return 1970 + dateToTime(date) / MS_PER_YEAR;
}

/** Decimal year for the start of a calendar year, so axes can be given whole years. */
export function yearStart(year: number): number {
  return 1970 + Date.UTC(year, 0, 1) / MS_PER_YEAR;
}

/** Average months between the midpoints of two dates. */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  return ((dateToTime(to) - dateToTime(from)) / MS_PER_YEAR) * 12;
}

export function precisionOf(date: IsoDate): DatePrecision {
  return mustParse(date).precision;
}

/**
 * Whole calendar months covered by a span given in months, both ends included: January to February of the same
 * year is 2 months. Used for counts reported "from January 2013 to February 2021".
 */
export function calendarMonthsInclusive(from: IsoDate, to: IsoDate): number {
  const a = mustParse(from);
  const b = mustParse(to);
  if (a.month === undefined || b.month === undefined) throw new Error(`Month precision needed: ${from}, ${to}`);
  const months = (b.year - a.year) * 12 + (b.month - a.month) + 1;
  if (months <= 0) throw new Error(`${to} is before ${from}`);
  return months;
}
