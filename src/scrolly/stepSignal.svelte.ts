/**
 * The active step of the scroller (or stepper) that contains a chart island, as reactive state.
 *
 * The scroll controller (src/scrolly/controller.ts) dispatches `scrolly:step` events on its `[data-scrolly]`
 * element with the active step index and the progress through it. Charts listen through this helper instead of
 * knowing how steps are tracked, so the same island works in a scrolling chapter, a stepper embed, or on its own.
 * A reader's choice in the explore controls after the last step (`scrolly:explore`) picks another of the island's
 * models to show while that step is active; `step` stays the step the controller says is active.
 *
 * The controller is imported here, not by the page: it only matters once a chart is on screen, so it loads with
 * the first chart island instead of before anything is visible. It starts itself, in the browser only.
 */
import './controller';
import { EXPLORE_EVENT, STEP_EVENT, type StepDetail } from './stepEvent';
import { watchSettled } from '../charts/settled';
import { nextTask } from '../lib/nextTask';

export { STEP_EVENT, type StepDetail };

export function followSteps(getElement: () => HTMLElement | undefined, count: number, initial = 0) {
  let index = $state(Math.min(Math.max(0, initial), Math.max(0, count - 1)));
  let progress = $state(0);
  // The explore choice: model `explore.index` replaces the step's while step `explore.step` is active.
  let explore = $state({ step: -1, index: -1 });

  // Every island says when its chart has stopped moving (data-settled), for anything that reads its rendering.
  $effect(() => {
    const element = getElement();
    if (element) return watchSettled(element);
  });

  $effect(() => {
    const host = getElement()?.closest<HTMLElement>('[data-scrolly]');
    if (!host) return;
    // The controller may have run before this island hydrated (a reload mid-story): start from what it found.
    const known = Number(host.dataset['activeStep']);
    if (Number.isInteger(known) && known >= 0 && known < count) index = known;
    // A step change reaches the chart in the task after the controller's: the controller's work (a look at the
    // steps, their classes) and the chart's (new marks, the start of its tweens) each fit in a short task on a
    // phone, where together they made one long one. Events that come meanwhile are merged: the latest wins.
    // The island's element carries `data-step-pending` until then, which also marks the chart as not settled.
    let queued: StepDetail | null = null;
    const apply = () => {
      const detail = queued;
      queued = null;
      getElement()?.removeAttribute('data-step-pending');
      if (!detail) return;
      if (Number.isInteger(detail.index) && detail.index >= 0 && detail.index < count) index = detail.index;
      progress = Math.min(1, Math.max(0, detail.progress));
    };
    const onStep = (event: Event) => {
      const first = queued === null;
      queued = (event as CustomEvent<StepDetail>).detail;
      if (!first) return;
      getElement()?.setAttribute('data-step-pending', '');
      void nextTask().then(apply);
    };
    const onExplore = () => {
      explore = { step: Number(host.dataset['exploreStep'] ?? -1), index: Number(host.dataset['exploreIndex'] ?? -1) };
    };
    onExplore();
    host.addEventListener(STEP_EVENT, onStep);
    host.addEventListener(EXPLORE_EVENT, onExplore);
    return () => {
      host.removeEventListener(STEP_EVENT, onStep);
      host.removeEventListener(EXPLORE_EVENT, onExplore);
    };
  });

  return {
    /** The model to show: the active step's, or the explore choice's while its step is active. */
    get index() {
      return index === explore.step && explore.index >= 0 && explore.index < count ? explore.index : index;
    },
    /** The active step. */
    get step() {
      return index;
    },
    get progress() {
      return progress;
    },
  };
}
