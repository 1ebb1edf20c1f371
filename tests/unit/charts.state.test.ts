/**
 * Chart states (src/charts/stateSchema.ts, src/charts/states.ts). A state is plain JSON that chapters, embed URLs
 * and tests write by hand; a bad one must fail with a message naming the chart, the key and what is allowed.
 * What holds for every chart is here; each chart's own states (its place in the story, the invalid states it
 * rejects with their messages, the partial states it takes) are tested in its folder, src/charts/<Chart>/state.test.ts.
 */
import { readFileSync } from 'node:fs';
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
import { chartFolders, errorFor } from '../../src/charts/testing';
import { FACT_IDS } from '../../src/data/facts';

describe('the charts', () => {
  it("are the six charts of the story, each in the place its folder's state.test.ts gives it", () => {
    expect(CHART_IDS).toHaveLength(6);
    for (const id of CHART_IDS)
      expect(readFileSync(`${chartFolders[id]}/state.test.ts`, 'utf8'), id).toContain(`isChartOfTheStory('${id}', `);
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

  it('an unknown key names the closest allowed key first (each key mistyped as a plural)', () => {
    for (const key of Object.keys(spec.schema))
      expect(errorFor(id, { [`${key}s`]: 'x' }).message, key).toMatch(new RegExp(`\\. Closest: ${key}(, |$)`));
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

describe('subsetOf normalises a list to the allowed order', () => {
  const letters = subsetOf(['a', 'b', 'c']);
  it.each([
    { input: ['c', 'a'], output: ['a', 'c'] },
    { input: ['b', 'b', 'a'], output: ['a', 'b'] },
    { input: ['a', 'b', 'c'], output: ['a', 'b', 'c'] },
  ])('$input → $output', ({ input, output }) => {
    expect(letters.parse(input)).toEqual(output);
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
  ])('"$name" → "$first" first', ({ name, candidates, first }) => {
    expect(closest(name, candidates)[0]).toBe(first);
  });

  it.each(CHART_IDS)('among the chart ids, "%s" itself and with a letter dropped → itself first', (id) => {
    expect(closest(id, CHART_IDS)[0]).toBe(id);
    const dropped = id.slice(0, -2) + id.slice(-1);
    expect(closest(dropped, CHART_IDS)[0], dropped).toBe(id);
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
