/**
 * Build-time checks of the data module.
 *
 * TypeScript already rejects a missing field or an unknown source id in src/data; these checks repeat that for
 * data that arrives untyped (fixtures, future CSV imports) and add the rules a type cannot express: dates in
 * order and unique within a series, counts that are non-negative integers, URLs that parse. Every message names
 * the dataset, the row and the field, so the person who broke it can find it.
 */
import { isIsoDate, dateToTime } from './dates';
import { CONFIDENCES } from './types';

const QUALIFIERS = ['exact', 'at-least', 'about', 'estimate'];
const SOURCE_LANGUAGES = ['en', 'es', 'fr', 'nl', 'id'];

export class DataValidationError extends Error {
  constructor(
    readonly dataset: string,
    readonly row: string | null,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`Data error in ${dataset}${row === null ? '' : `, ${row}`}, field "${field}": ${problem}`);
    this.name = 'DataValidationError';
  }
}

/** Several errors found in one pass, reported together so one build shows everything that is wrong. */
export class DataValidationErrors extends Error {
  constructor(readonly errors: readonly DataValidationError[]) {
    super(`The data module has ${errors.length} error(s):\n${errors.map((e) => `  - ${e.message}`).join('\n')}`);
    this.name = 'DataValidationErrors';
  }
}

type Row = Record<string, unknown>;

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return value === undefined ? 'missing' : `got ${JSON.stringify(value)}`;
}

export interface SeriesRules {
  /** Source ids that rows may cite. */
  readonly knownSources: ReadonlySet<string>;
  /** Values are counts of people or events: whole numbers. */
  readonly integer: boolean;
  /** Extra numeric fields that, when present, must be non-negative numbers (e.g. `ratePer100k`). */
  readonly optionalNumbers?: readonly string[];
}

/** Checks one source record. */
export function checkSource(id: string, record: unknown): DataValidationError[] {
  const dataset = 'sources';
  const row = `source "${id}"`;
  if (!isRow(record))
    return [new DataValidationError(dataset, row, '(record)', `expected an object, ${describe(record)}`)];
  const errors: DataValidationError[] = [];
  for (const field of ['publisher', 'title'] as const) {
    const v = record[field];
    if (typeof v !== 'string' || v.trim() === '') {
      errors.push(new DataValidationError(dataset, row, field, `expected a non-empty string, ${describe(v)}`));
    }
  }
  const url = record['url'];
  // https only: a reader who follows a source link should not do it in the clear.
  if (typeof url !== 'string' || !URL.canParse(url) || new URL(url).protocol !== 'https:') {
    errors.push(new DataValidationError(dataset, row, 'url', `expected an absolute https URL, ${describe(url)}`));
  }
  const published = record['published'];
  if (published !== null && !isIsoDate(published)) {
    errors.push(
      new DataValidationError(
        dataset,
        row,
        'published',
        `expected YYYY, YYYY-MM, YYYY-MM-DD or null, ${describe(published)}`,
      ),
    );
  }
  if (!isIsoDate(record['accessed'])) {
    errors.push(
      new DataValidationError(
        dataset,
        row,
        'accessed',
        `expected YYYY, YYYY-MM or YYYY-MM-DD, ${describe(record['accessed'])}`,
      ),
    );
  }
  if (!SOURCE_LANGUAGES.includes(record['language'] as string)) {
    errors.push(
      new DataValidationError(
        dataset,
        row,
        'language',
        `expected one of ${SOURCE_LANGUAGES.join(', ')}, ${describe(record['language'])}`,
      ),
    );
  }
  return errors;
}

/** Checks one observation's own fields (not its order among others). */
export function checkObservation(
  dataset: string,
  row: string,
  record: unknown,
  rules: SeriesRules,
): DataValidationError[] {
  if (!isRow(record))
    return [new DataValidationError(dataset, row, '(record)', `expected an object, ${describe(record)}`)];
  const errors: DataValidationError[] = [];
  if (!isIsoDate(record['date'])) {
    errors.push(
      new DataValidationError(
        dataset,
        row,
        'date',
        `expected YYYY, YYYY-MM or YYYY-MM-DD, ${describe(record['date'])}`,
      ),
    );
  }
  const value = record['value'];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push(new DataValidationError(dataset, row, 'value', `expected a number, ${describe(value)}`));
  } else if (value < 0) {
    errors.push(new DataValidationError(dataset, row, 'value', `must not be negative, got ${value}`));
  } else if (rules.integer && !Number.isInteger(value)) {
    errors.push(new DataValidationError(dataset, row, 'value', `is a count and must be a whole number, got ${value}`));
  }
  for (const field of rules.optionalNumbers ?? []) {
    const v = record[field];
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < 0)) {
      errors.push(new DataValidationError(dataset, row, field, `expected a non-negative number, ${describe(v)}`));
    }
  }
  const source = record['source'];
  if (typeof source !== 'string' || !rules.knownSources.has(source)) {
    errors.push(
      new DataValidationError(
        dataset,
        row,
        'source',
        source === undefined
          ? 'missing'
          : `unknown source id ${JSON.stringify(source)} (add it to src/data/sources.ts)`,
      ),
    );
  }
  if (!CONFIDENCES.includes(record['confidence'] as never)) {
    errors.push(
      new DataValidationError(
        dataset,
        row,
        'confidence',
        `expected one of ${CONFIDENCES.join(', ')}, ${describe(record['confidence'])}`,
      ),
    );
  }
  const qualifier = record['qualifier'];
  if (qualifier !== undefined && !QUALIFIERS.includes(qualifier as string)) {
    errors.push(
      new DataValidationError(
        dataset,
        row,
        'qualifier',
        `expected one of ${QUALIFIERS.join(', ')}, ${describe(qualifier)}`,
      ),
    );
  }
  return errors;
}

function rowLabel(index: number, record: unknown): string {
  const date = isRow(record) && typeof record['date'] === 'string' ? ` (${record['date']})` : '';
  return `row ${index + 1}${date}`;
}

/** Checks a time series: every row, then that dates are unique and in ascending order. */
export function checkSeries(dataset: string, rows: readonly unknown[], rules: SeriesRules): DataValidationError[] {
  const errors: DataValidationError[] = [];
  let previous: { date: string; time: number } | null = null;
  const seen = new Set<string>();
  rows.forEach((record, index) => {
    const row = rowLabel(index, record);
    const rowErrors = checkObservation(dataset, row, record, rules);
    errors.push(...rowErrors);
    if (!isRow(record) || !isIsoDate(record['date'])) return;
    const date = record['date'];
    if (seen.has(date)) {
      errors.push(new DataValidationError(dataset, row, 'date', `duplicate date ${date} in this series`));
      return;
    }
    seen.add(date);
    const time = dateToTime(date);
    if (previous && time <= previous.time) {
      errors.push(
        new DataValidationError(
          dataset,
          row,
          'date',
          `dates must be in ascending order: ${date} comes after ${previous.date}`,
        ),
      );
    }
    previous = { date, time };
  });
  return errors;
}

/** Throws all collected errors at once, or does nothing when there are none. */
export function throwIfAny(errors: readonly DataValidationError[]): void {
  if (errors.length > 0) throw new DataValidationErrors(errors);
}
