/**
 * Read-out texts, written on the server for each mark a chart model draws (see attrs.ts): the figure with its
 * qualifier and unit, its date at its own precision, who produced it, how sure we are of it, and a link to its
 * source's entry on the sources page.
 */
import type { Confidence, IsoDate, Language } from '../../data/types';
import type { SourceId } from '../../data/sources';
import { formatDate } from '../../lib/format';
import { t } from '../../lib/i18n';
import { creditOf, originalPublisherOf, sourceAnchor } from '../../lib/citation';
import type { Readout } from './attrs';

export interface ReadoutFigure {
  /** What the mark stands for: the series, or the bar's or event's name. */
  series: string;
  /** When the figure applies; none for a figure without a date of its own (a standard). */
  date?: IsoDate;
  /** The date as written where `date` cannot say it (a span of days: "15–16 March 2025"). */
  dateText?: string;
  /** The figure as written, with its qualifier ("at least 487") and unit; none where `series` already says it. */
  value?: string;
  /** Where the figure was published; for a figure worked out here, its inputs' sources. */
  source: SourceId | readonly SourceId[];
  /** Worked out here from its sources' figures (a rate from a count and a population), not published as such. */
  derived?: boolean;
  confidence?: Confidence;
  /** The series' row for keyboard moves, and the mark's place along it where not across the screen (attrs.ts). */
  row: number;
  at?: number;
}

export function readoutOf(lang: Language, figure: ReadoutFigure): Readout {
  const inputs: readonly SourceId[] = typeof figure.source === 'string' ? [figure.source] : figure.source;
  const first = inputs[0];
  if (first === undefined) throw new Error(`Read-out of "${figure.series}" has no source`);
  // Credited as the data table credits it: the original publisher, or every input's outlet for our arithmetic.
  const who = figure.derived
    ? [...new Set(inputs.map((s) => creditOf(s, lang)))].join('; ')
    : originalPublisherOf(first, lang);
  const key = figure.derived ? 'readout.workedOut' : 'readout.source';
  const date = figure.date === undefined ? undefined : (figure.dateText ?? formatDate(figure.date, lang));
  const { series } = figure;
  // The sentence ends with its own full stop ("EE. UU." would end in two).
  const value = figure.value?.replace(/\.$/, '');
  const sentences = [
    date === undefined
      ? `${series}${value === undefined ? '' : `: ${value}`}.`
      : value === undefined
        ? t(lang, 'readout.dated', { series, date })
        : t(lang, 'readout.figure', { series, date, value }),
    t(lang, key, { who }),
  ];
  if (figure.confidence)
    sentences.push(t(lang, 'readout.confidence', { level: t(lang, `sources.confidence.${figure.confidence}`) }));
  return {
    text: sentences.join(' '),
    href: `/${lang}/sources/#${sourceAnchor(first)}`,
    row: figure.row,
    ...(figure.at === undefined ? {} : { at: figure.at }),
  };
}

/**
 * A model without its read-outs, for a drawing no one can point at or arrow through (a scroller's per-step charts
 * for readers without JavaScript): the read-outs' sentences would be most of its markup.
 */
export function withoutReadouts<M>(model: M): M {
  if (Array.isArray(model)) return model.map(withoutReadouts) as M;
  if (!model || typeof model !== 'object') return model;
  return Object.fromEntries(
    Object.entries(model)
      .filter(([key]) => key !== 'readout' && key !== 'readouts')
      .map(([key, value]) => [key, withoutReadouts(value)]),
  ) as M;
}
