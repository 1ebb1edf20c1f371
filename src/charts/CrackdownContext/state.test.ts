/** The crackdown context chart's states: its place in the story, what it rejects and what it takes (../testing.ts). */
import { describe, expect, it } from 'vitest';
import { acceptsPartialStates, errorFor, isChartOfTheStory, rejectsStates } from '../testing';
import { CONTEXT_FIRST_YEAR, CONTEXT_LAST_YEAR } from './state';

isChartOfTheStory('crackdown-context', 4);

describe('invalid states name the chart, the key and the allowed values', () => {
  rejectsStates('crackdown-context', [
    {
      problem: 'years before the first year',
      state: { years: [CONTEXT_FIRST_YEAR - 1, 2020] },
      key: 'years',
      message: `must be [from, to] with whole years from ${CONTEXT_FIRST_YEAR} to ${CONTEXT_LAST_YEAR}, from < to; got [${CONTEXT_FIRST_YEAR - 1},2020]`,
    },
    {
      problem: 'three years',
      state: { years: [2015, 2020, 2025] },
      key: 'years',
      message: `must be [from, to] with whole years from ${CONTEXT_FIRST_YEAR} to ${CONTEXT_LAST_YEAR}, from < to; got [2015,2020,2025]`,
    },
    {
      problem: 'unknown measure',
      state: { measure: 'deaths' },
      key: 'measure',
      message: 'must be one of "arrests", "homicides", "both"; got "deaths"',
    },
  ]);

  it('an unknown key names the closest allowed key first', () => {
    expect(errorFor('crackdown-context', { measures: 'arrests' }).message).toMatch(/\. Closest: measure,/);
  });
});

describe('valid partial states are merged over the defaults', () => {
  acceptsPartialStates('crackdown-context', [{ years: [2022, 2023] }]);
});
