/**
 * Each chart's headline states a finding (its label is the subtitle). These tests hold every headline to the data
 * module, so a headline cannot go on saying something the data stop saying: if a figure changes and a claim no
 * longer holds, the test fails and names the headline to rewrite. (The timeline's and the world comparison's
 * headlines are checked in their own test files.)
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n';
import { dateBounds } from '../../src/data/dates';
import type { IsoDate } from '../../src/data/types';
import { STATE_OF_EXCEPTION_START } from '../../src/data/stateOfException';
import { prisonPopulation } from '../../src/data/prisonPopulation';
import { deathsInCustody, DEATH_COUNTERS } from '../../src/data/deaths';
import { homicideRate } from '../../src/data/homicides';
import { arrests } from '../../src/data/arrests';
import { cecot, peoplePerCell } from '../../src/data/cecot';

const start = dateBounds(STATE_OF_EXCEPTION_START)[0];
const begins = (date: IsoDate) => dateBounds(date)[0];

describe('prison population: "nearly tripled under the state of exception"', () => {
  const all = Object.entries(prisonPopulation).flatMap(([series, obs]) => obs.map((o) => ({ series, ...o })));
  // The last count before the declaration (the ministry's and the World Prison Brief's March 2022 figure).
  const before = all
    .filter((o) => begins(o.date) < start)
    .sort((a, b) => begins(a.date) - begins(b.date))
    .at(-1)!;
  // Counts from 2023 on: the first full year of the state of exception, when the growth had played out.
  const since2023 = all.filter((o) => begins(o.date) >= begins('2023'));

  it('is the headline, in both languages', () => {
    expect(t('en', 'pp.title')).toMatch(/nearly tripled/);
    expect(t('es', 'pp.title')).toMatch(/casi se triplicó/);
  });

  it('every counter that reported from 2023 on is heard: the government, civil society and the census', () => {
    expect(new Set(since2023.map((o) => o.series))).toEqual(new Set(['government', 'civil-society', 'census']));
  });

  it('every count from 2023 on is between 2.5 and 3 times the last count before the declaration', () => {
    expect(before.value).toBeGreaterThan(0);
    for (const o of since2023) {
      const ratio = o.value / before.value;
      expect(ratio, `${o.series} ${o.date}`).toBeGreaterThanOrEqual(2.5);
      expect(ratio, `${o.series} ${o.date}`).toBeLessThan(3);
    }
  });
});

describe('deaths in custody: "three groups have each counted more than 300"', () => {
  const THRESHOLD = 300;
  const highest = (c: (typeof DEATH_COUNTERS)[number]) =>
    deathsInCustody[c].reduce((a, b) => (b.value > a.value ? b : a));

  it('is the headline, in both languages', () => {
    expect(t('en', 'deaths.title')).toMatch(/^Three groups .*more than 300 deaths/);
    expect(t('es', 'deaths.title')).toMatch(/^Tres organizaciones .*más de 300 muertes .*cada una/);
  });

  it('exactly three non-official counters passed it, none of them with an approximate figure', () => {
    const passed = DEATH_COUNTERS.filter((c) => c !== 'official' && highest(c).value > THRESHOLD);
    expect(passed).toEqual(['sjh', 'cristosal', 'movir']);
    for (const c of passed) expect(highest(c).qualifier, c).not.toBe('about');
  });

  it('the official figures, shown beside them on the chart, never came near it: the headline hides no official count', () => {
    expect(highest('official').value).toBeLessThan(THRESHOLD);
  });
});

describe('crackdown in context: "the official homicide rate was falling before; arrests kept climbing"', () => {
  it('is the headline, in both languages', () => {
    expect(t('en', 'ctx.title')).toMatch(/official homicide rate was falling before .*arrests kept climbing/);
    expect(t('es', 'ctx.title')).toMatch(/tasa oficial de homicidios ya bajaba antes .*capturas siguen en aumento/);
  });

  it('the official rate fell every year on record before the year of the declaration', () => {
    const before = homicideRate.official.filter((o) => begins(o.date) < begins('2022'));
    expect(before.length).toBeGreaterThanOrEqual(3);
    before.slice(1).forEach((o, i) => expect(o.value, o.date).toBeLessThan(before[i]!.value));
  });

  it('each arrest count is higher than the one before, up to the latest', () => {
    expect(arrests.length).toBeGreaterThanOrEqual(3);
    arrests.slice(1).forEach((o, i) => expect(o.value, o.date).toBeGreaterThan(arrests[i]!.value));
  });
});

describe('CECOT cell: "every count leaves under 2 m² of floor per person"', () => {
  it('is the headline, in both languages', () => {
    expect(t('en', 'cell.title')).toMatch(/^Every count leaves under 2 m² of floor per person/);
    expect(t('es', 'cell.title')).toMatch(/^Menos de 2 m² de piso por persona .*según todos los conteos/);
  });

  it("holds for the fewest people of every claim, reporters' and officials', even with a cell a tenth larger", () => {
    expect(cecot.cellAreaM2.qualifier).toBe('about');
    expect(new Set(peoplePerCell.map((c) => c.claimant))).toEqual(new Set(['reporters', 'authorities']));
    for (const claim of peoplePerCell) expect((cecot.cellAreaM2.value * 1.1) / claim.min, claim.id).toBeLessThan(2);
  });
});
