/**
 * The occupant counts the cell chart can draw, apart from the state schema (state.ts): the model needs them in
 * the browser, the schema is only for checking chapters at build time.
 */
import { peoplePerCell } from '../../data/cecot';

/** Occupant counts the sources give (both ends of each reported range), plus 0 for the empty cell. */
export const OCCUPANT_COUNTS = [0, ...new Set(peoplePerCell.flatMap((c) => [c.min, c.max]))].sort((a, b) => a - b);
