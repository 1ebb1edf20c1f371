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

/**
 * Sent by the controller when a reader picks a view with a scroller's explore controls (Scrolly.astro). It carries
 * nothing: the choice is on the `[data-scrolly]` element, in `data-explore-step` (the step it applies to, the last)
 * and `data-explore-index` (the island's model to show while that step is active), where an island that hydrates
 * later finds it too.
 */
export const EXPLORE_EVENT = 'scrolly:explore';
