/**
 * The data tables under the charts ("Show the data"): the exact values for readers who cannot use the drawing.
 *
 * A table holds every figure its chart draws in every state shown with it: for each scroller and figure of the
 * chapters (both languages), the table the page prints (registry.tableOf over the scroller's steps) holds, for each
 * step, every value the chart's model draws in it; so does each named view's own table (embeds, the catalogue).
 * "Drawn" is read from the models, not from the tables' code: the marks (points, bars, events) with their series,
 * date, value and unit, and every number written on the chart (labels, notes, annotations), which must be in a
 * row's value or name (a formula's inputs are in its name). Dates and years written on a chart are not figures.
 * Every row has a unit, except the timeline's, whose values are events.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartsShownIn, type ChartShown } from '../support/chapters';
import { registry, stateOf, tableOf, type TableRow } from '../../src/charts/registry';
import { mergeTables } from '../../src/charts/table';
import { CHART_IDS, chartStates, type ChartId, type ChartStateOf } from '../../src/charts/states';
import { LANGUAGES, LOCALES, t } from '../../src/lib/i18n';
import { formatDate, formatNumber, formatQualified } from '../../src/lib/format';
import type { Language } from '../../src/data/types';
import { timelineEvents } from '../../src/data/datedEvents';
import { populationModel } from '../../src/charts/PrisonPopulation/model';
import { deathsModel, timelineFrame } from '../../src/charts/DeathsInCustody/model';
import { cecotCellModel } from '../../src/charts/CecotCell/model';
import { crackdownModel } from '../../src/charts/CrackdownContext/model';
import { worldModel } from '../../src/charts/WorldComparison/model';
import { laneLabel, longWhen, timelineModel } from '../../src/charts/Timeline/model';

/** A mark of the chart: some row must have exactly these cells. */
interface Mark {
  series?: string;
  date?: string;
  value?: string;
  unit?: string;
  /** Instead of an exact value: a number the value gives, with or without a qualifier ("at least 91,000"). */
  valueGives?: string;
  /** Instead of an exact series: words the row's series contains (a bar's label inside "<counter>, cause: …"). */
  seriesHas?: string;
}

/** What a chart draws in one state: its marks, and the texts written on it whose numbers the table must give. */
interface Drawn {
  marks: Mark[];
  texts: string[];
}

// ---- Numbers written on a chart ----

const datePatterns = new Map<Language, RegExp>();
/** Dates as the charts write them, at any precision: "27 March 2022", "15 de abril de 2024", "Mar 2022", "15 Mar". */
function datePattern(lang: Language): RegExp {
  let pattern = datePatterns.get(lang);
  if (!pattern) {
    const months = [...Array(12).keys()].flatMap((m) =>
      (['long', 'short'] as const).map((month) =>
        new Intl.DateTimeFormat(LOCALES[lang], { month, timeZone: 'UTC' })
          .format(Date.UTC(2020, m, 15))
          .replace('.', ''),
      ),
    );
    pattern = new RegExp(`(\\d{1,2}\\s+(de\\s+)?)?\\b(${months.join('|')})\\b\\.?(\\s+(de\\s+)?\\d{4})?`, 'gi');
    datePatterns.set(lang, pattern);
  }
  return pattern;
}

/** A text without its dates and years ("in 2023"). */
function withoutDates(text: string, lang: Language): string {
  return text.replace(datePattern(lang), ' ').replace(/(?<![\d.,])(19|20)\d\d(?![\d.,])/g, ' ');
}

/** The numbers in a text, as written ("40,000", "1.54", "360"). Both languages write 1,234.5. */
const numbersIn = (text: string): string[] => text.match(/\d+(?:,\d{3})*(?:\.\d+)?/g) ?? [];
const valueOf = (written: string) => Number(written.replace(/,/g, ''));

/** The numbers a table gives, in its rows' values and names (a formula's inputs are in its name). */
function numbersOf(table: readonly TableRow[], lang: Language): number[] {
  return table.flatMap((r) => numbersIn(withoutDates(`${r.series} ${r.value}`, lang)).map(valueOf));
}

/**
 * Whether a number written on the chart is among the table's: the same number, or a more precise one the chart
 * rounded ("about 156" per cell for 156.25).
 */
function gives(numbers: readonly number[], written: string): boolean {
  const decimals = written.split('.')[1]?.length ?? 0;
  return numbers.some((n) => Number(n.toFixed(decimals)) === valueOf(written));
}

