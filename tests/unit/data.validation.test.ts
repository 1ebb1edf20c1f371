/**
 * The build-time checks of the data module (src/data/validate.ts and validateDataModule in src/data/index.ts).
 *
 * Each table row is one way a contributor can break the data, with the exact message the build prints: the
 * message must name the dataset, the row and the field, so whoever broke it can find it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkObservation,
  checkSeries,
  checkSource,
  DataValidationError,
  DataValidationErrors,
  throwIfAny,
  type SeriesRules,
} from '../../src/data/validate';
import { datasets, SOURCE_IDS, sources, validateDataModule } from '../../src/data/index';
import { arrests } from '../../src/data/arrests';
import { closest } from '../../src/lib/closest';
import { causesOfDeath } from '../../src/data/deathCauses';

const counts: SeriesRules = { knownSources: new Set(['src-a', 'src-b']), integer: true };
const measures: SeriesRules = { ...counts, integer: false };
const populations: SeriesRules = { ...counts, optionalNumbers: ['ratePer100k'] };

/** A valid observation; each case below breaks one thing about it. */
function obs(date: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { date, value: 10, source: 'src-a', confidence: 'high', ...extra };
}

/** Removes one field from an observation. */
function without(field: string, record: Record<string, unknown>): Record<string, unknown> {
  const { [field]: _removed, ...rest } = record;
  return rest;
}

