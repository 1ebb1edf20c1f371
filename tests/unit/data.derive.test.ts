/**
 * Figures computed in src/data/derive.ts. Inputs come from the data module; a few results are pinned to the
 * research dossier because they are the story's spec: 8 × 32 = 256 cells, 238 + 23 = 261 men, 100 m² shared by
 * 80 people = 1.25 m² each. Every derived figure is `low` confidence, keeps its inputs' sources and shows its
 * arithmetic.
 */
import { describe, expect, it } from 'vitest';
import * as d from '../../src/data/derive';
import type { SourceId } from '../../src/data/sources';
import { SOURCE_IDS } from '../../src/data/sources';
import { cecot } from '../../src/data/cecot';
import { transfer } from '../../src/data/transfer';
import { prisonPopulation } from '../../src/data/prisonPopulation';
import { baselineDeaths, deathsInCustody, DEATH_COUNTERS, STATE_OF_EXCEPTION_START } from '../../src/data/deaths';
import type { Observation } from '../../src/data/types';

const input = (value: number, source: SourceId = 'ap-cecot-2023-03') => ({ value, source });
const death = (
  date: Observation<SourceId>['date'],
  value: number,
  source: SourceId = 'edh-sjh-2023',
): Observation<SourceId> => ({
  date,
  value,
  source,
  confidence: 'high',
});

describe('growth (relative change)', () => {
  const ministry2022 = prisonPopulation.government.find((o) => o.date === '2022-03')!;
  const cristosal2024 = prisonPopulation['civil-society'].find((o) => o.date === '2024-04')!;
  const cases = [
    { why: 'half as much again', from: input(100), to: input(150), value: 0.5, formula: '150 / 100 - 1' },
    { why: 'a fall', from: input(200), to: input(150), value: -0.25, formula: '150 / 200 - 1' },
    { why: 'no change', from: input(7), to: input(7), value: 0, formula: '7 / 7 - 1' },
    {
      why: 'prisoners before the state of exception to April 2024',
      from: ministry2022,
      to: cristosal2024,
      value: cristosal2024.value / ministry2022.value - 1,
      formula: `${cristosal2024.value.toLocaleString('en-US')} / ${ministry2022.value.toLocaleString('en-US')} - 1`,
    },
  ];
  it.each(cases)('$why', ({ from, to, value, formula }) => {
    const g = d.growth(from, to);
    expect(g.value).toBeCloseTo(value, 12);
    expect(g.formula).toBe(formula);
    expect(g.confidence).toBe('low');
  });

  it('writes the prison-population growth with thousands separators, as the dossier does', () => {
    expect(d.growth(input(39538), input(109519)).formula).toBe('109,519 / 39,538 - 1');
  });

  it('cites both inputs, once each', () => {
    expect(d.growth(input(1, 'wpb-trend-2014'), input(2, 'wpb-trend-2022')).sources).toEqual([
      'wpb-trend-2014',
      'wpb-trend-2022',
    ]);
    expect(d.growth(input(1, 'wpb-trend-2022'), input(2, 'wpb-trend-2022')).sources).toEqual(['wpb-trend-2022']);
  });

  it('cites every source of an input that was itself worked out here', () => {
    const rate = d.ratePer100k(input(107055, 'elmundo-2026-censo'), input(6029976, 'eyn-2024-10-29'));
    expect(d.growth(input(610, 'esnow-2022-05-10'), rate).sources).toEqual([
      'esnow-2022-05-10',
      'elmundo-2026-censo',
      'eyn-2024-10-29',
    ]);
  });

  it('refuses to grow from zero', () => {
    expect(() => d.growth(input(0), input(5))).toThrow('Cannot compute growth from zero');
  });
});

