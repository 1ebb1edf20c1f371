/**
 * States of the CECOT cell chart: how many people are drawn in one cell, which space standard is overlaid, and
 * whether the view zooms out to the whole prison.
 */
import { defineChartState, oneOf } from '../stateSchema';
import { STANDARD_IDS, type StandardId } from '../../data/standards';
import { OCCUPANT_COUNTS } from './occupants';

export { OCCUPANT_COUNTS };

export interface CecotCellState {
  /** People drawn in the cell: 0 or a number a source reported. */
  occupants: number;
  /** Minimum-space standard drawn to the same scale, or none. */
  standard: StandardId | 'none';
  /** One cell, or all 256 cells with the two capacity claims. */
  scale: 'cell' | 'prison';
}

/** Place among the charts, in the story's order (src/charts/states.ts). */
export const order = 2;

declare module '../states' {
  interface ChartStateTypes {
    'cecot-cell': CecotCellState;
  }
}

const cecotCellState = defineChartState(
  'cecot-cell',
  {
    occupants: oneOf(OCCUPANT_COUNTS),
    standard: oneOf(['none', ...STANDARD_IDS] as const),
    scale: oneOf(['cell', 'prison'] as const),
  },
  { occupants: 65, standard: 'none', scale: 'cell' },
  {
    'empty-cell': { occupants: 0 },
    'reported-65': { occupants: 65 },
    'reported-80': { occupants: 80 },
    'reported-100': { occupants: 100 },
    'icrc-standard': { occupants: 65, standard: 'icrc' },
    'cpt-standard': { occupants: 65, standard: 'cpt' },
    'whole-prison': { scale: 'prison' },
  },
);

export default cecotCellState;
