/**
 * Tells when a chart has stopped moving: `data-settled="false"` on its element while anything inside it changes
 * (tweened attributes, CSS transitions, Svelte transitions), `"true"` once nothing has for a few frames.
 *
 * Why: whatever reads a chart's rendering (a screenshot, a contrast check, a geometry comparison, an embed's
 * height report) must not catch it mid-transition. Charts animate in several ways (Svelte tweens rewrite
 * attributes every frame; fades are CSS or Web Animations), so this watches the outcome, not each mechanism:
 * DOM mutations inside the element, and animations still running on it or its descendants. It costs nothing
 * while the chart is still: the observer only records, and the frame loop runs only while something moved.
 */

/** Frames without a change before a chart counts as settled: one frame can fall between two tween ticks. */
const QUIET_FRAMES = 3;

export const SETTLED_ATTRIBUTE = 'data-settled';

/** Starts watching `element`; returns a function that stops. Browser only. */
export function watchSettled(element: HTMLElement): () => void {
  let quiet = 0;
  let frame = 0;

  const moving = () => element.getAnimations({ subtree: true }).some((a) => a.playState === 'running' || a.pending);

  const tick = () => {
    frame = 0;
    quiet = moving() ? 0 : quiet + 1;
    if (quiet >= QUIET_FRAMES) element.setAttribute(SETTLED_ATTRIBUTE, 'true');
    else frame = requestAnimationFrame(tick);
  };

  const changed = () => {
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
  element.addEventListener('transitionrun', changed);
  element.addEventListener('animationstart', changed);
  changed();

  return () => {
    observer.disconnect();
    element.removeEventListener('transitionrun', changed);
    element.removeEventListener('animationstart', changed);
    if (frame) cancelAnimationFrame(frame);
  };
}