describe('occupancy (prisoners per place)', () => {
  it.each([
    { population: 150, capacity: 100, value: 1.5, formula: '150 / 100' },
    { population: 97312, capacity: 27280, value: 97312 / 27280, formula: '97,312 / 27,280' },
  ])('$population people in $capacity places', ({ population, capacity, value, formula }) => {
    const o = d.occupancy(input(population), input(capacity));
    expect(o.value).toBeCloseTo(value, 12);
    expect(o.formula).toBe(formula);
  });

  it.each([0, -10])('refuses a capacity of %d', (capacity) => {
    expect(() => d.occupancy(input(100), input(capacity))).toThrow('Capacity must be positive to compute occupancy');
  });

  it('refuses a result that is not a finite number', () => {
    expect(() => d.occupancy(input(Number.POSITIVE_INFINITY), input(1))).toThrow(
      'Derived figure is not a finite number: ∞ / 1',
    );
  });
});

describe('ratePer100k (prisoners per 100,000 residents)', () => {
  it.each([
    {
      why: 'the 2024 census',
      prisoners: 107055,
      population: 6029976,
      value: 1775,
      formula: '107,055 / 6,029,976 × 100,000',
    },
    { why: 'rounded up from .5', prisoners: 1, population: 200000, value: 1, formula: '1 / 200,000 × 100,000' },
    { why: 'rounded down below .5', prisoners: 3, population: 700000, value: 0, formula: '3 / 700,000 × 100,000' },
  ])('$why', ({ prisoners, population, value, formula }) => {
    const r = d.ratePer100k(input(prisoners, 'elmundo-2026-censo'), input(population, 'eyn-2024-10-29'));
    expect(r.value).toBe(value);
    expect(r.formula).toBe(formula);
    expect(r.sources).toEqual(['elmundo-2026-censo', 'eyn-2024-10-29']);
    expect(r.confidence).toBe('low');
  });

  it.each([0, -1])('refuses a population of %d', (population) => {
    expect(() => d.ratePer100k(input(5), input(population))).toThrow('Population must be positive to compute a rate');
  });
});

describe('ratio (how many times as high)', () => {
  it.each([
    { value: 1775, of: 629, formula: '1,775 / 629' },
    { value: 300, of: 600, formula: '300 / 600' },
  ])('$value against $of', ({ value, of, formula }) => {
    const r = d.ratio(input(value, 'elmundo-2026-censo'), input(of, 'wpb-trend-2022'));
    expect(r.value).toBeCloseTo(value / of, 12);
    expect(r.formula).toBe(formula);
    expect(r.sources).toEqual(['elmundo-2026-censo', 'wpb-trend-2022']);
  });

  it.each([0, -1])('refuses to compare with %d', (of) => {
    expect(() => d.ratio(input(5), input(of))).toThrow('Cannot compare with zero or less');
  });
});

describe('floorAreaPerPerson', () => {
  it.each([
    { area: 100, people: 80, value: 1.25, formula: '100 m² / 80 people' },
    { area: 100, people: 100, value: 1, formula: '100 m² / 100 people' },
    { area: 100, people: 65, value: 100 / 65, formula: '100 m² / 65 people' },
    { area: 25600, people: 40000, value: 0.64, formula: '25,600 m² / 40,000 people' },
  ])('$area m² shared by $people people', ({ area, people, value, formula }) => {
    const f = d.floorAreaPerPerson(input(area), input(people, 'cnn-2025-03-17'));
    expect(f.value).toBeCloseTo(value, 12);
    expect(f.formula).toBe(formula);
    expect(f.sources).toEqual(['ap-cecot-2023-03', 'cnn-2025-03-17']);
    expect(f.confidence).toBe('low');
  });

  it.each([0, -1])('refuses %d people', (people) => {
    expect(() => d.floorAreaPerPerson(input(100), input(people))).toThrow(
      'People must be positive to compute floor area per person',
    );
  });
});

describe('latest', () => {
  it('returns the last observation of a series', () => {
    expect(d.latest(deathsInCustody.sjh)).toBe(deathsInCustody.sjh[deathsInCustody.sjh.length - 1]);
  });

  it('fails on an empty series', () => {
    expect(() => d.latest([])).toThrow('Series is empty');
  });
});

