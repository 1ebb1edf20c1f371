/**
 * Chart states (src/charts/stateSchema.ts, src/charts/states.ts). A state is plain JSON that chapters, embed URLs
 * and tests write by hand; a bad one must fail with a message naming the chart, the key and what is allowed.
 */
import { describe, expect, it } from 'vitest';
import {
  ChartStateError,
  dateBetween,
  defineChartState,
  oneOf,
  subsetOf,
  yearRange,
} from '../../src/charts/stateSchema';
import { closest } from '../../src/lib/closest';
import { CHART_IDS, chartStates, isChartId } from '../../src/charts/states';
import { FIRST_YEAR, LAST_YEAR } from '../../src/charts/PrisonPopulation/state';
import { OCCUPANT_COUNTS } from '../../src/charts/CecotCell/state';
import { LATEST_DEATHS_DATE } from '../../src/charts/DeathsInCustody/state';
import { CONTEXT_FIRST_YEAR, CONTEXT_LAST_YEAR } from '../../src/charts/CrackdownContext/state';
import { peoplePerCell } from '../../src/data/cecot';
import { DEATH_COUNTERS, deathsInCustody, STATE_OF_EXCEPTION_START } from '../../src/data/deaths';
import { dateToTime } from '../../src/data/dates';
import { FACT_IDS } from '../../src/data/facts';

/** Parses a state for a chart, returning the error it throws (or failing the test if it does not throw). */
function errorFor(chart: string, state: unknown): ChartStateError {
  const spec = chartStates[chart as keyof typeof chartStates];
  try {
    spec.parse(state);
  } catch (e) {
    return e as ChartStateError;
  }
  throw new Error(`expected ${JSON.stringify(state)} to be rejected by ${chart}`);
}

describe('the charts', () => {
  it('are the four charts of the story', () => {
    expect(CHART_IDS).toEqual([
      'prison-population',
      'cecot-cell',
      'deaths-in-custody',
      'crackdown-context',
      'world-comparison',
      'timeline',
    ]);
  });

  it.each(CHART_IDS)('%s knows its own id', (id) => {
    expect(chartStates[id].chart).toBe(id);
    expect(isChartId(id)).toBe(true);
  });

  it.each(['prison', 'Prison-Population', '', 42, undefined])('isChartId(%j) is false', (value) => {
    expect(isChartId(value)).toBe(false);
  });
});