function matches(r: TableRow, m: Mark): boolean {
  return (
    (m.series === undefined || r.series === m.series) &&
    (m.seriesHas === undefined || r.series.includes(m.seriesHas)) &&
    (m.date === undefined || r.date === m.date) &&
    (m.value === undefined || r.value === m.value) &&
    (m.valueGives === undefined || numbersIn(r.value).includes(m.valueGives)) &&
    (m.unit === undefined || r.unit === m.unit)
  );
}

// ---- What each chart's model draws ----

const drawnBy: { [C in ChartId]: (state: ChartStateOf<C>, lang: Language) => Drawn } = {
  'prison-population': (state, lang) => {
    const model = populationModel(state, lang);
    return {
      marks: model.series.flatMap((s) =>
        s.points
          .filter((p) => p.x >= model.xDomain[0] && p.x <= model.xDomain[1])
          .map((p) => ({
            // A figure of our arithmetic (the census rate) gives its formula after the series' name.
            ...(p.derived ? { seriesHas: s.label } : { series: s.label }),
            date: formatDate(p.date, lang),
            value: formatNumber(p.value, lang),
            unit: t(lang, s.key === 'capacity' ? 'pp.table.unit.capacity' : `pp.table.unit.${state.measure}`),
          })),
      ),
      texts: model.notes.map((n) => n.text),
    };
  },
  'cecot-cell': (state, lang) => {
    const model = cecotCellModel(state, lang);
    const [labels, notes] =
      state.scale === 'prison' ? [model.prison.labels, model.prison.notes] : [model.cellLabels, model.cellNotes];
    return {
      marks: [],
      texts: [...labels.filter((l) => l.visible).flatMap((l) => l.lines.map((line) => line.text)), ...notes],
    };
  },
  'deaths-in-custody': (state, lang) => {
    const model = deathsModel(state, lang);
    if (state.view === 'causes') {
      const { bars, subtitle, caveat } = model.causes;
      const unit = t(
        lang,
        bars.some((b) => b.text.includes('%')) ? 'deaths.table.unit.share' : 'deaths.table.unit.deaths',
      );
      return {
        marks: bars.map((b) => ({ seriesHas: b.label, value: formatNumber(b.value, lang), unit })),
        texts: [subtitle, caveat ?? '', ...bars.map((b) => `${b.text} ${b.detail ?? ''}`)],
      };
    }
    const frame = timelineFrame(model, model.throughX);
    return {
      marks: frame.series
        .filter((s) => s.shown)
        .flatMap((s) =>
          s.dots
            .filter((d) => d.visible)
            .map((d) => ({
              series: model.series.find((m) => m.counter === s.counter)!.label,
              date: formatDate(d.date, lang),
              value: formatQualified(d.value, d.qualifier, lang),
              unit: t(lang, 'deaths.table.unit.cumulative'),
            })),
        ),
      texts: [...frame.labels.map((l) => l.text), frame.markerVisible ? model.marker.text : ''],
    };
  },
  'crackdown-context': (state, lang) => {
    const model = crackdownModel(state, lang);
    const [from, to] = state.years;
    const inYears = (date: string) => Number(date.slice(0, 4)) >= from && Number(date.slice(0, 4)) <= to;
    const marks: Mark[] = [];
    const texts: string[] = [];
    for (const key of model.shown) {
      const panel = model.panels[key];
      const unit = t(lang, key === 'homicides' ? 'ctx.table.unit.rate' : 'ctx.table.unit.arrests');
      // Each dot of the panel, found by its date among the data the panel draws.
      const series = t(lang, key === 'homicides' ? 'ctx.series.official' : 'ctx.series.arrests');
      for (const dot of panel.dots) {
        const date = dot.key.slice(dot.key.indexOf('-') + 1);
        if (!inYears(date)) continue;
        marks.push({ series, date: formatDate(date as never, lang), valueGives: formatNumber(dot.y, lang), unit });
      }
      texts.push(...panel.tags.map((tag) => tag.value));
      if (panel.estimate) texts.push(panel.estimate.value, panel.estimate.official ?? '');
    }
    return { marks, texts };
  },
  'world-comparison': (state, lang) => {
    const model = worldModel(state, lang);
    return {
      marks: model.rows.map((r) => ({
        ...(r.derived ? { seriesHas: r.name } : { series: r.name }),
        date: formatDate(r.date, lang),
        value: r.valueText,
        unit: model.unit,
      })),
      texts: [],
    };
  },
  timeline: (state, lang) => ({
    marks: timelineModel(state, lang)
      .events.filter((e) => e.shown)
      .map((e) => ({
        series: laneLabel(e.lane, lang),
        date: longWhen(
          timelineEvents.find((o) => o.id === e.id)!,
          lang,
        ),
        value: e.text,
        unit: '',
      })),
    texts: [],
  }),
};

