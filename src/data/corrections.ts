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