describe('checkSeries: each broken row is reported with dataset, row and field', () => {
  const D = 'prison-population/wpb';
  interface Case {
    problem: string;
    rows: unknown[];
    rules?: SeriesRules;
    message: string;
  }
  const cases: Case[] = [
    {
      problem: 'unknown source id',
      rows: [obs('2019'), obs('2020', { source: 'src-typo' })],
      message: `Data error in ${D}, row 2 (2020), field "source": unknown source id "src-typo" (add it to content/data/sources.yaml); closest: "src-a", "src-b"`,
    },
    {
      problem: 'duplicate date',
      rows: [obs('2019'), obs('2019')],
      message: `Data error in ${D}, row 2 (2019), field "date": duplicate date 2019 in this series`,
    },
    {
      problem: 'dates out of order',
      rows: [obs('2020'), obs('2019')],
      message: `Data error in ${D}, row 2 (2019), field "date": dates must be in ascending order: 2019 comes after 2020`,
    },
    {
      problem: 'a year before a month inside it (a year sorts at its midpoint)',
      rows: [obs('2024'), obs('2024-04')],
      message: `Data error in ${D}, row 2 (2024-04), field "date": dates must be in ascending order: 2024-04 comes after 2024`,
    },
    {
      problem: 'negative count',
      rows: [obs('2019'), obs('2020', { value: -1 })],
      message: `Data error in ${D}, row 2 (2020), field "value": must not be negative, got -1`,
    },
    {
      problem: 'negative measure (also when integers are not required)',
      rows: [obs('2020', { value: -0.5 })],
      rules: measures,
      message: `Data error in ${D}, row 1 (2020), field "value": must not be negative, got -0.5`,
    },
    {
      problem: 'non-integer count',
      rows: [obs('2019'), obs('2020', { value: 1.5 })],
      message: `Data error in ${D}, row 2 (2020), field "value": is a count and must be a whole number, got 1.5`,
    },
    {
      problem: 'value given as text',
      rows: [obs('2020', { value: '10' })],
      message: `Data error in ${D}, row 1 (2020), field "value": expected a number, got "10"`,
    },
    {
      problem: 'missing date',
      rows: [obs('2019'), without('date', obs('2020'))],
      message: `Data error in ${D}, row 2, field "date": expected YYYY, YYYY-MM or YYYY-MM-DD, missing`,
    },
    {
      problem: 'missing value',
      rows: [obs('2019'), without('value', obs('2020'))],
      message: `Data error in ${D}, row 2 (2020), field "value": expected a number, missing`,
    },
    {
      problem: 'missing source',
      rows: [obs('2019'), without('source', obs('2020'))],
      message: `Data error in ${D}, row 2 (2020), field "source": missing`,
    },
    {
      problem: 'missing confidence',
      rows: [obs('2019'), without('confidence', obs('2020'))],
      message: `Data error in ${D}, row 2 (2020), field "confidence": expected one of high, medium, low, missing`,
    },
    {
      problem: 'month 13',
      rows: [obs('2019'), obs('2024-13')],
      message: `Data error in ${D}, row 2 (2024-13), field "date": expected YYYY, YYYY-MM or YYYY-MM-DD, got "2024-13"`,
    },
    {
      problem: '30 February',
      rows: [obs('2019'), obs('2023-02-30')],
      message: `Data error in ${D}, row 2 (2023-02-30), field "date": expected YYYY, YYYY-MM or YYYY-MM-DD, got "2023-02-30"`,
    },
    {
      problem: 'date written out in words',
      rows: [obs('March 2024')],
      message: `Data error in ${D}, row 1 (March 2024), field "date": expected YYYY, YYYY-MM or YYYY-MM-DD, got "March 2024"`,
    },
    {
      problem: 'unknown confidence',
      rows: [obs('2019'), obs('2020', { confidence: 'certain' })],
      message: `Data error in ${D}, row 2 (2020), field "confidence": expected one of high, medium, low, got "certain"`,
    },
    {
      problem: 'unknown qualifier',
      rows: [obs('2019'), obs('2020', { qualifier: 'roughly' })],
      message: `Data error in ${D}, row 2 (2020), field "qualifier": expected one of exact, at-least, about, estimate, got "roughly"`,
    },
    {
      problem: 'negative optional number',
      rows: [obs('2019', { ratePer100k: 97 }), obs('2020', { ratePer100k: -1 })],
      rules: populations,
      message: `Data error in ${D}, row 2 (2020), field "ratePer100k": expected a non-negative number, got -1`,
    },
    {
      problem: 'optional number given as text',
      rows: [obs('2020', { ratePer100k: '605' })],
      rules: populations,
      message: `Data error in ${D}, row 1 (2020), field "ratePer100k": expected a non-negative number, got "605"`,
    },
    {
      problem: 'a row that is not an object',
      rows: [obs('2019'), null],
      message: `Data error in ${D}, row 2, field "(record)": expected an object, got null`,
    },
  ];

  it.each(cases)('$problem', ({ rows, rules = counts, message }) => {
    const errors = checkSeries(D, rows, rules);
    expect(errors.map((e) => e.message)).toEqual([message]);
    expect(errors[0]).toBeInstanceOf(DataValidationError);
  });

  it('keeps dataset, row and field as properties for tools that group errors', () => {
    const [error] = checkSeries(D, [obs('2019'), obs('2020', { source: 'src-typo' })], counts);
    expect(error).toMatchObject({ name: 'DataValidationError', dataset: D, row: 'row 2 (2020)', field: 'source' });
  });

  it('reports every problem of a row, not just the first', () => {
    const errors = checkSeries(D, [{ date: '2020', value: -3, source: 'nope', confidence: 'sure' }], counts);
    expect(errors.map((e) => e.field)).toEqual(['value', 'source', 'confidence']);
  });

  it('reports problems in every row of the series', () => {
    const errors = checkSeries(D, [obs('2019', { value: 1.5 }), obs('2020'), obs('2021', { source: 'nope' })], counts);
    expect(errors.map((e) => e.row)).toEqual(['row 1 (2019)', 'row 3 (2021)']);
  });

  const valid: { rules: SeriesRules; rows: unknown[]; why: string }[] = [
    { why: 'an empty series', rules: counts, rows: [] },
    {
      why: 'years, months and days in order',
      rules: counts,
      rows: [obs('2014'), obs('2024-04'), obs('2024'), obs('2025-03-15')],
    },
    { why: 'a day early in a year, then the year', rules: counts, rows: [obs('2014-01-27'), obs('2014')] },
    { why: 'a leap day', rules: counts, rows: [obs('2024-02-29')] },
    { why: 'zero', rules: counts, rows: [obs('2020', { value: 0 })] },
    { why: 'a non-integer when integers are not required', rules: measures, rows: [obs('2023', { value: 2.4 })] },
    {
      why: 'every qualifier',
      rules: counts,
      rows: ['exact', 'at-least', 'about', 'estimate'].map((q, i) => obs(`${2020 + i}`, { qualifier: q })),
    },
    {
      why: 'every confidence',
      rules: counts,
      rows: ['high', 'medium', 'low'].map((c, i) => obs(`${2020 + i}`, { confidence: c })),
    },
    { why: 'an optional number left out', rules: populations, rows: [obs('2020'), obs('2021', { ratePer100k: 605 })] },
    { why: 'a note', rules: counts, rows: [obs('2020', { note: 'Excludes about 750 juveniles.' })] },
  ];
  it.each(valid)('accepts $why', ({ rows, rules }) => {
    expect(checkSeries(D, rows, rules)).toEqual([]);
  });
});

