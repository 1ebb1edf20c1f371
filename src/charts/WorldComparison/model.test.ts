/**
 * The world comparison (src/charts/WorldComparison/): what each state lists, that every bar is a figure of the
 * data module with its own date, and that the claims the chapter makes from it hold in the data.
 */
import { describe, expect, it } from 'vitest';
import { worldPrisonRates, elSalvadorRates, NEIGHBOUR_CODES } from '../../data/worldPrisonRates';
import { prisonPopulation } from '../../data/prisonPopulation';
import spec from './state';
import { TOP_COUNT, worldModel, comparedPlaces } from './model';
import worldComparisonEntry from './chart';
import { facts } from '../../data/facts';
import { formatDate } from '../../lib/format';

const highestInTable = Math.max(...worldPrisonRates.map((o) => o.value));

describe('world prison rates (data)', () => {
  it('holds one row per place, El Salvador excepted (its figures come from the prison population series)', () => {
    const codes = worldPrisonRates.map((o) => o.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).not.toContain('SLV');
    expect(codes.length).toBeGreaterThan(200);
  });

  it('cites the copy of the World Prison Brief table for every row, each with a year from the copy', () => {
    for (const o of worldPrisonRates) {
      expect(o.source).toBe('wpb-trend-2022');
      expect(o.date).toMatch(/^(200[4-9]|201\d|202[0-2])$/);
      expect(o.value).toBeGreaterThan(0);
    }
  });

  it("reads El Salvador's figures from the prison population series, not from copies", () => {
    expect(elSalvadorRates.wpb).toMatchObject({ date: '2022-03', source: 'wpb-trend-2022' });
    expect(elSalvadorRates.wpb.value).toBe(prisonPopulation.wpb.at(-1)!.ratePer100k);
    const census = prisonPopulation.census.find((o) => o.date === '2024')!;
    expect(elSalvadorRates.census.value).toBe(census.derivedRate!.value);
    // Our arithmetic, so it says how and rests on both the census count's and the census population's sources.
    expect(elSalvadorRates.census).toMatchObject({
      formula: '107,055 / 6,029,976 × 100,000',
      sources: ['elmundo-2026-censo', 'eyn-2024-10-29'],
      confidence: 'low',
      prisoners: census.value,
    });
    expect(elSalvadorRates.uca.source).toBe('allthenews-uca');
  });
});

describe('world comparison (model)', () => {
  it('neighbours: Central America and Mexico, each once, with El Salvador', () => {
    const rows = worldModel(spec.views['neighbours']!, 'en').rows;
    expect(rows.map((r) => r.key).sort()).toEqual([...NEIGHBOUR_CODES, 'SLV-wpb'].sort());
  });

  it('highest: the top rates of the whole table, El Salvador counted among them', () => {
    const rows = worldModel(spec.views['highest']!, 'en').rows;
    expect(rows).toHaveLength(TOP_COUNT);
    const lowestShown = Math.min(...rows.map((r) => r.value));
    const shown = new Set(rows.map((r) => r.key));
    // No place left out has a higher rate than the lowest one shown.
    for (const o of worldPrisonRates) if (!shown.has(o.code)) expect(o.value).toBeLessThanOrEqual(lowestShown);
    expect(comparedPlaces(spec.views['highest']!)).toHaveLength(TOP_COUNT - 1);
  });

  it.each(Object.entries(spec.views))(
    '%s: rows highest first, each with its own date and a bar no longer than 100%%',
    (_, state) => {
      const rows = worldModel(state, 'en').rows;
      rows.forEach((r, i) => {
        if (i > 0) expect(r.value).toBeLessThanOrEqual(rows[i - 1]!.value);
        expect(r.dateText).not.toBe('');
        expect(r.width).toBeGreaterThan(0);
        expect(r.width).toBeLessThanOrEqual(100);
      });
      expect(rows[0]!.width).toBe(100);
    },
  );

  it('dates each bar at its own precision, months short', () => {
    const rows = worldModel(spec.views['neighbours']!, 'es').rows;
    expect(rows.find((r) => r.key === 'SLV-wpb')!.dateText).toBe('mar 2022');
    expect(rows.find((r) => r.key === 'PAN')!.dateText).toBe('2022');
  });

  it('names places in the language of the page', () => {
    const es = worldModel(spec.views['highest']!, 'es').rows.map((r) => r.name);
    expect(es).toContain('Estados Unidos');
    expect(es).toContain('Ruanda');
    const en = worldModel(spec.views['neighbours']!, 'en').rows.map((r) => r.name);
    expect(en).toContain('Mexico');
  });

  it('describes every bar, with its value and date', () => {
    const { rows, description } = worldModel(spec.defaults, 'en');
    for (const r of rows) expect(description).toContain(`${r.name}, ${r.valueText} (${formatDate(r.date, 'en')})`);
  });

  it('lists in its data table exactly the bars of the state', () => {
    const table = worldComparisonEntry.table(spec.views['neighbours']!, 'es');
    expect(table.map((r) => r.series)).toEqual(worldModel(spec.views['neighbours']!, 'es').rows.map((r) => r.name));
    expect(table[0]).toMatchObject({ date: 'marzo de 2022', value: '605' });
  });
});

describe("the chapter's claims, checked against the data", () => {
  it('before the state of exception, El Salvador had the highest rate among its neighbours', () => {
    const neighbours = worldPrisonRates.filter((o) => NEIGHBOUR_CODES.includes(o.code));
    expect(neighbours).toHaveLength(NEIGHBOUR_CODES.length);
    for (const o of neighbours) expect(elSalvadorRates.wpb.value).toBeGreaterThan(o.value);
  });

  it('Panama came next among the neighbours', () => {
    const rows = worldModel(spec.views['neighbours']!, 'en').rows;
    expect(rows.slice(0, 2).map((r) => r.key)).toEqual(['SLV-wpb', 'PAN']);
  });

  it('Rwanda and Turkmenistan followed the United States and El Salvador in the table', () => {
    const rows = worldModel(spec.views['highest']!, 'en').rows;
    expect(rows.slice(0, 4).map((r) => r.key)).toEqual(['USA', 'SLV-wpb', 'RWA', 'TKM']);
  });

  it("the census rate is 2.8 times the table's highest, as the chapter's fact says", () => {
    expect(facts['rate-2024-census-times-highest'].value).toBeCloseTo(elSalvadorRates.census.value / highestInTable);
    expect(facts['rate-2024-census-times-highest'].value.toFixed(1)).toBe('2.8');
    expect(facts['wpb-places-count'].value).toBe(worldPrisonRates.length + 1);
  });

  it("only the United States' figure in the table was higher than El Salvador's of March 2022", () => {
    const above = worldPrisonRates.filter((o) => o.value > elSalvadorRates.wpb.value);
    expect(above.map((o) => o.code)).toEqual(['USA']);
    expect(above[0]!.value).toBe(highestInTable);
  });

  it("El Salvador's 2024 rates, the census's and the UCA's, are each higher than every rate in the table", () => {
    expect(elSalvadorRates.census.value).toBeGreaterThan(highestInTable);
    expect(elSalvadorRates.uca.value).toBeGreaterThan(highestInTable);
  });
});
