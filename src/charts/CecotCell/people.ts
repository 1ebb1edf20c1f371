/**
 * The cell's people: where each can stand, and which of them a model draws. The chart itself leaves the choice to
 * CSS (CecotCell.svelte's `.people`), from the same two numbers; these say it for the per-step drawings (which keep
 * only the people in the cell) and the static images.
 */

/**
 * A place a person can stand: in a bunk place, then on the floor. The same for every headcount, so a page's
 * models share one list (islandModels.ts): which of them are drawn, and how, is the model's `headcount` and `room`.
 */
export interface PersonMark {
  key: number;
  x: number;
  y: number;
}

/** How many people a model's cell holds, and how many the overlaid standard allows there (none without one). */
export interface Occupancy {
  headcount: number;
  room: number | undefined;
}

/** Whether a person mark stands for someone in the cell (the first `headcount` marks do). */
export const isInCell = (model: Occupancy, p: PersonMark) => p.key < model.headcount;

/** Whether a person in the cell is beyond what the overlaid standard allows: drawn as a smaller ring. */
export const isBeyondRoom = (model: Occupancy, p: PersonMark) => model.room !== undefined && p.key >= model.room;