describe('checkObservation: a single figure outside a series', () => {
  it('uses the caller’s row label', () => {
    const errors = checkObservation('cecot', 'fact "buildings"', obs('2023-03', { value: 8.5 }), counts);
    expect(errors.map((e) => e.message)).toEqual([
      'Data error in cecot, fact "buildings", field "value": is a count and must be a whole number, got 8.5',
    ]);
  });

  it('accepts a valid figure', () => {
    expect(checkObservation('cecot', 'fact "buildings"', obs('2023-03', { value: 8 }), counts)).toEqual([]);
  });
});

describe('checkSource: each broken source record is reported with its id and field', () => {
  const record = {
    publisher: 'Associated Press',
    via: 'Cristosal',
    title: 'El Salvador’s prisons',
    url: 'https://apnews.com/article/el-salvador',
    published: '2024-07-10',
    accessed: '2026-11',
    language: 'en',
  };
  const cases: { problem: string; patch: Record<string, unknown>; message: string }[] = [
    {
      problem: 'empty publisher',
      patch: { publisher: '' },
      message: 'Data error in sources, source "ap-test", field "publisher": expected a non-empty string, got ""',
    },
    {
      problem: 'blank title',
      patch: { title: '   ' },
      message: 'Data error in sources, source "ap-test", field "title": expected a non-empty string, got "   "',
    },
    {
      problem: 'missing title',
      patch: { title: undefined },
      message: 'Data error in sources, source "ap-test", field "title": expected a non-empty string, missing',
    },
    {
      problem: 'plain http URL (readers would follow it unencrypted)',
      patch: { url: 'http://seguridadyjusticia.blogspot.com/2010/02/' },
      message:
        'Data error in sources, source "ap-test", field "url": expected an absolute https URL, got "http://seguridadyjusticia.blogspot.com/2010/02/"',
    },
    {
      problem: 'malformed URL',
      patch: { url: 'apnews.com/article' },
      message:
        'Data error in sources, source "ap-test", field "url": expected an absolute https URL, got "apnews.com/article"',
    },
    {
      problem: 'non-http URL',
      patch: { url: 'ftp://example.org/report.pdf' },
      message:
        'Data error in sources, source "ap-test", field "url": expected an absolute https URL, got "ftp://example.org/report.pdf"',
    },
    {
      problem: 'javascript: URL',
      patch: { url: 'javascript:alert(1)' },
      message:
        'Data error in sources, source "ap-test", field "url": expected an absolute https URL, got "javascript:alert(1)"',
    },
    {
      problem: 'bad published date',
      patch: { published: '10 July 2024' },
      message:
        'Data error in sources, source "ap-test", field "published": expected YYYY, YYYY-MM, YYYY-MM-DD or null, got "10 July 2024"',
    },
    {
      problem: 'missing published (null must be written out)',
      patch: { published: undefined },
      message:
        'Data error in sources, source "ap-test", field "published": expected YYYY, YYYY-MM, YYYY-MM-DD or null, missing',
    },
    {
      problem: 'bad accessed date',
      patch: { accessed: '2026-11-31' },
      message:
        'Data error in sources, source "ap-test", field "accessed": expected YYYY, YYYY-MM or YYYY-MM-DD, got "2026-11-31"',
    },
    {
      problem: 'unknown language',
      patch: { language: 'de' },
      message:
        'Data error in sources, source "ap-test", field "language": expected one of en, es, fr, nl, id, got "de"',
    },
  ];

  it.each(cases)('$problem', ({ patch, message }) => {
    const errors = checkSource('ap-test', { ...record, ...patch });
    expect(errors.map((e) => e.message)).toEqual([message]);
  });

  it('rejects a record that is not an object', () => {
    expect(checkSource('ap-test', 'https://apnews.com').map((e) => e.message)).toEqual([
      'Data error in sources, source "ap-test", field "(record)": expected an object, got "https://apnews.com"',
    ]);
  });

  const valid: { why: string; patch: Record<string, unknown> }[] = [
    { why: 'a complete record', patch: {} },
    { why: 'an undated copy (published: null)', patch: { published: null } },
    { why: 'no "via"', patch: { via: undefined } },
    ...['en', 'es', 'fr', 'nl', 'id'].map((language) => ({ why: `language ${language}`, patch: { language } })),
  ];
  it.each(valid)('accepts $why', ({ patch }) => {
    expect(checkSource('ap-test', { ...record, ...patch })).toEqual([]);
  });
});