describe('deathsPerMonth (from the start of the state of exception)', () => {
  it('starts on 27 March 2022', () => {
    expect(STATE_OF_EXCEPTION_START).toBe('2022-03-27');
  });

  it.each([
    { why: '120 deaths in the first year', series: [death('2023-03-27', 120)], from: undefined, perMonth: 10 },
    {
      why: 'only the latest figure counts',
      series: [death('2022-09-27', 5), death('2023-03-27', 60)],
      from: undefined,
      perMonth: 5,
    },
    { why: 'from a later start', series: [death('2024-03-27', 24)], from: '2023-03-27' as const, perMonth: 2 },
  ])('$why', ({ series, from, perMonth }) => {
    const r = d.deathsPerMonth(series, from);
    // Months are average-length months (365.2425 / 12 days), so a calendar year is 11.99 of them.
    expect(r.value).toBeCloseTo(perMonth, 1);
    expect(r.sources).toEqual([series.at(-1)!.source]);
    expect(r.confidence).toBe('low');
  });

  it('shows the count, the months and both dates in its formula', () => {
    expect(d.deathsPerMonth([death('2023-03-27', 120)]).formula).toBe(
      '120 deaths / 11.99 months (2022-03-27 to 2023-03-27)',
    );
  });

  it.each([
    { last: '2022-03-27' as const, message: 'No time between 2022-03-27 and 2022-03-27' },
    { last: '2022-03' as const, message: 'No time between 2022-03-27 and 2022-03' },
  ])('fails when the latest figure ($last) is not after the start', ({ last, message }) => {
    expect(() => d.deathsPerMonth([death(last, 3)])).toThrow(message);
  });

  it.each(DEATH_COUNTERS)('deathsPerMonthBy("%s") uses that counter’s series', (counter) => {
    expect(d.deathsPerMonthBy(counter)).toEqual(d.deathsPerMonth(deathsInCustody[counter]));
    expect(d.deathsPerMonthBy(counter).sources).toEqual([d.latest(deathsInCustody[counter]).source]);
  });
});

describe('baselineDeathsPerMonth (before the crackdown)', () => {
  const b = d.baselineDeathsPerMonth();
  it('counts January 2013 to February 2021 as 98 whole months, both ends included', () => {
    expect(baselineDeaths.from).toBe('2013-01');
    expect(baselineDeaths.to).toBe('2021-02');
    // The value divides by average-length months (97.97 of them), so it matches 850 / 98 to two decimals; the
    // story prints one.
    expect(b.value).toBeCloseTo(baselineDeaths.value / 98, 2);
    expect(b.formula).toBe(`${baselineDeaths.value.toLocaleString('en-US')} deaths / 98 months (2013-01 to 2021-02)`);
  });

  it('cites the baseline source with low confidence', () => {
    expect(b.sources).toEqual([baselineDeaths.source]);
    expect(b.confidence).toBe('low');
  });
});

