/**
 * What the charts' own tests (src/charts/<Chart>/*.test.ts) share, and the tests under tests/unit that loop over
 * every chart: which folder holds which chart, the charts as the chapters show them, a chart's states checked
 * against its parser, and its data table checked against what its model draws. Test code only; no page imports it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import { parseChapter } from '../lib/build/parseChapter';
import { checkChapterTree, evaluateLiteral } from '../lib/build/remarkStoryComponents';
import { formulaIn, LANGUAGES, LOCALES } from '../lib/i18n';
import type { Language } from '../data/types';
import { registry, stateOf, tableOf, type TableRow } from './registry';
import type { TableHeadings } from './define';
import { ChartStateError } from './stateSchema';
import { CHART_IDS, chartStates, type ChartId, type ChartStateOf } from './states';

// ---- Folders ----

const specFiles = import.meta.glob<{ chart: ChartId }>('./*/state.ts', { eager: true, import: 'default' });

/** Each chart's folder, by id: the folder whose state.ts declares the chart ("src/charts/<Chart>"). */
export const chartFolders = Object.fromEntries(
  Object.entries(specFiles).map(([file, spec]) => [spec.chart, `src/charts/${file.split('/').at(-2)}`]),
) as { readonly [C in ChartId]: string };

const svelteFiles = import.meta.glob<Component<{ model: never }>>('./*/*.svelte', { import: 'default' });

/**
 * A chart's live component: the one named after its folder (src/charts/<Chart>/<Chart>.svelte), which draws the
 * chart definition's model of a state.
 */
export async function chartComponent(chart: ChartId): Promise<Component<{ model: never }>> {
  const folder = chartFolders[chart].split('/').at(-1)!;
  const load = svelteFiles[`./${folder}/${folder}.svelte`];
  if (!load) throw new Error(`${chartFolders[chart]}/ has no ${folder}.svelte`);
  return load();
}

/** Whether a chart's folder has a test file of this name ("table.test.ts"). */
export function folderHasTest(chart: ChartId, name: string): boolean {
  return existsSync(`${chartFolders[chart]}/${name}`);
}

// ---- The charts as the chapters show them ----

/** A scroller or figure of a chapter, with the full states the page shows. */
export interface ChartShown {
  /** The file and the element, for messages: "content/chapters/en/02-….mdx <Scrolly prison-population-1>". */
  where: string;
  chart: ChartId;
  /** A scroller's steps, as the build hands them to it; a figure's one state. */
  states: unknown[];
}

interface JsxElement {
  type: string;
  name?: string | null;
  attributes?: { name?: string; value?: unknown }[];
}

/** Every scroller and figure of a chapter file, in reading order, with the states its page shows. */
export function chartsShownIn(file: string): ChartShown[] {
  const { tree } = parseChapter(readFileSync(file, 'utf8'));
  // The check adds each scroller's parsed steps to its element (the `steps` prop), as in the build.
  checkChapterTree(tree, file);
  const found: ChartShown[] = [];
  visit(tree as never, (node: JsxElement) => {
    if (node.type !== 'mdxJsxFlowElement' || (node.name !== 'Scrolly' && node.name !== 'Figure')) return;
    const attr = (name: string) => node.attributes?.find((a) => a.name === name)?.value;
    const chart = attr('chart') as ChartId;
    if (node.name === 'Scrolly') {
      found.push({
        where: `${file} <Scrolly ${String(attr('id'))}>`,
        chart,
        states: JSON.parse(attr('steps') as string),
      });
      return;
    }
    // As Figure.astro does: the named view (or the defaults) with the figure's own state over it.
    const spec = chartStates[chart];
    const view = attr('view') as string | undefined;
    const own = attr('state') as { data?: { estree?: { body: never[] } } } | undefined;
    const base = view === undefined ? spec.defaults : (spec.views as Record<string, object>)[view];
    const extra = own?.data?.estree?.body[0] ? (evaluateLiteral(own.data.estree.body[0]) as object) : {};
    found.push({ where: `${file} <Figure ${chart}>`, chart, states: [spec.parse({ ...base, ...extra })] });
  });
  return found;
}

/** Every scroller and figure of the chapters in one language, in reading order. */
export function chartsInChapters(lang: Language): ChartShown[] {
  const dir = `content/chapters/${lang}`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => chartsShownIn(`${dir}/${f}`));
}

// ---- States ----

/** Tests that a chart has its place in the story's order (CHART_IDS; 1 is the first). */
export function isChartOfTheStory(chart: ChartId, place: number): void {
  it(`${chart} is chart ${place} of the story`, () => {
    expect(CHART_IDS.indexOf(chart) + 1).toBe(place);
  });
}

/** Parses a state for a chart, returning the error it throws (or failing the test if it does not throw). */
export function errorFor(chart: ChartId, state: unknown): ChartStateError {
  try {
    chartStates[chart].parse(state);
  } catch (e) {
    return e as ChartStateError;
  }
  throw new Error(`expected ${JSON.stringify(state)} to be rejected by ${chart}`);
}

