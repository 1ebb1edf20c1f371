/** The CECOT cell chart's states: its place in the story, what it rejects and what it takes (../testing.ts). */
import { describe, expect, it } from 'vitest';
import { peoplePerCell } from '../../data/cecot';
import { acceptsPartialStates, isChartOfTheStory, rejectsStates } from '../testing';
import { OCCUPANT_COUNTS } from './state';

isChartOfTheStory('cecot-cell', 2);

describe('invalid states name the chart, the key and the allowed values', () => {
  rejectsStates('cecot-cell', [
    {
      problem: 'occupants no source reported (73)',
      state: { occupants: 73 },
      key: 'occupants',
      message: `must be one of ${OCCUPANT_COUNTS.join(', ')}; got 73`,
    },
    {
      problem: 'occupants written as text',
      state: { occupants: '80' },
      key: 'occupants',
      message: `must be one of ${OCCUPANT_COUNTS.join(', ')}; got "80"`,
    },
    {
      problem: 'unknown standard',
      state: { standard: 'un' },
      key: 'standard',
      message: 'must be one of "none", "icrc", "cpt"; got "un"',
    },
    {
      problem: 'unknown scale',
      state: { scale: 'building' },
      key: 'scale',
      message: 'must be one of "cell", "prison"; got "building"',
    },
  ]);
});

describe('valid partial states are merged over the defaults', () => {
  acceptsPartialStates('cecot-cell', [{ occupants: 0 }, { occupants: 100, standard: 'cpt', scale: 'prison' }]);

  it('cecot-cell offers 0 and both ends of every reported people-per-cell range', () => {
    const reported = peoplePerCell.flatMap((c) => [c.min, c.max]);
    expect(OCCUPANT_COUNTS[0]).toBe(0);
    expect(new Set(OCCUPANT_COUNTS.slice(1))).toEqual(new Set(reported));
    expect([...OCCUPANT_COUNTS].sort((a, b) => a - b)).toEqual(OCCUPANT_COUNTS);
    expect(new Set(OCCUPANT_COUNTS).size).toBe(OCCUPANT_COUNTS.length);
  });
});
