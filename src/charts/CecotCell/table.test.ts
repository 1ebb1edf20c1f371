/** The CECOT cell chart's data table: every number written on the chart, in every state shown (../testing.ts). */
import { tableHoldsWhatItDraws } from '../testing';
import { cecotCellModel } from './model';

tableHoldsWhatItDraws('cecot-cell', (state, lang) => {
  const model = cecotCellModel(state, lang);
  const [labels, notes] =
    state.scale === 'prison' ? [model.prison.labels, model.prison.notes] : [model.cellLabels, model.cellNotes];
  return {
    marks: [],
    texts: [...labels.filter((l) => l.visible).flatMap((l) => l.lines.map((line) => line.text)), ...notes],
  };
});