function drawn<C extends ChartId>(chart: C, state: ChartStateOf<C>, lang: Language): Drawn {
  return drawnBy[chart](state, lang);
}

/** What the table lacks of what the chart draws in `state`, as readable lines (empty when complete). */
function missing<C extends ChartId>(chart: C, state: ChartStateOf<C>, table: TableRow[], lang: Language): string[] {
  const { marks, texts } = drawn(chart, state, lang);
  const lacking = marks.filter((m) => !table.some((r) => matches(r, m))).map((m) => `mark ${JSON.stringify(m)}`);
  const numbers = numbersOf(table, lang);
  for (const text of texts)
    for (const n of numbersIn(withoutDates(text, lang))) if (!gives(numbers, n)) lacking.push(`${n} in "${text}"`);
  return lacking;
}

// ---- The charts as the chapters show them ----

function chartsInChapters(lang: Language): ChartShown[] {
  const dir = `content/chapters/${lang}`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => chartsShownIn(`${dir}/${f}`));
}

describe('every chart in the chapters has a data table with every value it draws', () => {
  for (const lang of LANGUAGES) {
    const shown = chartsInChapters(lang);
    it(`${lang}: the chapters show charts`, () => {
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.some((s) => s.states.length > 1)).toBe(true);
    });
    for (const { where, chart, states } of shown) {
      it(`${where}: every step's values are in the table`, () => {
        const table = tableOf(chart, states, lang);
        for (const [i, input] of states.entries())
          expect(missing(chart, stateOf(chart, input), table, lang), `step ${i + 1}`).toEqual([]);
      });
    }
  }

  it("chapter 2's prison population table gives the counts of every step and the rates", () => {
    const scroller = chartsInChapters('en').find((s) => s.chart === 'prison-population' && s.states.length > 1)!;
    const table = tableOf('prison-population', scroller.states, 'en');
    const units = new Set(table.map((r) => r.unit));
    expect(units).toContain('People in prison');
    expect(units).toContain('Prisoners per 100,000 residents');
    // The counts of the two decades before 2019 (the first steps), not only the last step's years.
    expect(table.some((r) => r.unit === 'People in prison' && r.date.endsWith('1992'))).toBe(true);
  });

  it("chapter 4's deaths table gives the counts and the causes bars' values", () => {
    const scroller = chartsInChapters('en').find((s) => s.chart === 'deaths-in-custody')!;
    const table = tableOf('deaths-in-custody', scroller.states, 'en');
    expect(table.some((r) => r.unit === 'Deaths (cumulative count)')).toBe(true);
    expect(table).toContainEqual(
      expect.objectContaining({ series: 'Cristosal, cause of death: Illness', value: '87', unit: 'Deaths' }),
    );
    expect(table.some((r) => r.unit === '% of the deaths classified')).toBe(true);
  });
});

describe('every named view has a data table with every value it draws (embeds, catalogue)', () => {
  for (const chart of CHART_IDS)
    for (const [view, state] of Object.entries(chartStates[chart].views))
      it.each(LANGUAGES)(`${chart} / ${view} (%s)`, (lang) => {
        const parsed = stateOf(chart, state);
        expect(missing(chart, parsed, tableOf(chart, [state], lang), lang)).toEqual([]);
      });
});

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

  it('every row of every table but the timeline states its unit, in both languages', () => {
    for (const { where, chart, lang, table } of tables) {
      expect(table.length, `${where} (${lang})`).toBeGreaterThan(0);
      const without = table.filter((r) => r.unit.trim() === '');
      if (chart === 'timeline') expect(without, `${where} (${lang}): events have no unit`).toEqual(table);
      else expect(without, `${where} (${lang})`).toEqual([]);
    }
  });

  it('no two figures of a table share a series, date and unit (the unit tells a count from a rate)', () => {
    for (const { where, lang, table } of tables.filter((x) => x.chart !== 'timeline')) {
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

  it('the timeline names its columns for events, every other chart keeps "Series" and "Value"', () => {
    expect(registry.timeline.tableHeadings).toEqual({ series: 'tl.table.lane', value: 'tl.table.event' });
    for (const chart of CHART_IDS.filter((c) => c !== 'timeline'))
      expect(registry[chart].tableHeadings, chart).toBeUndefined();
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
