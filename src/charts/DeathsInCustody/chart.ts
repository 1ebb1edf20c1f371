/** The deaths-in-custody chart: what surrounds it wherever it appears (see src/charts/define.ts). */
import { deathsInCustody } from '../../data/deaths';
import { causesOfDeath } from '../../data/deathCauses';
import { formatQualified } from '../../lib/format';
import { defineChart } from '../define';
import { row, uniqueSources } from '../table';
import { counterLabel, countsThrough, deathsModel } from './model';
import { deathsInCustodyImage } from './staticSvg';
import spec, { LATEST_DEATHS_DATE } from './state';

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
  marks: ['dots'],
  embedHeight: 720,
  islandStrings: ['deaths', 'qualifier'],
  describe: (state, lang) => deathsModel(state, lang).description,
  table: (state, lang) => {
    if (state.view === 'causes') {
      const b = causesOfDeath[state.breakdown];
      return deathsModel(state, lang).causes.bars.map((bar) =>
        row(bar.detail ? `${bar.label} (${bar.detail})` : bar.label, b.date, bar.text, b.source, lang),
      );
    }
    // Every figure each counter had published by `through`, counter by counter (never added up).
    return state.counters.flatMap((c) => {
      const last = countsThrough(c, state.through);
      // countsThrough returns the drawn copy of a figure (drawn.ts), so find it by its date, unique per counter.
      const upTo = last ? deathsInCustody[c].findIndex((o) => o.date === last.date) + 1 : 0;
      return deathsInCustody[c]
        .slice(0, upTo)
        .map((o) => row(counterLabel(c, lang), o.date, formatQualified(o.value, o.qualifier, lang), o.source, lang));
    });
  },
  image: deathsInCustodyImage,
});