/** A state a chart must reject, with the key its error names and the problem it states. */
export interface InvalidState {
  problem: string;
  state: object;
  key: string;
  message: string;
}

/** Tests that each state is rejected with an error naming the chart, the key and what is allowed. */
export function rejectsStates(chart: ChartId, cases: InvalidState[]): void {
  it.each(cases)(`${chart}: $problem`, ({ state, key, message }) => {
    const error = errorFor(chart, state);
    expect(error).toBeInstanceOf(ChartStateError);
    expect(error).toMatchObject({ chart, key, problem: message });
    expect(error.message).toBe(`Invalid state for chart "${chart}": "${key}" ${message}`);
  });
}

/** Tests that each partial state is valid and merged over the chart's defaults. */
export function acceptsPartialStates(chart: ChartId, states: object[]): void {
  it.each(states.map((state) => ({ state })))(`${chart} accepts $state`, ({ state }) => {
    const spec = chartStates[chart];
    expect(spec.parse(state)).toEqual({ ...spec.defaults, ...state });
  });
}

// ---- Our arithmetic, shown in Spanish ----

/** Words of a formula that must not be left in English in its Spanish form. */
const ENGLISH_WORDS = new Set([
  'people',
  'deaths',
  'months',
  'cells',
  'buildings',
  'Venezuelans',
  'Salvadorans',
  'from',
  'to',
]);

/**
 * Checks a formula of our arithmetic (as the data module writes it, in English) in Spanish: no English word left,
 * the same numbers (dates are written out in Spanish), and the English form unchanged. Used for the facts' formulas
 * (tests/unit/i18n.test.ts) and those a chart works out itself (its folder's tests).
 */
export function expectFormulaInSpanish(formula: string): void {
  const spanish = formulaIn('es', formula);
  expect(spanish.split(/[^A-Za-zñáéíóú]+/).filter((w) => ENGLISH_WORDS.has(w))).toEqual([]);
  // Dates are written out in Spanish ("27 de marzo de 2022"); every other number stays as it was.
  const withoutDates = (s: string) =>
    s.replace(/\d{4}(?:-\d{2}){1,2}/g, '').replace(/(?:\d{1,2} de )?[a-z]+ de \d{4}/g, '');
  expect(withoutDates(spanish).match(/[\d.,-]+\d/g)).toEqual(withoutDates(formula).match(/[\d.,-]+\d/g));
  expect(formulaIn('en', formula)).toBe(formula);
}

// ---- Data tables ----

/** A mark of the chart: some row must have exactly these cells. */
export interface Mark {
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
export interface Drawn {
  marks: Mark[];
  texts: string[];
}

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

/** What the table lacks of what the chart draws in a state, as readable lines (empty when complete). */
function missing({ marks, texts }: Drawn, table: TableRow[], lang: Language): string[] {
  const lacking = marks.filter((m) => !table.some((r) => matches(r, m))).map((m) => `mark ${JSON.stringify(m)}`);
  const numbers = numbersOf(table, lang);
  for (const text of texts)
    for (const n of numbersIn(withoutDates(text, lang))) if (!gives(numbers, n)) lacking.push(`${n} in "${text}"`);
  return lacking;
}

/**
 * The tests of a chart's data table ("Show the data"; see tests/unit/charts.tables.test.ts): for each scroller and
 * figure of the chapters that shows the chart (both languages), the table the page prints holds, for each step,
 * every value the chart draws in it, and so does each named view's own table (embeds, the catalogue). `drawn` reads
 * what the chart draws from its model, not from the table's code. The table's column headings are `headings`, or
 * the defaults ("Series", "Value") without it.
 */
export function tableHoldsWhatItDraws<C extends ChartId>(
  chart: C,
  drawn: (state: ChartStateOf<C>, lang: Language) => Drawn,
  headings?: TableHeadings,
): void {
  describe(`${chart}: the data table has every value the chart draws`, () => {
    for (const lang of LANGUAGES)
      for (const { where, states } of chartsInChapters(lang).filter((s) => s.chart === chart)) {
        it(`${where}: every step's values are in the table`, () => {
          const table = tableOf(chart, states, lang);
          for (const [i, input] of states.entries())
            expect(missing(drawn(stateOf(chart, input), lang), table, lang), `step ${i + 1}`).toEqual([]);
        });
      }

    for (const [view, state] of Object.entries(chartStates[chart].views))
      it.each(LANGUAGES)(`${chart} / ${view} (%s)`, (lang) => {
        const parsed = stateOf(chart, state);
        expect(missing(drawn(parsed, lang), tableOf(chart, [state], lang), lang)).toEqual([]);
      });

    it(headings ? `names its columns ${headings.series} and ${headings.value}` : 'keeps "Series" and "Value"', () => {
      expect(registry[chart].tableHeadings).toEqual(headings);
    });
  });
}