describe('throwIfAny and the error classes', () => {
  it('does nothing when there are no errors', () => {
    expect(() => throwIfAny([])).not.toThrow();
  });

  it('throws every error at once, one per line', () => {
    const errors = [
      new DataValidationError('arrests', 'row 3 (2022-11)', 'value', 'must not be negative, got -1'),
      new DataValidationError('causes-of-death/cristosal-2024', null, 'categories', 'add up to 260, not the total 261'),
    ];
    let thrown: unknown;
    try {
      throwIfAny(errors);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DataValidationErrors);
    const error = thrown as DataValidationErrors;
    expect(error.name).toBe('DataValidationErrors');
    expect(error.errors).toEqual(errors);
    expect(error.message).toBe(
      [
        'The data module has 2 error(s):',
        '  - Data error in arrests, row 3 (2022-11), field "value": must not be negative, got -1',
        '  - Data error in causes-of-death/cristosal-2024, field "categories": add up to 260, not the total 261',
      ].join('\n'),
    );
  });
});

describe('validateDataModule on the real data', () => {
  it('passes', () => {
    expect(() => validateDataModule()).not.toThrow();
  });

  it('every source record passes checkSource', () => {
    expect(Object.entries(sources).flatMap(([id, s]) => checkSource(id, s))).toEqual([]);
  });

  const rows = datasets.flatMap((ds) =>
    ds.rows.map((row, i) => ({ dataset: ds.id, row: i + 1, series: row.series, source: row.source })),
  );
  it.each(rows)('$dataset row $row ($series) cites a listed source: $source', ({ source }) => {
    expect(SOURCE_IDS).toContain(source);
  });
});

describe('validateDataModule on broken data', () => {
  afterEach(() => {
    vi.doUnmock('../../src/data/arrests');
    vi.doUnmock('../../src/data/deathCauses');
    vi.resetModules();
  });

  it('collects problems from several datasets into one error', async () => {
    vi.resetModules();
    vi.doMock('../../src/data/arrests', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../src/data/arrests')>();
      return {
        ...real,
        arrests: [real.arrests[0], { ...real.arrests[1], value: -5 }, { ...real.arrests[2], source: 'no-such-source' }],
      };
    });
    vi.doMock('../../src/data/deathCauses', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../src/data/deathCauses')>();
      const broken = real.causesOfDeath['cristosal-2024'];
      return {
        ...real,
        causesOfDeath: {
          ...real.causesOfDeath,
          'cristosal-2024': { ...broken, categories: broken.categories.slice(1) },
        },
      };
    });
    const { validateDataModule: validate } = await import('../../src/data/index');
    const { DataValidationErrors: Errors } = await import('../../src/data/validate');

    let thrown: unknown;
    try {
      validate();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Errors);
    const cristosal = causesOfDeath['cristosal-2024'];
    const withoutFirst = cristosal.total - cristosal.categories[0]!.value;
    expect((thrown as DataValidationErrors).errors.map((e) => e.message)).toEqual([
      `Data error in arrests, row 2 (${arrests[1]!.date}), field "value": must not be negative, got -5`,
      `Data error in arrests, row 3 (${arrests[2]!.date}), field "source": unknown source id "no-such-source" (add it to content/data/sources.yaml); closest: ${closest(
        'no-such-source',
        SOURCE_IDS,
      )
        .map((id) => JSON.stringify(id))
        .join(', ')}`,
      `Data error in causes-of-death/cristosal-2024, field "categories": add up to ${withoutFirst}, not the total ${cristosal.total}`,
    ]);
  });
});
