/**
 * The deaths and prison population charts' islands receive their drawn.ts as values computed at build time
 * (src/lib/build/buildTimeValues.ts): every export must survive JSON unchanged, carry exactly the figures of the
 * data module, and leave out what only the server shows (notes; for the deaths chart, source ids too).
 */
import { describe, expect, it } from 'vitest';
import * as drawn from '../../src/charts/DeathsInCustody/drawn';
import { deathsInCustody } from '../../src/data/deaths';
import { causesOfDeath } from '../../src/data/deathCauses';
import * as populationDrawn from '../../src/charts/PrisonPopulation/drawn';
import { prisonPopulation } from '../../src/data/prisonPopulation';
import { capacity, reportedOccupancy } from '../../src/data/capacity';

describe('values the deaths island gets from the build', () => {
  for (const [name, value] of Object.entries(drawn)) {
    it(`${name} is plain data (unchanged by a JSON round trip)`, () => {
      expect(JSON.parse(JSON.stringify(value))).toStrictEqual(value);
    });
  }

  it('keeps every counter’s dates and counts, in order', () => {
    for (const [counter, series] of Object.entries(deathsInCustody)) {
      const shipped = drawn.drawnDeaths[counter as keyof typeof deathsInCustody];
      expect(shipped.map((o) => [o.date, o.value, o.qualifier, o.confidence])).toEqual(
        series.map((o) => [o.date, o.value, o.qualifier, o.confidence]),
      );
    }
  });

  it('keeps every cause-of-death figure', () => {
    for (const [id, breakdown] of Object.entries(causesOfDeath)) {
      const shipped = drawn.drawnCauses[id as keyof typeof causesOfDeath];
      expect([shipped.counter, shipped.date, shipped.total, shipped.unit]).toEqual([
        breakdown.counter,
        breakdown.date,
        breakdown.total,
        breakdown.unit,
      ]);
      expect(shipped.categories).toEqual(breakdown.categories.map((c) => ({ id: c.id, value: c.value })));
    }
  });

  it('leaves out notes and source ids', () => {
    const text = JSON.stringify({ ...drawn });
    expect(text).not.toMatch(/"(note|source)"\s*:/);
  });
});

describe('values the prison population island gets from the build', () => {
  for (const [name, value] of Object.entries(populationDrawn)) {
    it(`${name} is plain data (unchanged by a JSON round trip)`, () => {
      expect(JSON.parse(JSON.stringify(value))).toStrictEqual(value);
    });
  }

  it('keeps every figure of every series, of capacity and of the occupancy the chart quotes, without notes', () => {
    const withoutNote = ({ note: _note, ...rest }: { note?: string }) => rest;
    for (const [family, series] of Object.entries(prisonPopulation))
      expect(populationDrawn.drawnPopulation[family as keyof typeof prisonPopulation]).toEqual(series.map(withoutNote));
    expect(populationDrawn.drawnCapacity).toEqual(capacity.official.map(withoutNote));
    expect(populationDrawn.drawnOccupancy).toEqual(withoutNote(reportedOccupancy.find((o) => o.date === '2016-06')!));
    expect(JSON.stringify({ ...populationDrawn })).not.toMatch(/"note"\s*:/);
  });
});
