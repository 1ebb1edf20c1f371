/** The deaths-in-custody chart: what surrounds it wherever it appears (see src/charts/define.ts). */
import type { Language } from '../../data/types';
import { deathsInCustody } from '../../data/deaths';
import { causesOfDeath, type CauseBreakdownId } from '../../data/deathCauses';
import { formatNumber, formatQualified } from '../../lib/format';
import { t } from '../../lib/i18n';
import { defineChart, type TableRow } from '../define';
import { row, uniqueSources } from '../table';
import { COUNTER_SHAPES, counterLabel, countsThrough, deathsModel, timelineFrame } from './model';
import { seriesColor } from '../palette';
import { deathsInCustodyImage } from './staticSvg';
import spec, { LATEST_DEATHS_DATE } from './state';

/** How many deaths a breakdown of causes covers: the figure its subtitle, and the timeline's marker, quote. */
function totalRow(id: CauseBreakdownId, lang: Language): TableRow {
  const b = causesOfDeath[id];
  return row(
    t(lang, 'deaths.table.causesTotal', { counter: counterLabel(b.counter, lang) }),
    b.date,
    formatNumber(b.total, lang),
    t(lang, 'deaths.table.unit.deaths'),
    b.source,
    lang,
  );
}

export default defineChart({
  id: 'deaths-in-custody',
  spec,
  titleKey: 'deaths.title',
  dekKey: 'deaths.dek',
  notesKey: 'deaths.notes',
  datasets: ['deaths-in-custody', 'causes-of-death'],
  // Credit only counters the chart draws: Amnesty's single early count is in the download but in no view.
  sources: uniqueSources([
    ...Object.entries(deathsInCustody)
      .filter(([counter]) => counter !== 'amnesty')
      .flatMap(([, list]) => list),
    ...Object.values(causesOfDeath),
  ]),
  asOf: LATEST_DEATHS_DATE,
  marks: ['dots', 'at-least', 'shapes'],
  embedHeight: 720,
  model: deathsModel,
  describe: (state, lang) => deathsModel(state, lang).description,
  table: (state, lang) => {
    const model = deathsModel(state, lang);
    if (state.view === 'causes') {
      const b = causesOfDeath[state.breakdown];
      const unit = t(lang, b.unit === 'percent' ? 'deaths.table.unit.share' : 'deaths.table.unit.deaths');
      return [
        totalRow(state.breakdown, lang),
        ...model.causes.bars.map((bar) =>
          row(
            t(lang, 'deaths.table.cause', {
              counter: counterLabel(b.counter, lang),
              cause: bar.detail ? `${bar.label} (${bar.detail})` : bar.label,
            }),
            b.date,
            formatNumber(bar.value, lang),
            unit,
            b.source,
            lang,
          ),
        ),
      ];
    }
    // Every figure each counter had published by `through`, counter by counter (never added up).
    const unit = t(lang, 'deaths.table.unit.cumulative');
    const rows = state.counters.flatMap((c) => {
      const last = countsThrough(c, state.through);
      // Find the figure countsThrough returned by its date, unique per counter.
      const upTo = last ? deathsInCustody[c].findIndex((o) => o.date === last.date) + 1 : 0;
      return deathsInCustody[c]
        .slice(0, upTo)
        .map((o) =>
          row(counterLabel(c, lang), o.date, formatQualified(o.value, o.qualifier, lang), unit, o.source, lang),
        );
    });
    // The marker of Cristosal's April 2024 report (the model's) quotes how many deaths it classified.
    if (timelineFrame(model, model.throughX).markerVisible) rows.push(totalRow('cristosal-2024', lang));
    return rows;
  },
  image: deathsInCustodyImage,
  // After the story, any mix of the counters: each toggle switches one line on or off (src/charts/explore.ts).
  explore: [
    {
      labelKey: 'explore.deaths.counters',
      field: 'counters',
      base: 'all-counters',
      allLabelKey: 'explore.deaths.all',
      // One per counter that draws a line, the default state's four (Amnesty International's one count is a point).
      toggles: spec.defaults.counters.map((counter) => ({
        value: counter,
        labelKey: `deaths.counter.${counter}` as const,
        mark: { shape: COUNTER_SHAPES[counter], color: seriesColor(counter) },
      })),
    },
  ],
});
