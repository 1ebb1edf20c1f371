/**
 * Tells when a chart has stopped moving: `data-settled="false"` on its element while anything inside it changes
 * (tweened attributes, CSS transitions, Svelte transitions), `"true"` once nothing has for a few frames.
 *
 * Why: whatever reads a chart's rendering (a screenshot, a contrast check, a geometry comparison, an embed's
 * height report) must not catch it mid-transition. Charts animate in several ways (Svelte tweens rewrite
 * attributes every frame; fades are CSS or Web Animations), so this watches the outcome, not each mechanism:
 * DOM mutations inside the element, CSS transitions by their events, and, once those are quiet, the animations
 * the browser still runs on it or its descendants. It costs nothing while the chart is still: the observer only
 * records, and the frame loop runs only while something moved.
 */

/** Frames without a change before a chart counts as settled: one frame can fall between two tween ticks. */
const QUIET_FRAMES = 3;

export const SETTLED_ATTRIBUTE = 'data-settled';

/**
 * Frames between two looks at the element's animations while CSS transitions are known to run: asking the
 * browser for every animation in the chart flushes its styles, which on a phone cost more than the transition
 * itself when it was done on every frame.
 */
const LOOK_EVERY = 8;

/** Starts watching `element`; returns a function that stops. Browser only. */
export function watchSettled(element: HTMLElement): () => void {
  let quiet = 0;
  let frame = 0;
  let frames = 0;
  // Something inside changed since the last frame (a tween's attributes, a class, new marks).
  let mutated = false;
  // CSS transitions started and not yet ended, as their events count them; checked against the browser's own
  // list whenever it is asked (a transition on an element removed mid-way never reports its end).
  let transitions = 0;

  const moving = () => element.getAnimations({ subtree: true }).some((a) => a.playState === 'running' || a.pending);

  // The browser's list of animations is only asked for once the DOM has stopped changing, and then only every few
  // frames while CSS transitions still run; Svelte transitions (Web Animations) fire no events, so a chart counts
  // as settled only after a look that finds nothing running.
  const tick = () => {
    frame = 0;
    frames++;
    if (mutated || (transitions > 0 && frames % LOOK_EVERY !== 0)) {
      mutated = false;
      quiet = 0;
    } else if (moving()) {
      quiet = 0;
    } else {
      transitions = 0;
      quiet++;
    }
    if (quiet >= QUIET_FRAMES) element.setAttribute(SETTLED_ATTRIBUTE, 'true');
    else frame = requestAnimationFrame(tick);
  };

  const changed = () => {
    mutated = true;
    quiet = 0;
    if (element.getAttribute(SETTLED_ATTRIBUTE) !== 'false') element.setAttribute(SETTLED_ATTRIBUTE, 'false');
    if (!frame) frame = requestAnimationFrame(tick);
  };

  const observer = new MutationObserver((records) => {
    // Our own attribute is not a change of the chart.
    if (records.some((r) => !(r.target === element && r.attributeName === SETTLED_ATTRIBUTE))) changed();
  });
  observer.observe(element, { subtree: true, childList: true, attributes: true, characterData: true });
  // CSS transitions start without a DOM mutation inside the element when a class changes above it.
  const started = () => {
    transitions++;
    changed();
  };
  const ended = () => {
    transitions = Math.max(0, transitions - 1);
  };
  element.addEventListener('transitionrun', started);
  element.addEventListener('transitionend', ended);
  element.addEventListener('transitioncancel', ended);
  element.addEventListener('animationstart', changed);
  changed();

  return () => {
    observer.disconnect();
    element.removeEventListener('transitionrun', started);
    element.removeEventListener('transitionend', ended);
    element.removeEventListener('transitioncancel', ended);
    element.removeEventListener('animationstart', changed);
    if (frame) cancelAnimationFrame(frame);
  };
}
