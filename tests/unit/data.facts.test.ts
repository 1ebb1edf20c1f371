/**
 * The named facts chapters quote (src/data/facts.ts) and how a reader sees them (src/lib/format.ts).
 *
 * Every fact must be traceable: a finite value, a unit we know how to write, a valid date and at least one listed
 * source. Derived facts carry their arithmetic and `low` confidence. Spanish UI strings are not tested here:
 * i18n.ts has only English so far, and `t()` falls back to it.
 */
import { describe, expect, it } from 'vitest';
import { facts, FACT_IDS, type FactUnit, type StoryFact } from '../../src/data/facts';
import { SOURCE_IDS } from '../../src/data/sources';
import { CONFIDENCES } from '../../src/data/types';
import { dateToTime, isIsoDate } from '../../src/data/dates';
import { causesOfDeath } from '../../src/data/deathCauses';
import { censusPopulation2024, prisonPopulation, rateOf } from '../../src/data/prisonPopulation';
import { sources } from '../../src/data/sources';
import { formatDate, formatFact, formatNumber, formatShare, formatUsd } from '../../src/lib/format';

const UNITS: readonly FactUnit[] = ['count', 'usd', 'm2', 'per100k', 'percent', 'share', 'year', 'decimal', 'date'];
const allFacts = Object.entries(facts) as [string, StoryFact][];

