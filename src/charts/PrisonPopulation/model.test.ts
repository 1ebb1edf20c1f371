/**
 * Where the prison population chart breaks its lines (src/charts/PrisonPopulation/model.ts, `splitAtGaps`): a
 * line drawn across a long silence would show a rise nobody measured.
 */
import { describe, expect, it } from 'vitest';
import { splitAtGaps, populationModel } from './model';
import { prisonPopulation } from '../../data/prisonPopulation';

const at = (...xs: number[]) => xs.map((x) => ({ x }));

describe('splitAtGaps', () => {
  it('keeps a series reported every two years as one line', () => {
    expect(splitAtGaps(at(2000, 2002, 2004, 2006))).toHaveLength(1);
  });

  it('breaks a yearly series over a two-year silence', () => {
    expect(splitAtGaps(at(2010, 2011, 2012, 2014.5, 2015)).map((p) => p.length)).toEqual([3, 2]);
  });

  it('breaks two reports alone when they are 18 months or more apart, and joins them when closer', () => {
    expect(splitAtGaps(at(2020.375, 2022.96))).toHaveLength(2);
    expect(splitAtGaps(at(2020, 2021))).toHaveLength(1);
  });
});

describe('the press series', () => {
  it('is not joined across the state of exception: its reports of May 2020 and December 2022 stand apart', () => {
    expect(prisonPopulation.press.map((o) => o.date)).toEqual(['2020-05', '2022-12']);
    const model = populationModel(
      { window: [2019, 2024], series: ['press'], highlight: 'none', measure: 'count' },
      'en',
    );
    expect(model.series[0]!.segments.map((s) => s.map((p) => p.date))).toEqual([['2020-05'], ['2022-12']]);
    expect(model.gaps).toEqual([{ key: 'press', from: '2020-05', to: '2022-12' }]);
  });
});
