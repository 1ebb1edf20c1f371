/**
 * The event the scroll controller (controller.ts) sends to chart islands, in a module of its own: the controller
 * needs the name without the Svelte runtime that stepSignal.svelte.ts brings.
 */
export interface StepDetail {
  /** Index of the active step, 0-based. */
  index: number;
  /** Progress through the active step, 0-1. */
  progress: number;
}

export const STEP_EVENT = 'scrolly:step';
