/** The deaths in custody chart's states: its place in the story, what it rejects and what it takes (../testing.ts). */
import { describe, expect, it } from 'vitest';
import { DEATH_COUNTERS, deathsInCustody, STATE_OF_EXCEPTION_START } from '../../data/deaths';
import { dateToTime } from '../../data/dates';
import { acceptsPartialStates, isChartOfTheStory, rejectsStates } from '../testing';
import spec, { LATEST_DEATHS_DATE } from './state';

isChartOfTheStory('deaths-in-custody', 3);

describe('invalid states name the chart, the key and the allowed values', () => {
  const throughAllowed = `a date (YYYY, YYYY-MM or YYYY-MM-DD) from ${STATE_OF_EXCEPTION_START} to ${LATEST_DEATHS_DATE}`;
  const counters = DEATH_COUNTERS.map((c) => JSON.stringify(c)).join(', ');
  rejectsStates('deaths-in-custody', [
    {
      problem: 'unknown counter',
      state: { counters: ['sjh', 'hrw'] },
      key: 'counters',
      message: `has unknown value "hrw"; allowed: ${counters}`,
    },
    {
      problem: 'through the day before the state of exception',
      state: { through: '2022-03-26' },
      key: 'through',
      message: `must be ${throughAllowed}; got "2022-03-26"`,
    },
    {
      problem: 'through a year before the state of exception',
      state: { through: '2021' },
      key: 'through',
      message: `must be ${throughAllowed}; got "2021"`,
    },
    {
      problem: 'through a date after the latest count',
      state: { through: '2030' },
      key: 'through',
      message: `must be ${throughAllowed}; got "2030"`,
    },
    {
      problem: 'through something that is not a date',
      state: { through: '2024-02-30' },
      key: 'through',
      message: `must be ${throughAllowed}; got "2024-02-30"`,
    },
    {
      problem: 'unknown view',
      state: { view: 'map' },
      key: 'view',
      message: 'must be one of "timeline", "causes"; got "map"',
    },
    {
      problem: 'unknown breakdown',
      state: { view: 'causes', breakdown: 'movir-2024' },
      key: 'breakdown',
      message: 'must be one of "cristosal-2024", "cristosal-first-year", "sjh-2025"; got "movir-2024"',
    },
  ]);
});

describe('valid partial states are merged over the defaults', () => {
  acceptsPartialStates('deaths-in-custody', [
    { through: STATE_OF_EXCEPTION_START },
    { through: LATEST_DEATHS_DATE },
    { through: '2024-04' },
  ]);

  it('the deaths timeline ends at the latest date any counter reached', () => {
    const lastDates = Object.values(deathsInCustody).map((s) => s.at(-1)!.date);
    for (const date of lastDates) expect(dateToTime(date)).toBeLessThanOrEqual(dateToTime(LATEST_DEATHS_DATE));
    expect(lastDates).toContain(LATEST_DEATHS_DATE);
  });
});

describe('subsetOf normalises a list to the allowed order', () => {
  it('so two spellings of the same deaths state compare equal', () => {
    expect(spec.parse({ counters: ['official', 'sjh'] })).toEqual(spec.parse({ counters: ['sjh', 'official'] }));
    expect(spec.parse({ counters: ['official', 'sjh'] }).counters).toEqual(['sjh', 'official']);
  });
});
