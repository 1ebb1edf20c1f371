/**
 * The data tables under the charts ("Show the data"): the exact values for readers who cannot use the drawing.
 *
 * A table holds every figure its chart draws in every state shown with it: for each scroller and figure of the
 * chapters (both languages), the table the page prints (registry.tableOf over the scroller's steps) holds, for each
 * step, every value the chart's model draws in it; so does each named view's own table (embeds, the catalogue).
 * "Drawn" is read from the models, not from the tables' code: the marks (points, bars, events) with their series,
 * date, value and unit, and every number written on the chart (labels, notes, annotations), which must be in a
 * row's value or name (a formula's inputs are in its name). Dates and years written on a chart are not figures.
 * What each chart draws is told in its folder (src/charts/<Chart>/table.test.ts, through tableHoldsWhatItDraws in
 * src/charts/testing.ts); here, what holds for every table. Every row has a unit, except in a table of events (a
 * chart whose table names its columns for events, as its folder's test says), whose values are events.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registry, tableOf, type TableRow } from '../../src/charts/registry';
import { mergeTables } from '../../src/charts/table';
import { CHART_IDS, chartStates, type ChartId } from '../../src/charts/states';
import { chartFolders, chartsInChapters, folderHasTest } from '../../src/charts/testing';
import { LANGUAGES } from '../../src/lib/i18n';

describe('every chart in the chapters has a data table with every value it draws', () => {
  for (const lang of LANGUAGES) {
    const shown = chartsInChapters(lang);
    it(`${lang}: the chapters show charts`, () => {
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.some((s) => s.states.length > 1)).toBe(true);
    });
  }

  it.each(CHART_IDS)("%s: its folder's table.test.ts checks the table against what the chart draws", (chart) => {
    expect(folderHasTest(chart, 'table.test.ts'), chartFolders[chart]).toBe(true);
    const test = readFileSync(`${chartFolders[chart]}/table.test.ts`, 'utf8');
    expect(test).toMatch(new RegExp(`tableHoldsWhatItDraws\\(\\s*'${chart}'`));
  });
});

/** The column headings of a table of events (a timeline's), instead of "Series" and "Value". */
const EVENT_HEADINGS = { series: 'tl.table.lane', value: 'tl.table.event' };
/** Whether a chart's table lists events, not quantities: it names its columns for them. */
const ofEvents = (chart: ChartId) => registry[chart].tableHeadings !== undefined;

describe('units', () => {
  const tables = LANGUAGES.flatMap((lang) => [
    ...chartsInChapters(lang).map((s) => ({ ...s, lang, table: tableOf(s.chart, s.states, lang) })),
    ...CHART_IDS.flatMap((chart) =>
      Object.entries(chartStates[chart].views).map(([view, state]) => ({
        where: `${chart} / ${view}`,
        chart,
        lang,
        table: tableOf(chart, [state], lang),
      })),
    ),
  ]);

  it('every row of every table but a table of events states its unit, in both languages', () => {
    for (const { where, chart, lang, table } of tables) {
      expect(table.length, `${where} (${lang})`).toBeGreaterThan(0);
      const without = table.filter((r) => r.unit.trim() === '');
      if (ofEvents(chart)) expect(without, `${where} (${lang}): events have no unit`).toEqual(table);
      else expect(without, `${where} (${lang})`).toEqual([]);
    }
  });

  it('no two figures of a table share a series, date and unit (the unit tells a count from a rate)', () => {
    for (const { where, lang, table } of tables.filter((x) => !ofEvents(x.chart))) {
      const keys = table.map((r) => `${r.series} | ${r.date} | ${r.unit}`);
      expect(
        keys.filter((k, i) => keys.indexOf(k) !== i),
        `${where} (${lang})`,
      ).toEqual([]);
    }
  });

  it('name the original publisher, as the notes do: which copy was read is for the sources page', () => {
    const sources = tables.flatMap(({ where, lang, table }) => table.map((r) => `${where} (${lang}): ${r.source}`));
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((s) => /copy|copia|republica|undated|sin fecha/i.test(s))).toEqual([]);
  });

  it('units are translated: no English unit on a Spanish table', () => {
    const english = new Set(tables.filter((x) => x.lang === 'en').flatMap((x) => x.table.map((r) => r.unit)));
    const spanish = tables.filter((x) => x.lang === 'es').flatMap((x) => x.table.map((r) => r.unit));
    // "m²" and "% …" are written alike; every worded unit differs.
    expect(spanish.filter((u) => /[a-z]{3}/i.test(u) && english.has(u))).toEqual([]);
  });

  it('a table of events names its columns for them; every other keeps "Series" and "Value"', () => {
    const named = CHART_IDS.filter((c) => registry[c].tableHeadings !== undefined);
    expect(named.length).toBeGreaterThan(0);
    for (const chart of named) expect(registry[chart].tableHeadings, chart).toEqual(EVENT_HEADINGS);
  });
});

describe('the rows of several steps, merged', () => {
  const r = (series: string, date: string, value = '1', unit = 'u', sortKey?: number): TableRow => ({
    series,
    date,
    value,
    unit,
    source: 's',
    sourceUrl: 'https://example.org/',
    ...(sortKey === undefined ? {} : { sortKey }),
  });
  const names = (rows: TableRow[]) => rows.map((x) => `${x.series}${x.date}`);

  it('lists a row shown in several steps once', () => {
    expect(mergeTables([[r('a', '1')], [r('a', '1')]])).toEqual([r('a', '1')]);
  });

  it('keeps rows that differ only in value or unit', () => {
    expect(mergeTables([[r('a', '1', '5', 'count')], [r('a', '1', '7', 'rate')]])).toHaveLength(2);
  });

  it('lists series in the order the steps first show them, each with its dates in order', () => {
    const first = [r('a', '2'), r('b', '1'), r('b', '2')];
    const later = [r('c', '1'), r('a', '1'), r('a', '2'), r('a', '3'), r('b', '2'), r('b', '3')];
    expect(names(mergeTables([first, later]))).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'c1']);
  });

  it('orders the rows of a chart that ranks them by their sort key', () => {
    const first = [r('x', '1', '9', 'u', -9), r('y', '1', '5', 'u', -5)];
    const later = [r('z', '1', '7', 'u', -7), r('y', '1', '5', 'u', -5)];
    expect(names(mergeTables([first, later]))).toEqual(['x1', 'z1', 'y1']);
  });
});
