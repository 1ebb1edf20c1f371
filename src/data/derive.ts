/**
 * Figures worked out from the data module, never typed in.
 *
 * Each derived figure keeps the sources of its inputs and is marked `low` confidence: by the story's rules a
 * number computed here is shown with its arithmetic, never as if a source had published it.
 */
import type { IsoDate, Observation } from './types';
import type { SourceId } from './sources';
import { derived, n, unique, type Derived, type Input } from './arithmetic';
import { calendarMonthsInclusive, monthsBetween } from './dates';
import { cecot } from './cecot';
import { deathsInCustody, STATE_OF_EXCEPTION_START, baselineDeaths, type DeathCounter } from './deaths';
import { transfer } from './transfer';

export { ratePer100k, type Derived } from './arithmetic';

/** Relative change between two values: 0.5 means +50%. */
export function growth(from: Input, to: Input): Derived {
  if (from.value === 0) throw new Error('Cannot compute growth from zero');
  return derived(to.value / from.value - 1, [from, to], `${n(to.value)} / ${n(from.value)} - 1`);
}

/** Prisoners per place: 1.5 means 150% of capacity. */
export function occupancy(population: Input, capacity: Input): Derived {
  if (capacity.value <= 0) throw new Error('Capacity must be positive to compute occupancy');
  return derived(
    population.value / capacity.value,
    [population, capacity],
    `${n(population.value)} / ${n(capacity.value)}`,
  );
}

/** How many times `of` the value `value` is: 2.8 means 2.8 times as high. */
export function ratio(value: Input, of: Input): Derived {
  if (of.value <= 0) throw new Error('Cannot compare with zero or less');
  return derived(value.value / of.value, [value, of], `${n(value.value)} / ${n(of.value)}`);
}

/** Square metres of floor per person when `people` share `area`. */
export function floorAreaPerPerson(area: Input, people: Input): Derived {
  if (people.value <= 0) throw new Error('People must be positive to compute floor area per person');
  return derived(area.value / people.value, [area, people], `${n(area.value)} m² / ${n(people.value)} people`);
}

/** The last observation of a series (series are validated to be in date order). */
export function latest<T>(series: readonly T[]): T {
  const last = series.at(-1);
  if (last === undefined) throw new Error('Series is empty');
  return last;
}

/** Average deaths per month between the start of the state of exception and a counter's latest figure. */
export function deathsPerMonth(
  series: readonly Observation<SourceId>[],
  from: IsoDate = STATE_OF_EXCEPTION_START,
): Derived {
  const last = latest(series);
  const months = monthsBetween(from, last.date);
  if (months <= 0) throw new Error(`No time between ${from} and ${last.date}`);
  return derived(
    last.value / months,
    [last],
    `${n(last.value)} deaths / ${n(months)} months (${from} to ${last.date})`,
  );
}

export function deathsPerMonthBy(counter: DeathCounter): Derived {
  return deathsPerMonth(deathsInCustody[counter]);
}

/** Baseline before the crackdown: deaths in custody per month, January 2013 to February 2021. */
export function baselineDeathsPerMonth(): Derived {
  const months = calendarMonthsInclusive(baselineDeaths.from, baselineDeaths.to);
  return derived(
    baselineDeaths.value / months,
    [baselineDeaths],
    `${n(baselineDeaths.value)} deaths / ${months} months (${baselineDeaths.from} to ${baselineDeaths.to})`,
  );
}

/** CECOT's cells: buildings times cells per building. */
export function cecotCells(): Derived {
  const { buildings, cellsPerBuilding } = cecot;
  return derived(
    buildings.value * cellsPerBuilding.value,
    [buildings, cellsPerBuilding],
    `${buildings.value} buildings × ${cellsPerBuilding.value} cells`,
  );
}

/** Floor area of all cells together, in m². */
export function cecotCellFloorArea(): Derived {
  const cells = cecotCells();
  return {
    ...derived(
      cells.value * cecot.cellAreaM2.value,
      [cecot.cellAreaM2],
      `${cells.value} cells × ${cecot.cellAreaM2.value} m²`,
    ),
    sources: unique([...cells.sources, cecot.cellAreaM2.source]),
  };
}

/** Floor area per person if CECOT held its announced 40,000 (our arithmetic, to set beside the FT's). */
export function cecotAreaPerPersonAtAnnounced(): Derived {
  const area = cecotCellFloorArea();
  const cap = cecot.announcedCapacity;
  return {
    ...derived(area.value / cap.value, [cap], `${n(area.value)} m² / ${n(cap.value)} people`),
    sources: unique([...area.sources, cap.source]),
  };
}

/** People per cell at the analysed design capacity. */
export function cecotPeoplePerCellAtAnalysed(): Derived {
  const cells = cecotCells();
  const cap = cecot.analysedCapacity;
  return {
    ...derived(cap.value / cells.value, [cap], `${n(cap.value)} / ${cells.value} cells`),
    sources: unique([...cells.sources, cap.source]),
  };
}

/** The men sent to CECOT in March 2025: CNN's two groups added up. */
export function menSentToCecot(): Derived {
  const { venezuelansSent, salvadoransSent } = transfer;
  return derived(
    venezuelansSent.value + salvadoransSent.value,
    [venezuelansSent, salvadoransSent],
    `${venezuelansSent.value} Venezuelans + ${salvadoransSent.value} Salvadorans`,
  );
}

/** Whole days between two day-precision dates (e.g. the men's time in CECOT). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((monthsBetween(from, to) / 12) * 365.2425);
}
