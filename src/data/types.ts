/**
 * The shapes every dataset in src/data is written in.
 *
 * Why these types: every number a reader sees must trace back to a source record, with the date it refers to
 * and how sure we are of it. Making those fields required (and the source id a union of known ids) turns a
 * forgotten citation into a type error; `validate.ts` repeats the checks at build time for the rules a type
 * cannot express (order, uniqueness, integers, URL syntax).
 */

/** How sure we are of a figure; see the methodology page for the rules. */
export type Confidence = 'high' | 'medium' | 'low';
export const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

/** Languages the story is published in. */
export type Language = 'en' | 'es';

/** Languages of the pages we cite (BCP 47): sources are cited in their own language. */
export type SourceLanguage = Language | 'fr' | 'nl' | 'id';

/**
 * A calendar date at the precision the source gives it: a year (`2014`), a month (`2024-04`) or a day
 * (`2025-03-15`). Sources often say only "in April"; we never invent a day they did not give.
 */
export type IsoDate = `${number}` | `${number}-${number}` | `${number}-${number}-${number}`;

/** A published page that a figure was read from. */
export interface Source {
  /** Who published the page we read (for copies, the site that carried it). */
  readonly publisher: string;
  /** Who produced the figure when that differs from the publisher (e.g. "AP", "Cristosal"). */
  readonly via?: string;
  /** Short name to credit under charts when it differs from `via`/`publisher` (e.g. "World Prison Brief"). */
  readonly credit?: string;
  /** The page's own headline, in its own language. */
  readonly title: string;
  readonly url: string;
  /** Publication date; `null` when the copy we read shows none. */
  readonly published: IsoDate | null;
  /** When the page was read for this story. */
  readonly accessed: IsoDate;
  /** The language the page is written in; sources are always cited in their own language. */
  readonly language: SourceLanguage;
}

/**
 * How a source qualified its number. "More than 58,000" is stored as 58,000 with `at-least`, so charts and prose
 * can say "at least" instead of passing a floor off as an exact count.
 */
export type Qualifier = 'exact' | 'at-least' | 'about' | 'estimate';

/** One sourced number for one date. `S` is the union of source ids, so a typo is a type error. */
export interface Observation<S extends string> {
  /** The date the number refers to (not the date it was published). */
  readonly date: IsoDate;
  readonly value: number;
  readonly source: S;
  readonly confidence: Confidence;
  readonly qualifier?: Qualifier;
  /** Anything a reader needs to read the number right: scope, exclusions, how it was reported. */
  readonly note?: string;
}

/** A single sourced figure that is not part of a time series (e.g. "80 bunk places per cell"). */
export interface SourcedValue<S extends string> {
  readonly value: number;
  readonly date: IsoDate;
  readonly source: S;
  readonly confidence: Confidence;
  readonly qualifier?: Qualifier;
  readonly note?: string;
}

/**
 * How a fact is written: `count` 109,519; `usd` $6 million; `m2` 3.4 m²; `per100k` 605 per 100,000;
 * `percent` a value already in percent (357.7%); `share` a fraction shown as a percent (0.62 → 62%);
 * `year` 1798 (no thousands separator); `decimal` 1.54; `date` the fact's own date, written out (15 March 2025).
 */
export const FACT_UNITS = ['count', 'usd', 'm2', 'per100k', 'percent', 'share', 'year', 'decimal', 'date'] as const;
export type FactUnit = (typeof FACT_UNITS)[number];

export interface StoryFact {
  readonly value: number;
  readonly unit: FactUnit;
  /** The date the figure refers to. */
  readonly date: IsoDate;
  readonly sources: readonly import('./contentIds').SourceId[];
  readonly confidence: Confidence;
  readonly qualifier?: Qualifier;
  /** For derived figures: the arithmetic, shown in the footnote. */
  readonly formula?: string;
  /** Digits after the decimal point; defaults per unit. */
  readonly decimals?: number;
  /**
   * The `note` of the observation the fact quotes (scope, exclusions, how it was reported), shown in the chapter
   * footnote. Notes in TypeScript datasets are written in English only; facts from content/data/facts.yaml give
   * the Spanish too (`noteEs`), and the Spanish edition shows it.
   */
  readonly note?: string;
  /** The note in Spanish, for the Spanish edition's footnote. */
  readonly noteEs?: string;
}
