/**
 * Dates for readers, at their own precision, in a module of its own: it needs no UI strings, so build-time code
 * that Node loads without Vite (the Astro config's content checks, through formula.ts) can use it.
 */
import type { IsoDate, Language } from '../data/types';
import { parseIsoDate } from '../data/dates';
import { LOCALES } from './uiText';

/** A partial ISO date at its own precision: "2014", "April 2024", "15 March 2025". Always UTC. */
export function formatDate(date: IsoDate, lang: Language): string {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new Error(`Not a date: ${date}`);
  const { year, month = 1, day = 1, precision } = parsed;
  if (precision === 'year') return String(year);
  const d = new Date(Date.UTC(year, month - 1, day));
  const options: Intl.DateTimeFormatOptions =
    precision === 'month'
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : LOCALES[lang], options).format(d);
}
