/**
 * What the world comparison shows in a given state, in the page's language: the unit, one row per bar (name, date,
 * value as written, bar length), in order of value, and the description for screen readers. Worked out on the
 * server only: the island receives each step's model as plain data (see Island.svelte), so the browser gets neither
 * the table of over 200 rates nor any strings.
 */
import { worldPrisonRates, elSalvadorRates, NEIGHBOUR_CODES, type CountryRate } from '../../data/worldPrisonRates';
import type { IsoDate, Language } from '../../data/types';
import type { SourceId } from '../../data/sources';
import { formatDate, formatNumber } from '../../lib/format';
import { t } from '../../lib/i18n';
import type { Readout } from '../readout/attrs';
import { readoutOf } from '../readout/text';
import { LOCALES } from '../../lib/uiText';
import { parseIsoDate } from '../../data/dates';
import type { WorldComparisonState } from './state';

/** How many of the highest rates in the table the `highest` state lists (El Salvador's WPB figure among them). */
export const TOP_COUNT = 10;

export interface WorldRow {
  /** Stable across states, so a country keeps its bar as the list changes: the copy's code, or `SLV-<figure>`. */
  key: string;
  /** The place's name (and, for El Salvador, which figure) in the page's language. */
  name: string;
  date: IsoDate;
  /** The date as written at the bar, at its own precision, months abbreviated ("Mar 2022"). */
  dateText: string;
  value: number;
  /** "629" or "1,775", in the page's language. */
  valueText: string;
  /** Bar length as a percentage of the longest bar in this state. */
  width: number;
  /** One of El Salvador's figures (drawn in the accent colour and bold). */
  salvador: boolean;
  /**
   * The row's custom properties, for the island to set in one go: `--w` the bar length, and for El Salvador's
   * rows `--fill` and `--strong` (see WorldComparison.svelte).
   */
  style: string;
  source: SourceId;
  /** For El Salvador's census rate, worked out here: its arithmetic and the sources of all its inputs. */
  derived?: { formula: string; sources: readonly SourceId[] };
  /** What a reader gets on pointing at the bar (src/charts/readout/); each bar is a row of its own. */
  readout: Readout;
}

declare module '../states' {
  interface ChartModelTypes {
    'world-comparison': WorldModel;
  }
}

export interface WorldModel {
  /** What the bars measure, shown above them. */
  unit: string;
  rows: WorldRow[];
  description: string;
}

/** A date at its own precision, short enough to sit after a bar on a phone: "2019", "Mar 2022". */
export function shortDate(date: IsoDate, lang: Language): string {
  const parsed = parseIsoDate(date);
  if (!parsed || parsed.precision === 'year') return formatDate(date, lang);
  const d = new Date(Date.UTC(parsed.year, (parsed.month ?? 1) - 1, parsed.day ?? 1));
  return new Intl.DateTimeFormat(LOCALES[lang], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}

const names = new Map<Language, Intl.DisplayNames>();
/** A place's name in the page's language, from its ISO code (CLDR's names), else the copy's own. */
export function placeName(o: Pick<CountryRate, 'region' | 'name'>, lang: Language): string {
  let display = names.get(lang);
  if (!display) names.set(lang, (display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' })));
  return display.of(o.region) ?? o.name;
}

/** Every other place in the copy, ranked by rate, highest first (ties by code, so the order never depends on input). */
export function rankedRates(): CountryRate[] {
  return [...worldPrisonRates].sort((a, b) => b.value - a.value || a.code.localeCompare(b.code));
}

/** The places listed beside El Salvador in a state, before El Salvador's own figures are added. */
export function comparedPlaces(state: WorldComparisonState): CountryRate[] {
  if (state.compare === 'neighbours') return rankedRates().filter((o) => NEIGHBOUR_CODES.includes(o.code));
  // The table's top rates with El Salvador's WPB figure competing for a place, as in WPB's own ranking.
  const slots = TOP_COUNT - (elSalvadorRates.wpb.value >= rankedRates()[TOP_COUNT - 1]!.value ? 1 : 0);
  return rankedRates().slice(0, slots);
}

export function worldModel(state: WorldComparisonState, lang: Language): WorldModel {
  const others = comparedPlaces(state).map((o) => ({
    key: o.code,
    name: placeName(o, lang),
    date: o.date,
    value: o.value,
    salvador: false,
    source: o.source,
    confidence: o.confidence,
  }));
  const salvador = state.salvador.map((figure) => {
    const o = elSalvadorRates[figure];
    return {
      key: `SLV-${figure}`,
      name: t(lang, `world.salvador.${figure}`),
      date: o.date,
      value: o.value,
      salvador: true,
      source: o.source,
      confidence: o.confidence,
      ...(o.formula === undefined ? {} : { derived: { formula: o.formula, sources: o.sources } }),
    };
  });
  const all = [...others, ...salvador].sort((a, b) => b.value - a.value || a.key.localeCompare(b.key));
  const max = Math.max(...all.map((r) => r.value));
  const rows: WorldRow[] = all.map(({ confidence, ...r }: (typeof all)[number] & Pick<WorldRow, 'derived'>, i) => ({
    ...r,
    readout: readoutOf(lang, {
      series: r.name,
      date: r.date,
      value: t(lang, 'pp.readout.rate', { value: formatNumber(r.value, lang) }),
      source: r.derived ? r.derived.sources : r.source,
      derived: r.derived !== undefined,
      confidence,
      row: i,
    }),
    dateText: shortDate(r.date, lang),
    valueText: formatNumber(r.value, lang),
    width: (r.value / max) * 100,
    style: `--w:${Math.round((r.value / max) * 10000) / 100}${r.salvador ? ';--fill:var(--c-wpb);--strong:700' : ''}`,
  }));

  const top = rows[0]!;
  // Screen readers hear dates in full.
  const list = rows.map((r) =>
    t(lang, 'world.describe.row', { name: r.name, value: r.valueText, date: formatDate(r.date, lang) }),
  );
  const description = [
    t(lang, `world.describe.${state.compare}`, { count: rows.length }),
    list.join('; ') + '.',
    t(lang, 'world.describe.top', { name: top.name, value: top.valueText, date: formatDate(top.date, lang) }),
    t(lang, 'world.describe.dates'),
  ].join(' ');

  return { unit: t(lang, 'world.unit'), rows, description };
}