describe('CECOT arithmetic', () => {
  it('cecotCells: buildings × cells per building = 256', () => {
    const cells = d.cecotCells();
    expect(cells.value).toBe(cecot.buildings.value * cecot.cellsPerBuilding.value);
    expect(cells.value).toBe(256);
    expect(cells.formula).toBe(`${cecot.buildings.value} buildings × ${cecot.cellsPerBuilding.value} cells`);
    expect(cells.formula).toBe('8 buildings × 32 cells');
    expect(cells.sources).toEqual([...new Set([cecot.buildings.source, cecot.cellsPerBuilding.source])]);
  });

  it('cecotCellFloorArea: cells × cell area', () => {
    const area = d.cecotCellFloorArea();
    expect(area.value).toBe(256 * cecot.cellAreaM2.value);
    expect(area.formula).toBe(`256 cells × ${cecot.cellAreaM2.value} m²`);
    expect(area.sources).toEqual([
      ...new Set([cecot.buildings.source, cecot.cellsPerBuilding.source, cecot.cellAreaM2.source]),
    ]);
  });

  it('cecotAreaPerPersonAtAnnounced: 0.64 m² each at the announced capacity', () => {
    const a = d.cecotAreaPerPersonAtAnnounced();
    expect(a.value).toBeCloseTo((256 * cecot.cellAreaM2.value) / cecot.announcedCapacity.value, 12);
    expect(a.value).toBeCloseTo(0.64, 12);
    expect(a.formula).toBe('25,600 m² / 40,000 people');
    expect(a.sources).toEqual([cecot.cellAreaM2.source, cecot.announcedCapacity.source]);
  });

  it('our 0.64 m² is close to the Financial Times’s own 0.6 m²', () => {
    expect(Math.abs(d.cecotAreaPerPersonAtAnnounced().value - cecot.ftAreaPerPersonM2.value)).toBeLessThan(0.05);
  });

  it('cecotPeoplePerCellAtAnalysed: 80 people per cell at the analysed capacity', () => {
    const p = d.cecotPeoplePerCellAtAnalysed();
    expect(p.value).toBe(cecot.analysedCapacity.value / 256);
    expect(p.value).toBe(80);
    expect(p.formula).toBe('20,480 / 256 cells');
    expect(p.sources).toEqual([cecot.buildings.source, cecot.analysedCapacity.source]);
  });

  it('80 people in about 100 m² have 1.25 m² each', () => {
    expect(d.floorAreaPerPerson(cecot.cellAreaM2, input(80, 'cnn-2025-03-17')).value).toBe(1.25);
  });
});

describe('menSentToCecot', () => {
  const men = d.menSentToCecot();
  it('adds CNN’s two groups: 238 Venezuelans + 23 Salvadorans = 261', () => {
    expect(men.value).toBe(transfer.venezuelansSent.value + transfer.salvadoransSent.value);
    expect(men.value).toBe(261);
    expect(men.formula).toBe('238 Venezuelans + 23 Salvadorans');
  });

  it('cites CNN once', () => {
    expect(men.sources).toEqual(['cnn-2025-03-17']);
  });
});

describe('every derived figure', () => {
  const all = {
    cecotCells: d.cecotCells(),
    cecotCellFloorArea: d.cecotCellFloorArea(),
    cecotAreaPerPersonAtAnnounced: d.cecotAreaPerPersonAtAnnounced(),
    cecotPeoplePerCellAtAnalysed: d.cecotPeoplePerCellAtAnalysed(),
    menSentToCecot: d.menSentToCecot(),
    baselineDeathsPerMonth: d.baselineDeathsPerMonth(),
    deathsPerMonthSjh: d.deathsPerMonthBy('sjh'),
  };
  it.each(Object.entries(all))(
    '%s is low confidence, finite, with a formula and known, distinct sources',
    (_, figure) => {
      expect(figure.confidence).toBe('low');
      expect(Number.isFinite(figure.value)).toBe(true);
      expect(figure.formula.length).toBeGreaterThan(0);
      expect(figure.sources.length).toBeGreaterThan(0);
      expect(new Set(figure.sources).size).toBe(figure.sources.length);
      for (const s of figure.sources) expect(SOURCE_IDS).toContain(s);
    },
  );
});

describe('daysBetween', () => {
  it.each([
    { from: '2025-03-16' as const, to: '2025-07-18' as const, days: 124 },
    { from: '2024-02-28' as const, to: '2024-03-01' as const, days: 2 },
    { from: '2023-02-28' as const, to: '2023-03-01' as const, days: 1 },
    { from: '2025-03-16' as const, to: '2025-03-16' as const, days: 0 },
  ])('$from to $to is $days days', ({ from, to, days }) => {
    expect(d.daysBetween(from, to)).toBe(days);
  });
});