describe.each(CHART_IDS)('chart %s', (id) => {
  const spec = chartStates[id];

  it('its defaults are a valid state', () => {
    expect(spec.parse(spec.defaults)).toEqual(spec.defaults);
  });

  it.each([undefined, null])('parse(%s) returns a copy of the defaults', (input) => {
    const state = spec.parse(input);
    expect(state).toEqual(spec.defaults);
    expect(state).not.toBe(spec.defaults);
  });

  it('parse({}) returns the defaults', () => {
    expect(spec.parse({})).toEqual(spec.defaults);
  });

  it('has at least one named view, each in kebab-case', () => {
    const names = Object.keys(spec.views);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(Object.entries(spec.views))('view "%s" is a full, valid state', (_, view) => {
    expect(spec.parse(view)).toEqual(view);
    expect(Object.keys(view).sort()).toEqual(Object.keys(spec.schema).sort());
  });

  it('an unknown key is rejected with every allowed key and its values', () => {
    const error = errorFor(id, { colour: 'red' });
    expect(error).toBeInstanceOf(ChartStateError);
    expect(error).toMatchObject({ name: 'ChartStateError', chart: id, key: 'colour' });
    expect(error.message).toMatch(
      new RegExp(`^Invalid state for chart "${id}": "colour" is not a state key; allowed keys: `),
    );
    for (const [key, field] of Object.entries(spec.schema) as [string, { allowed: string }][]) {
      expect(error.message).toContain(`${key} (${field.allowed})`);
    }
    expect(error.message).toMatch(/\. Closest: \w+/);
  });

  it('an unknown key names the closest allowed key first', () => {
    expect(errorFor('crackdown-context', { measures: 'arrests' }).message).toMatch(/\. Closest: measure,/);
  });

  it.each(['overview', 42, true, [], [{ measure: 'count' }]])(
    'a state that is not an object (%j) is rejected',
    (state) => {
      const error = errorFor(id, state);
      expect(error).toMatchObject({ chart: id, key: '' });
      expect(error.message).toBe(
        `Invalid state for chart "${id}": must be an object with keys ${Object.keys(spec.schema).join(', ')}; got ${JSON.stringify(state)}`,
      );
    },
  );
});

describe('invalid states name the chart, the key and the allowed values', () => {
  const populationYears = `[from, to] with whole years from ${FIRST_YEAR} to ${LAST_YEAR}, from < to`;
  const throughAllowed = `a date (YYYY, YYYY-MM or YYYY-MM-DD) from ${STATE_OF_EXCEPTION_START} to ${LATEST_DEATHS_DATE}`;
  const counters = DEATH_COUNTERS.map((c) => JSON.stringify(c)).join(', ');
  const cases: { chart: string; problem: string; state: object; key: string; message: string }[] = [
    {
      chart: 'prison-population',
      problem: 'window starts before the first year',
      state: { window: [FIRST_YEAR - 1, 2000] },
      key: 'window',
      message: `must be ${populationYears}; got [${FIRST_YEAR - 1},2000]`,
    },
    {
      chart: 'prison-population',
      problem: 'window ends after the last year',
      state: { window: [2000, LAST_YEAR + 1] },
      key: 'window',
      message: `must be ${populationYears}; got [2000,${LAST_YEAR + 1}]`,
    },
    {
      chart: 'prison-population',
      problem: 'window reversed',
      state: { window: [2019, 2004] },
      key: 'window',
      message: `must be ${populationYears}; got [2019,2004]`,
    },
    {
      chart: 'prison-population',
      problem: 'window of zero length',
      state: { window: [2010, 2010] },
      key: 'window',
      message: `must be ${populationYears}; got [2010,2010]`,
    },
    {
      chart: 'prison-population',
      problem: 'window with a fraction of a year',
      state: { window: [1992.5, 2010] },
      key: 'window',
      message: `must be ${populationYears}; got [1992.5,2010]`,
    },
    {
      chart: 'prison-population',
      problem: 'window as text',
      state: { window: '1992-2019' },
      key: 'window',
      message: `must be ${populationYears}; got "1992-2019"`,
    },
    {
      chart: 'prison-population',
      problem: 'unknown series',
      state: { series: ['wpb', 'guesswork'] },
      key: 'series',
      message:
        'has unknown value "guesswork"; allowed: "wpb", "government", "civil-society", "census", "press", "capacity"',
    },
    {
      chart: 'prison-population',
      problem: 'no series',
      state: { series: [] },
      key: 'series',
      message: 'needs at least 1 value(s) from "wpb", "government", "civil-society", "census", "press", "capacity"',
    },
    {
      chart: 'prison-population',
      problem: 'series not a list',
      state: { series: 'wpb' },
      key: 'series',
      message: 'must be a list of "wpb", "government", "civil-society", "census", "press", "capacity"; got "wpb"',
    },
    {
      chart: 'prison-population',
      problem: 'unknown highlight',
      state: { highlight: 'everything' },
      key: 'highlight',
      message: 'must be one of "none", "state-of-exception", "cecot-opens", "overcrowding"; got "everything"',
    },
    {
      chart: 'prison-population',
      problem: 'unknown measure',
      state: { measure: 'percent' },
      key: 'measure',
      message: 'must be one of "count", "rate"; got "percent"',
    },
    {
      chart: 'cecot-cell',
      problem: 'occupants no source reported (73)',
      state: { occupants: 73 },
      key: 'occupants',
      message: `must be one of ${OCCUPANT_COUNTS.join(', ')}; got 73`,
    },
    {
      chart: 'cecot-cell',
      problem: 'occupants written as text',
      state: { occupants: '80' },
      key: 'occupants',
      message: `must be one of ${OCCUPANT_COUNTS.join(', ')}; got "80"`,
    },
    {
      chart: 'cecot-cell',
      problem: 'unknown standard',
      state: { standard: 'un' },
      key: 'standard',
      message: 'must be one of "none", "icrc", "cpt"; got "un"',
    },
    {
      chart: 'cecot-cell',
      problem: 'unknown scale',
      state: { scale: 'building' },
      key: 'scale',
      message: 'must be one of "cell", "prison"; got "building"',
    },
    {
      chart: 'deaths-in-custody',
      problem: 'unknown counter',
      state: { counters: ['sjh', 'hrw'] },
      key: 'counters',
      message: `has unknown value "hrw"; allowed: ${counters}`,
    },
    {
      chart: 'deaths-in-custody',
      problem: 'through the day before the state of exception',
      state: { through: '2022-03-26' },
      key: 'through',
      message: `must be ${throughAllowed}; got "2022-03-26"`,
    },
    {
      chart: 'deaths-in-custody',
      problem: 'through a year before the state of exception',
      state: { through: '2021' },
      key: 'through',
      message: `must be ${throughAllowed}; got "2021"`,
    },
    {
      chart: 'deaths-in-custody',
      problem: 'through a date after the latest count',
      state: { through: '2030' },
      key: 'through',
      message: `must be ${throughAllowed}; got "2030"`,
    },
    {
      chart: 'deaths-in-custody',
      problem: 'through something that is not a date',
      state: { through: '2024-02-30' },
      key: 'through',
      message: `must be ${throughAllowed}; got "2024-02-30"`,
    },
    {
      chart: 'deaths-in-custody',
      problem: 'unknown view',
      state: { view: 'map' },
      key: 'view',
      message: 'must be one of "timeline", "causes"; got "map"',
    },
    {
      chart: 'deaths-in-custody',
      problem: 'unknown breakdown',
      state: { view: 'causes', breakdown: 'movir-2024' },
      key: 'breakdown',
      message: 'must be one of "cristosal-2024", "cristosal-first-year", "sjh-2025"; got "movir-2024"',
    },
    {
      chart: 'crackdown-context',
      problem: 'years before the first year',
      state: { years: [CONTEXT_FIRST_YEAR - 1, 2020] },
      key: 'years',
      message: `must be [from, to] with whole years from ${CONTEXT_FIRST_YEAR} to ${CONTEXT_LAST_YEAR}, from < to; got [${CONTEXT_FIRST_YEAR - 1},2020]`,
    },
    {
      chart: 'crackdown-context',
      problem: 'three years',
      state: { years: [2015, 2020, 2025] },
      key: 'years',
      message: `must be [from, to] with whole years from ${CONTEXT_FIRST_YEAR} to ${CONTEXT_LAST_YEAR}, from < to; got [2015,2020,2025]`,
    },
    {
      chart: 'crackdown-context',
      problem: 'unknown measure',
      state: { measure: 'deaths' },
      key: 'measure',
      message: 'must be one of "arrests", "homicides", "both"; got "deaths"',
    },
  ];

  it.each(cases)('$chart: $problem', ({ chart, state, key, message }) => {
    const error = errorFor(chart, state);
    expect(error).toBeInstanceOf(ChartStateError);
    expect(error).toMatchObject({ chart, key, problem: message });
    expect(error.message).toBe(`Invalid state for chart "${chart}": "${key}" ${message}`);
  });
});

describe('valid partial states are merged over the defaults', () => {
  it.each([
    { chart: 'prison-population', state: { measure: 'rate' } },
    { chart: 'prison-population', state: { window: [FIRST_YEAR, LAST_YEAR] } },
    { chart: 'cecot-cell', state: { occupants: 0 } },
    { chart: 'cecot-cell', state: { occupants: 100, standard: 'cpt', scale: 'prison' } },
    { chart: 'deaths-in-custody', state: { through: STATE_OF_EXCEPTION_START } },
    { chart: 'deaths-in-custody', state: { through: LATEST_DEATHS_DATE } },
    { chart: 'deaths-in-custody', state: { through: '2024-04' } },
    { chart: 'crackdown-context', state: { years: [2022, 2023] } },
  ] as const)('$chart accepts $state', ({ chart, state }) => {
    const spec = chartStates[chart];
    expect(spec.parse(state)).toEqual({ ...spec.defaults, ...state });
  });

  it('cecot-cell offers 0 and both ends of every reported people-per-cell range', () => {
    const reported = peoplePerCell.flatMap((c) => [c.min, c.max]);
    expect(OCCUPANT_COUNTS[0]).toBe(0);
    expect(new Set(OCCUPANT_COUNTS.slice(1))).toEqual(new Set(reported));
    expect([...OCCUPANT_COUNTS].sort((a, b) => a - b)).toEqual(OCCUPANT_COUNTS);
    expect(new Set(OCCUPANT_COUNTS).size).toBe(OCCUPANT_COUNTS.length);
  });

  it('the deaths timeline ends at the latest date any counter reached', () => {
    const lastDates = Object.values(deathsInCustody).map((s) => s.at(-1)!.date);
    for (const date of lastDates) expect(dateToTime(date)).toBeLessThanOrEqual(dateToTime(LATEST_DEATHS_DATE));
    expect(lastDates).toContain(LATEST_DEATHS_DATE);
  });
});

describe('subsetOf normalises a list to the allowed order', () => {
  const letters = subsetOf(['a', 'b', 'c']);
  it.each([
    { input: ['c', 'a'], output: ['a', 'c'] },
    { input: ['b', 'b', 'a'], output: ['a', 'b'] },
    { input: ['a', 'b', 'c'], output: ['a', 'b', 'c'] },
  ])('$input → $output', ({ input, output }) => {
    expect(letters.parse(input)).toEqual(output);
  });

  it('so two spellings of the same deaths state compare equal', () => {
    const spec = chartStates['deaths-in-custody'];
    expect(spec.parse({ counters: ['official', 'sjh'] })).toEqual(spec.parse({ counters: ['sjh', 'official'] }));
    expect(spec.parse({ counters: ['official', 'sjh'] }).counters).toEqual(['sjh', 'official']);
  });

  it('allows an empty list when min is 0', () => {
    const optional = subsetOf(['a', 'b'], { min: 0 });
    expect(optional.parse([])).toEqual([]);
    expect(optional.allowed).toBe('a list of "a", "b"');
    expect(letters.allowed).toBe('a list of at least 1 of "a", "b", "c"');
  });
});

describe('the field parsers on their own', () => {
  it('oneOf lists the values as JSON', () => {
    const f = oneOf([0, 65, 'none']);
    expect(f.allowed).toBe('one of 0, 65, "none"');
    expect(f.parse(65)).toBe(65);
    expect(() => f.parse('65')).toThrow('must be one of 0, 65, "none"; got "65"');
    expect(() => f.parse(undefined)).toThrow('must be one of 0, 65, "none"; got undefined');
  });

  it('yearRange returns a fresh [from, to] pair', () => {
    const f = yearRange(2000, 2010);
    const input = [2001, 2009];
    const output = f.parse(input);
    expect(output).toEqual([2001, 2009]);
    expect(output).not.toBe(input);
  });

  it('dateBetween compares dates by the midpoint of their period', () => {
    const f = dateBetween('2022-03-27', '2024-12-31');
    expect(f.parse('2022-03-27')).toBe('2022-03-27');
    expect(f.parse('2022-04')).toBe('2022-04');
    expect(() => f.parse('2022-03')).toThrow('got "2022-03"'); // mid-March is before the 27th
    expect(() => f.parse('2024')).not.toThrow();
    expect(() => f.parse(20240101)).toThrow('got 20240101');
  });
});

describe('defineChartState checks its own views when the module loads', () => {
  type Demo = { size: 'small' | 'large' };
  const schema = { size: oneOf(['small', 'large'] as const) };
  it('rejects a view name that is not kebab-case', () => {
    expect(() => defineChartState<Demo>('demo', schema, { size: 'small' }, { BigView: { size: 'large' } })).toThrow(
      'View name "BigView" of chart "demo" must be kebab-case',
    );
  });

  it('rejects an invalid view', () => {
    expect(() =>
      defineChartState<Demo>('demo', schema, { size: 'small' }, { huge: { size: 'huge' as 'large' } }),
    ).toThrow('Invalid state for chart "demo": "size" must be one of "small", "large"; got "huge"');
  });

  it('rejects invalid defaults', () => {
    expect(() => defineChartState<Demo>('demo', schema, { size: 'medium' as 'small' }, {})).toThrow(ChartStateError);
  });

  it('fills views in from the defaults', () => {
    const spec = defineChartState(
      'demo',
      { ...schema, shape: oneOf(['round', 'square'] as const) },
      { size: 'small', shape: 'round' },
      {
        big: { size: 'large' },
      },
    );
    expect(spec.views).toEqual({ big: { size: 'large', shape: 'round' } });
  });
});

describe('closest: suggestions for a mistyped name', () => {
  it.each([
    { name: 'cecot-cels', candidates: FACT_IDS as readonly string[], first: 'cecot-cells' },
    { name: 'men-sent-to-cecott', candidates: FACT_IDS, first: 'men-sent-to-cecot' },
    { name: 'prison-populaton', candidates: CHART_IDS, first: 'prison-population' },
    { name: 'deaths-in-custody', candidates: CHART_IDS, first: 'deaths-in-custody' },
  ])('"$name" → "$first" first', ({ name, candidates, first }) => {
    expect(closest(name, candidates)[0]).toBe(first);
  });

  it('gives three suggestions by default, or as many as asked for', () => {
    expect(closest('x', FACT_IDS)).toHaveLength(3);
    expect(closest('x', FACT_IDS, 5)).toHaveLength(5);
    expect(closest('x', ['a'], 3)).toEqual(['a']);
  });

  it('does not reorder the list it is given', () => {
    const candidates = ['zeta', 'alpha', 'beta'];
    closest('alpha', candidates);
    expect(candidates).toEqual(['zeta', 'alpha', 'beta']);
  });
});