describe('every fact', () => {
  it.each(allFacts)('%s is finite, in a known unit, dated, sourced and graded', (_, fact) => {
    expect(Number.isFinite(fact.value)).toBe(true);
    expect(UNITS).toContain(fact.unit);
    expect(isIsoDate(fact.date)).toBe(true);
    expect(fact.sources.length).toBeGreaterThanOrEqual(1);
    for (const source of fact.sources) expect(SOURCE_IDS).toContain(source);
    expect(CONFIDENCES).toContain(fact.confidence);
    if (fact.decimals !== undefined) expect(Number.isInteger(fact.decimals) && fact.decimals >= 0).toBe(true);
  });

  it.each(allFacts.filter(([, f]) => f.formula !== undefined))('%s is derived, so it is low confidence', (_, fact) => {
    expect(fact.confidence).toBe('low');
    expect(fact.formula!.length).toBeGreaterThan(0);
  });

  it.each(allFacts.filter(([, f]) => f.unit === 'date'))(
    '%s (a date fact) has the midpoint of its own date as value',
    (_, fact) => {
      expect(fact.value).toBe(dateToTime(fact.date));
    },
  );

  it('ids are kebab-case, as editors write them in <Fact id="..."/>', () => {
    for (const id of FACT_IDS) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('derived facts', () => {
  const derived = [
    'men-sent-to-cecot',
    'months-in-cecot',
    'growth-2022-2024',
    'growth-1992-2022',
    'occupancy-excluding-cecot-2024-derived',
    'cecot-cells',
    'cecot-area-per-person-announced',
    'cecot-people-per-cell-analysed',
    'cecot-area-per-person-at-65',
    'cecot-area-per-person-at-80',
    'cecot-area-per-person-at-100',
    'deaths-sjh-per-month',
    'deaths-baseline-per-month',
    'rate-2024-census',
    'rate-growth-2022-2024',
    'rate-2024-census-times-highest',
  ] as const;
  it.each(derived)('%s shows its arithmetic and is low confidence', (id) => {
    const fact: StoryFact = facts[id];
    expect(fact.formula).toEqual(expect.any(String));
    expect(fact.confidence).toBe('low');
  });

  it.each([
    { id: 'men-sent-to-cecot', value: 261 },
    { id: 'cecot-cells', value: 256 },
    { id: 'cecot-people-per-cell-analysed', value: 80 },
    { id: 'cecot-area-per-person-announced', value: 0.64 },
    { id: 'cecot-area-per-person-at-80', value: 1.25 },
    { id: 'cecot-area-per-person-at-100', value: 1 },
  ] as const)('$id = $value, as in the research dossier', ({ id, value }) => {
    expect(facts[id].value).toBeCloseTo(value, 12);
  });
});

describe('facts that must add up', () => {
  it('Cristosal’s 2024 causes of death: 88 + 87 + 14 + 72 = 261', () => {
    const b = causesOfDeath['cristosal-2024'];
    expect(b.categories.map((c) => c.value)).toEqual([88, 87, 14, 72]);
    expect(b.categories.reduce((sum, c) => sum + c.value, 0)).toBe(b.total);
    expect(b.total).toBe(261);
    const parts = ['possibly-criminal', 'illness', 'violence', 'no-cause'] as const;
    expect(parts.reduce((sum, p) => sum + facts[`deaths-cristosal-2024-${p}`].value, 0)).toBe(
      facts['deaths-cristosal-2024'].value,
    );
  });

  it('Cristosal’s first-year causes of death add up to 139', () => {
    const b = causesOfDeath['cristosal-first-year'];
    expect(b.categories.reduce((sum, c) => sum + c.value, 0)).toBe(b.total);
    expect(b.total).toBe(139);
  });

  it('SJH’s 2025 shares add up to 100% (five categories, including terminal illness and suspected suicide)', () => {
    const b = causesOfDeath['sjh-2025'];
    expect(b.unit).toBe('percent');
    expect(b.categories).toHaveLength(5);
    expect(b.categories.reduce((sum, c) => sum + c.value, 0)).toBeCloseTo(100, 6);
  });

  it('the men sent to CECOT are the Venezuelans plus the Salvadorans', () => {
    expect(facts['venezuelans-sent'].value + facts['salvadorans-sent'].value).toBe(facts['men-sent-to-cecot'].value);
  });
});

describe('the 2024 census rate: our arithmetic from the census’s own count of prisoners and of residents', () => {
  const count = facts['prisoners-2024-census'];
  const population = facts['population-2024-census'];
  const rate = facts['rate-2024-census'];

  it('is round(count / population × 100,000), from the two sourced figures', () => {
    expect(rate.value).toBe(Math.round((count.value / population.value) * 100_000));
    expect(rate.value).toBe(1775);
    expect(rate.sources).toEqual([...count.sources, ...population.sources]);
    expect(rate.formula).toBe('107,055 / 6,029,976 × 100,000');
  });

  it('rests on publishers’ own pages: the count on Diario El Mundo’s, the population on Revista E&N’s', () => {
    expect(count.sources.map((id) => sources[id].publisher)).toEqual(['Diario El Mundo']);
    expect(population.sources.map((id) => sources[id].publisher)).toEqual(['Revista E&N']);
    expect(population.value).toBe(censusPopulation2024.value);
    for (const fact of [count, population]) expect(fact.confidence).toBe('high');
  });

  it('is the rate the prison population chart draws for the census', () => {
    const census = prisonPopulation.census.find((o) => o.date === '2024')!;
    expect(census.ratePer100k).toBeUndefined();
    expect(rateOf(census)).toMatchObject({ value: rate.value, sources: rate.sources, formula: rate.formula });
  });

  it('is the rate the comparisons divide: growth since March 2022 and times the table’s highest', () => {
    expect(facts['rate-growth-2022-2024'].value).toBeCloseTo(rate.value / facts['rate-before-exception'].value - 1, 12);
    expect(facts['rate-2024-census-times-highest'].value).toBeCloseTo(
      rate.value / facts['wpb-highest-other-rate'].value,
      12,
    );
  });
});

describe('formatFact in English', () => {
  const fact = (unit: FactUnit, value: number, extra: Partial<StoryFact> = {}): StoryFact => ({
    value,
    unit,
    date: '2024',
    sources: ['cnn-2025-03-17'],
    confidence: 'high',
    ...extra,
  });
  it.each([
    { fact: fact('count', 109519), text: '109,519' },
    { fact: fact('count', 8), text: '8' },
    { fact: fact('count', 261.4), text: '261', why: 'counts are whole' },
    { fact: fact('usd', 6_000_000), text: '$6 million' },
    { fact: fact('usd', 2_500_000), text: '$2.5 million' },
    { fact: fact('usd', 250_000), text: '$250,000' },
    { fact: fact('m2', 1.25, { decimals: 2 }), text: '1.25 m²' },
    { fact: fact('m2', 1, { decimals: 2 }), text: '1 m²' },
    { fact: fact('m2', 3.4), text: '3.4 m²' },
    { fact: fact('per100k', 1776), text: '1,776 per 100,000 residents' },
    { fact: fact('per100k', 605.4), text: '605 per 100,000 residents' },
    { fact: fact('percent', 357.7, { decimals: 1 }), text: '357.7%' },
    { fact: fact('percent', 360), text: '360%' },
    { fact: fact('share', 1.7699), text: '177%' },
    { fact: fact('share', 0.62), text: '62%' },
    { fact: fact('share', 3.5671, { decimals: 1 }), text: '356.7%' },
    { fact: fact('year', 1798), text: '1798', why: 'no thousands separator in a year' },
    { fact: fact('decimal', 10.4828, { decimals: 1 }), text: '10.5' },
    { fact: fact('decimal', 1.9), text: '1.9' },
    { fact: fact('decimal', 4.074, { decimals: 0 }), text: '4' },
    { fact: fact('date', 0, { date: '2025-03-16' }), text: '16 March 2025' },
    { fact: fact('date', 0, { date: '2024-04' }), text: 'April 2024' },
    { fact: fact('date', 0, { date: '2014' }), text: '2014' },
    { fact: fact('count', 241, { qualifier: 'at-least' }), text: 'at least 241' },
    { fact: fact('count', 35000, { qualifier: 'about' }), text: 'about 35,000' },
    { fact: fact('count', 111844, { qualifier: 'estimate' }), text: 'an estimated 111,844' },
    { fact: fact('count', 261, { qualifier: 'exact' }), text: '261' },
    { fact: fact('m2', 100, { qualifier: 'about', decimals: 0 }), text: 'about 100 m²' },
  ])('$fact.unit $fact.value → "$text"', ({ fact: f, text }) => {
    expect(formatFact(f, 'en')).toBe(text);
  });

  it.each([
    { id: 'men-sent-to-cecot', text: '261' },
    { id: 'prisoners-2024-civil-society', text: '109,519' },
    { id: 'us-payment', text: '$6 million' },
    { id: 'alien-enemies-act-year', text: '1798' },
    { id: 'transfer-date', text: '16 March 2025' },
    { id: 'repatriation-date', text: '18 July 2025' },
    { id: 'cecot-cells', text: '256' },
    { id: 'cecot-area-per-person-announced', text: '0.64 m²' },
    { id: 'cecot-area-per-person-at-80', text: '1.25 m²' },
    { id: 'cecot-cell-area', text: 'about 100 m²' },
    { id: 'growth-2022-2024', text: '177%' },
    { id: 'deaths-cristosal-2024', text: '261' },
  ] as const)('the story’s $id reads "$text"', ({ id, text }) => {
    expect(formatFact(facts[id], 'en')).toBe(text);
  });

  it.each(allFacts)('%s formats to non-empty text in both languages', (_, f) => {
    expect(formatFact(f, 'en')).not.toBe('');
    expect(formatFact(f, 'es')).not.toBe('');
    expect(formatFact(f, 'en')).not.toMatch(/NaN|undefined|Infinity/);
  });
});

describe('number formatting per locale', () => {
  // El Salvador writes comma thousands and a decimal point, like en-US; es-SV follows it.
  it.each([
    { value: 109519, lang: 'en', text: '109,519' },
    { value: 109519, lang: 'es', text: '109,519' },
    { value: 1.9, lang: 'en', text: '1.9' },
    { value: 1.9, lang: 'es', text: '1.9' },
    { value: 1234567.891, lang: 'es', decimals: 2, text: '1,234,567.89' },
    { value: 1.25, lang: 'en', decimals: 1, text: '1.3' },
    { value: 2, lang: 'en', decimals: 2, text: '2.00' },
    { value: 0.123456, lang: 'en', text: '0.12', why: 'two decimals at most by default' },
  ] as const)('$value in $lang → "$text"', ({ value, lang, text, ...rest }) => {
    expect(formatNumber(value, lang, 'decimals' in rest ? rest.decimals : undefined)).toBe(text);
  });

  it.each([
    { value: 0.62, decimals: 0, text: '62%' },
    { value: 0.6234, decimals: 1, text: '62.3%' },
  ])('formatShare($value) → "$text"', ({ value, decimals, text }) => {
    expect(formatShare(value, 'en', decimals)).toBe(text);
  });

  it('formatUsd writes millions in words and smaller amounts in full', () => {
    expect(formatUsd(6_000_000, 'en')).toBe('$6 million');
    expect(formatUsd(999_999, 'en')).toBe('$999,999');
  });

  it.each([
    { date: '2025-03-15', text: '15 March 2025' },
    { date: '2024-04', text: 'April 2024' },
    { date: '2014', text: '2014' },
    { date: '2024-12-31', text: '31 December 2024', why: 'UTC, never shifted by a time zone' },
  ] as const)('formatDate($date) → "$text"', ({ date, text }) => {
    expect(formatDate(date, 'en')).toBe(text);
  });

  it('formatDate refuses what is not a date', () => {
    expect(() => formatDate('2024-13' as '2024', 'en')).toThrow('Not a date: 2024-13');
  });
});
