/**
 * States of the world comparison: which other countries are listed beside El Salvador, and which of El Salvador's
 * figures are drawn.
 */
import { defineChartState, oneOf, subsetOf } from '../stateSchema';
import { SALVADOR_FIGURES, type SalvadorFigure } from '../../data/worldPrisonRates';

export interface WorldComparisonState {
  /** The other places listed: Central America and Mexico, or the highest rates in the World Prison Brief's table. */
  compare: 'neighbours' | 'highest';
  /**
   * El Salvador's figures drawn, each as its own bar: the World Prison Brief's last (March 2022), the 2024
   * census's, the UCA observatory's for 2024.
   */
  salvador: SalvadorFigure[];
}

/** Place among the charts, in the story's order (src/charts/states.ts). */
export const order = 5;

declare module '../states' {
  interface ChartStateTypes {
    'world-comparison': WorldComparisonState;
  }
}

const worldComparisonState = defineChartState(
  'world-comparison',
  {
    compare: oneOf(['neighbours', 'highest'] as const),
    salvador: subsetOf(SALVADOR_FIGURES),
  },
  { compare: 'highest', salvador: ['wpb', 'census', 'uca'] },
  {
    neighbours: { compare: 'neighbours', salvador: ['wpb'] },
    highest: { salvador: ['wpb'] },
    'after-2024': {},
  },
);

export default worldComparisonState;
