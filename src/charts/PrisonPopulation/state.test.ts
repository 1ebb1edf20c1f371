/** The prison population chart's states: its place in the story, what it rejects and what it takes (../testing.ts). */
import { describe } from 'vitest';
import { acceptsPartialStates, isChartOfTheStory, rejectsStates } from '../testing';
import { FIRST_YEAR, LAST_YEAR } from './state';

isChartOfTheStory('prison-population', 1);

describe('invalid states name the chart, the key and the allowed values', () => {
  const populationYears = `[from, to] with whole years from ${FIRST_YEAR} to ${LAST_YEAR}, from < to`;
  rejectsStates('prison-population', [
    {
      problem: 'window starts before the first year',
      state: { window: [FIRST_YEAR - 1, 2000] },
      key: 'window',
      message: `must be ${populationYears}; got [${FIRST_YEAR - 1},2000]`,
    },
    {
      problem: 'window ends after the last year',
      state: { window: [2000, LAST_YEAR + 1] },
      key: 'window',
      message: `must be ${populationYears}; got [2000,${LAST_YEAR + 1}]`,
    },
    {
      problem: 'window reversed',
      state: { window: [2019, 2004] },
      key: 'window',
      message: `must be ${populationYears}; got [2019,2004]`,
    },
    {
      problem: 'window of zero length',
      state: { window: [2010, 2010] },
      key: 'window',
      message: `must be ${populationYears}; got [2010,2010]`,
    },
    {
      problem: 'window with a fraction of a year',
      state: { window: [1992.5, 2010] },
      key: 'window',
      message: `must be ${populationYears}; got [1992.5,2010]`,
    },
    {
      problem: 'window as text',
      state: { window: '1992-2019' },
      key: 'window',
      message: `must be ${populationYears}; got "1992-2019"`,
    },
    {
      problem: 'unknown series',
      state: { series: ['wpb', 'guesswork'] },
      key: 'series',
      message:
        'has unknown value "guesswork"; allowed: "wpb", "government", "civil-society", "census", "press", "capacity"',
    },
    {
      problem: 'no series',
      state: { series: [] },
      key: 'series',
      message: 'needs at least 1 value(s) from "wpb", "government", "civil-society", "census", "press", "capacity"',
    },
    {
      problem: 'series not a list',
      state: { series: 'wpb' },
      key: 'series',
      message: 'must be a list of "wpb", "government", "civil-society", "census", "press", "capacity"; got "wpb"',
    },
    {
      problem: 'unknown highlight',
      state: { highlight: 'everything' },
      key: 'highlight',
      message: 'must be one of "none", "state-of-exception", "cecot-opens", "overcrowding"; got "everything"',
    },
    {
      problem: 'unknown measure',
      state: { measure: 'percent' },
      key: 'measure',
      message: 'must be one of "count", "rate"; got "percent"',
    },
  ]);
});

describe('valid partial states are merged over the defaults', () => {
  acceptsPartialStates('prison-population', [{ measure: 'rate' }, { window: [FIRST_YEAR, LAST_YEAR] }]);
});
