/**
 * The corrections and updates log: every change to a figure or claim readers have already seen, dated, in both
 * languages, with the facts, charts and chapters it touches.
 *
 * Why a log and not just an edit: a published figure never changes silently. The build compares every fact with
 * the committed published-figures file and refuses a difference that no entry here covers, so fixing a number
 * means saying so to readers (chapter foot, corrections page, feed, embed note).
 */
import type { IsoDate, Language } from './types';
import type { FactId } from './facts';
import type { ChartId } from '../charts/states';
import { parseIsoDate } from './dates';
import { DataValidationError } from './validate';

/** A correction fixes something that was wrong; an update adds or refreshes something that was right when said. */
export type LogKind = 'correction' | 'update';

export interface LogEntry {
  /** Stable, unique, kebab-case; used in anchors (`/en/corrections/#<id>`) and feed entry ids. */
  readonly id: string;
  /** The day the change was published (day precision). */
  readonly date: `${number}-${number}-${number}`;
  readonly kind: LogKind;
  /** What the story said before, in each language (a sentence a reader understands). */
  readonly said: Readonly<Record<Language, string>>;
  /** What it says now, in each language. */
  readonly says: Readonly<Record<Language, string>>;
  /** Facts whose value, date, source or qualifier changed (the published-figures check reads these). */
  readonly facts: readonly FactId[];
  /** Charts whose drawing or data table changed. */
  readonly charts: readonly ChartId[];
  /** Chapter slugs (the file name without `NN-` and `.mdx`, e.g. `prison-population`) whose text changed. */
  readonly chapters: readonly string[];
}

/** The log, oldest first. Append; never edit or remove a published entry. */
export const corrections: readonly LogEntry[] = [];

/** Used by pages that show "Updated <date>": the newest entry's date, or undefined when the log is empty. */
export function latestChange(entries: readonly LogEntry[] = corrections): IsoDate | undefined {
  return entries.reduce<IsoDate | undefined>((latest, e) => (!latest || e.date > latest ? e.date : latest), undefined);
}

/** Entries that name a chapter (by slug), oldest first. */
export function entriesForChapter(slug: string, entries: readonly LogEntry[] = corrections): LogEntry[] {
  return entries.filter((e) => e.chapters.includes(slug));
}

/** Entries that name a chart, oldest first. */
export function entriesForChart(chart: string, entries: readonly LogEntry[] = corrections): LogEntry[] {
  return entries.filter((e) => (e.charts as readonly string[]).includes(chart));
}

/** The log as the corrections page and the feed list it: newest first, entries of one day in reverse log order. */
export function newestFirst(entries: readonly LogEntry[] = corrections): LogEntry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.date === b.entry.date ? b.index - a.index : a.entry.date < b.entry.date ? 1 : -1))
    .map(({ entry }) => entry);
}

/** What an entry may name: the ids that exist in the data module, the chart registry and the chapter folder. */
export interface KnownTargets {
  readonly facts: ReadonlySet<string>;
  readonly charts: ReadonlySet<string>;
  readonly chapters: ReadonlySet<string>;
}

const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KINDS: readonly string[] = ['correction', 'update'] satisfies LogKind[];
const LANGS: readonly Language[] = ['en', 'es'];

/**
 * Checks the log the way the build does: unique kebab-case ids, dates of one calendar day in log order, a known
 * kind, what the story said and says in both languages, and only facts, charts and chapters that exist. Entries
 * arrive untyped here (`unknown`) so a fixture can break each rule; every message names the entry and the field.
 */
export function checkLog(entries: readonly unknown[], known: KnownTargets): DataValidationError[] {
  const errors: DataValidationError[] = [];
  const seen = new Set<string>();
  let previousDate: string | undefined;
  entries.forEach((raw, index) => {
    const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const id = typeof record['id'] === 'string' ? record['id'] : '';
    const row = id ? `entry "${id}"` : `entry #${index + 1}`;
    const fail = (field: string, problem: string) =>
      errors.push(new DataValidationError('corrections', row, field, problem));

    if (!ENTRY_ID.test(id))
      fail('id', `must be lowercase letters, digits and hyphens, got ${JSON.stringify(record['id'])}`);
    else if (seen.has(id)) fail('id', 'is used by an earlier entry; every entry needs its own id');
    seen.add(id);

    const date = record['date'];
    if (parseIsoDate(date)?.precision !== 'day') {
      fail('date', `must be the day of the change as YYYY-MM-DD, got ${JSON.stringify(date)}`);
    } else {
      if (previousDate && (date as string) < previousDate)
        fail('date', `${String(date)} is before the previous entry's ${previousDate}; append entries in date order`);
      previousDate = date as string;
    }

    if (!KINDS.includes(record['kind'] as string))
      fail('kind', `must be one of "correction", "update", got ${JSON.stringify(record['kind'])}`);

    for (const field of ['said', 'says'] as const) {
      const text = (record[field] ?? {}) as Record<string, unknown>;
      for (const lang of LANGS) {
        const value = text[lang];
        if (typeof value !== 'string' || value.trim() === '')
          fail(`${field}.${lang}`, `needs the text in ${lang === 'en' ? 'English' : 'Spanish'}`);
      }
    }

    const lists = [
      ['facts', known.facts, 'a fact id from src/data/facts.ts'],
      ['charts', known.charts, 'a chart id from src/charts/registry.ts'],
      ['chapters', known.chapters, 'a chapter slug (content/chapters/<lang>/NN-slug.mdx)'],
    ] as const;
    let named = 0;
    for (const [field, allowed, what] of lists) {
      const list = record[field];
      if (!Array.isArray(list)) {
        fail(field, 'must be a list (empty when the entry touches none)');
        continue;
      }
      named += list.length;
      for (const item of list as unknown[]) {
        if (typeof item !== 'string' || !allowed.has(item))
          fail(
            field,
            `${JSON.stringify(item)} is not ${what}${allowed.size <= 12 ? `; known: ${[...allowed].sort().join(', ')}` : ''}`,
          );
      }
    }
    if (named === 0) fail('facts', 'the entry names no fact, chart or chapter; readers would never see it');
  });
  return errors;
}
