/**
 * Build-time checks of the data module, as zod schemas with messages written for whoever edits the data.
 *
 * TypeScript already rejects a missing field or an unknown source id in src/data; these checks repeat that for
 * data that arrives untyped (fixtures, future CSV imports) and add the rules a type cannot express: dates in
 * order and unique within a series, counts that are non-negative integers, URLs that parse. Every message names
 * the dataset, the row and the field, and what is allowed there, so the person who broke it can find it.
 */
import { z } from 'astro/zod';
import { closest } from '../lib/closest';
import { isIsoDate, dateToTime } from './dates';
import { CONFIDENCES } from './types';

export const QUALIFIERS = ['exact', 'at-least', 'about', 'estimate'] as const;
export const SOURCE_LANGUAGES = ['en', 'es', 'fr', 'nl', 'id'] as const;

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

/** Zod's `error` option for a field: "expected <what>, got …" (or "…, missing"). */
export const expected = (what: string) => ({
  error: (issue: { input?: unknown }) => `expected ${what}, ${describe(issue.input)}`,
});

const DATE = 'YYYY, YYYY-MM or YYYY-MM-DD';
export const isoDate = (what = DATE) => z.string(expected(what)).refine(isIsoDate, expected(what));

export interface SeriesRules {
  /** Source ids that rows may cite. */
  readonly knownSources: ReadonlySet<string>;
  /** Values are counts of people or events: whole numbers. */
  readonly integer: boolean;
  /** Extra numeric fields that, when present, must be non-negative numbers (e.g. `ratePer100k`). */
  readonly optionalNumbers?: readonly string[];
}

export const nonEmpty = z
  .string(expected('a non-empty string'))
  .refine((v) => v.trim() !== '', expected('a non-empty string'));

// https only: a reader who follows a source link should not do it in the clear.
export const httpsUrl = z.url({ protocol: /^https$/, ...expected('an absolute https URL') });

/** A source record; other fields (via, credit, notes) are free. */
const sourceRecord = z.object(
  {
    publisher: nonEmpty,
    title: nonEmpty,
    url: httpsUrl,
    published: isoDate('YYYY, YYYY-MM, YYYY-MM-DD or null').nullable(),
    accessed: isoDate(),
    language: z.enum(SOURCE_LANGUAGES, expected(`one of ${SOURCE_LANGUAGES.join(', ')}`)),
  },
  expected('an object'),
);

const observations = new WeakMap<SeriesRules, z.ZodType>();

/** One observation's own fields, in the order their errors are reported (built once per set of rules). */
function observation(rules: SeriesRules): z.ZodType {
  const known = observations.get(rules);
  if (known) return known;
  const value = z
    .number(expected('a number'))
    .min(0, { error: (issue) => `must not be negative, got ${String(issue.input)}`, abort: true });
  const sourceProblem = (issue: { input?: unknown }) =>
    issue.input === undefined
      ? 'missing'
      : `unknown source id ${JSON.stringify(issue.input)} (add it to content/data/sources.yaml); closest: ${closest(
          String(issue.input),
          [...rules.knownSources],
        )
          .map((id) => JSON.stringify(id))
          .join(', ')}`;
  const schema = z.object(
    {
      date: isoDate(),
      value: rules.integer
        ? value.int({ error: (issue) => `is a count and must be a whole number, got ${String(issue.input)}` })
        : value,
      ...Object.fromEntries(
        (rules.optionalNumbers ?? []).map((field) => [
          field,
          z.number(expected('a non-negative number')).min(0, expected('a non-negative number')).optional(),
        ]),
      ),
      source: z.string({ error: sourceProblem }).refine((id) => rules.knownSources.has(id), { error: sourceProblem }),
      confidence: z.enum(CONFIDENCES, expected(`one of ${CONFIDENCES.join(', ')}`)),
      qualifier: z.enum(QUALIFIERS, expected(`one of ${QUALIFIERS.join(', ')}`)).optional(),
    },
    expected('an object'),
  );
  observations.set(rules, schema);
  return schema;
}

/** Every problem zod found, as errors naming the dataset, row and field. */
function errorsOf(dataset: string, row: string, result: z.ZodSafeParseResult<unknown>): DataValidationError[] {
  return (result.error?.issues ?? []).map(
    (issue) => new DataValidationError(dataset, row, String(issue.path[0] ?? '(record)'), issue.message),
  );
}

/** Checks one source record. */
export function checkSource(id: string, record: unknown): DataValidationError[] {
  return errorsOf('sources', `source "${id}"`, sourceRecord.safeParse(record));
}

/** Checks one observation's own fields (not its order among others). */
export function checkObservation(
  dataset: string,
  row: string,
  record: unknown,
  rules: SeriesRules,
): DataValidationError[] {
  return errorsOf(dataset, row, observation(rules).safeParse(record));
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
