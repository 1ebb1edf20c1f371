/**
 * Drives every scroller on the page: tells the chart island inside each `[data-scrolly]` section which step is
 * active and how far through it the reader is (a `scrolly:step` event), keeps the URL fragment on the active
 * step, and wires the previous/next buttons and arrow keys.
 *
 * scrollama's IntersectionObservers (and a frame-throttled scroll listener, for jumps that skip every step) tell
 * us *when* to look; `activeStep` decides *what* is active from the steps' positions, so skipped or reordered
 * events cannot leave the chart in the wrong state.
 *
 * Loaded with the chart islands (stepSignal.svelte.ts imports it), it starts itself on import, in the browser.
 * Re-running it (dev reloads, a second import) must not add listeners: each section keeps its one controller in
 * a WeakMap stored on window, and only the first run sets a section up: scrollama's setup() adds a document
 * scroll listener that its destroy() never removes, so it is called once per section, ever.
 */
import scrollama from 'scrollama';
import { activeStep, PHONE_MAX_WIDTH, triggerLine } from './activeStep';
import { STEP_EVENT, type StepDetail } from './stepEvent';

interface Controller {
  refresh(): void;
}

declare global {
  interface Window {
    __scrollers?: WeakMap<HTMLElement, Controller>;
  }
}

function debounce(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

function setup(section: HTMLElement): Controller {
  const steps = [...section.querySelectorAll<HTMLElement>('[data-step]')];
  // The pinned part (chart, title and buttons); on phones the steps pass under it.
  const sticky = section.querySelector<HTMLElement>('.scrolly-graphic');
  let trigger = 0;
  // Where a step's top lands when a reader jumps to it (buttons, keys, URL fragment): just below the chart on
  // phones, where the chart sits on top; a little above the trigger line on wider screens. Both are measured in
  // pixels, again only when the width changes, and the anchor is exposed to CSS for `scroll-margin-top`.
  let anchor = 0;
  const measureAnchor = () => {
    const chartBottom = sticky?.offsetHeight ?? 0;
    const phone = window.innerWidth < PHONE_MAX_WIDTH;
    trigger = triggerLine(window.innerHeight, window.innerWidth, phone ? chartBottom : 0);
    anchor = phone ? Math.min(chartBottom + 12, trigger - 8) : trigger - 8;
    section.style.setProperty('--step-anchor', `${anchor}px`);
  };
  measureAnchor();
  let width = window.innerWidth;
  let current = -1;
  let frame = 0;

  let lastProgress = -1;
  const update = () => {
    frame = 0;
    const boxes = steps.map((s) => {
      const r = s.getBoundingClientRect();
      return { top: r.top, height: r.height };
    });
    const { index, progress } = activeStep(boxes, trigger);
    steps.forEach((s, i) => {
      s.classList.toggle('is-active', i === index);
      s.classList.toggle('is-past', i < index);
    });
    section.dataset['activeStep'] = String(index);
    if (index !== current || Math.abs(progress - lastProgress) > 0.001) {
      lastProgress = progress;
      section.dispatchEvent(new CustomEvent<StepDetail>(STEP_EVENT, { detail: { index, progress } }));
    }
    if (index !== current) {
      const changedByScroll = current !== -1;
      current = index;
      section.style.setProperty('--active-step', String(index));
      const label = section.querySelector('[data-step-position]');
      if (label) label.textContent = label.getAttribute('data-template')!.replace('{n}', String(index + 1));
      // Keep the address on the step being read, so a reload or a shared link comes back to it; only when the
      // reader scrolled here (not on the first paint), and without adding history entries.
      const rect = section.getBoundingClientRect();
      if (changedByScroll && rect.top < window.innerHeight && rect.bottom > 0 && steps[index]?.id) {
        history.replaceState(history.state, '', `#${steps[index]!.id}`);
      }
    }
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };

  // scrollama accepts offsets like "640px" at run time (parseOffset in its source); its typings only list 0-1.
  type SetupOptions = Parameters<ReturnType<typeof scrollama>['setup']>[0];
  type PixelScroller = ReturnType<typeof scrollama> & { offset(value: string): unknown };
  const scroller = scrollama() as PixelScroller;
  const options = { step: steps, offset: `${trigger}px`, progress: true, threshold: 4 };
  scroller
    .setup(options as unknown as SetupOptions)
    .onStepEnter(schedule)
    .onStepExit(schedule)
    .onStepProgress(schedule);

  // IntersectionObservers say nothing when a jump (a fling, an anchor, scroll restoration) skips every step, so a
  // passive, frame-throttled scroll listener also asks for a look (on document: the page's scroll events fire
  // there); `update` is cheap when nothing changed.
  document.addEventListener('scroll', schedule, { passive: true });

  // Only a width change (rotation, window resize) moves the trigger line; height-only changes are the URL bar.
  const remeasure = () => {
    measureAnchor();
    scroller.offset(`${trigger}px`);
    scroller.resize();
    schedule();
  };
  window.addEventListener(
    'resize',
    debounce(() => {
      if (window.innerWidth === width) return;
      width = window.innerWidth;
      remeasure();
    }, 200),
  );

  // The step a button or key press is heading to while a smooth scroll is still under way, so pressing "next"
  // twice quickly moves two steps, not one.
  let pending = -1;
  window.addEventListener('scrollend', () => {
    // Settle the active step first, so a press right after the scroll counts from where the reader now is.
    if (frame) cancelAnimationFrame(frame);
    update();
    pending = -1;
  });
  const go = (delta: number) => {
    const to = Math.min(steps.length - 1, Math.max(0, (pending >= 0 ? pending : Math.max(current, 0)) + delta));
    const target = steps[to];
    if (!target) return;
    pending = to;
    // Put the step's top on the anchor line (above the trigger), so it is the active one when scrolling stops.
    const y = window.scrollY + target.getBoundingClientRect().top - anchor;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollTo({ top: y, behavior: reduce ? 'auto' : 'smooth' });
    target.focus({ preventScroll: true });
  };
  section.querySelector('[data-step-prev]')?.addEventListener('click', () => go(-1));
  section.querySelector('[data-step-next]')?.addEventListener('click', () => go(1));
  section.addEventListener('keydown', (event) => {
    if (
      event.target instanceof HTMLElement &&
      event.target.closest('input, textarea, select, summary, [contenteditable]')
    )
      return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') go(1);
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') go(-1);
    else return;
    event.preventDefault();
  });

  section.classList.add('is-enhanced');
  update();
  // Called again once the page has loaded: a late font or image can change the chart's height.
  return { refresh: remeasure };
}

function init() {
  const registry = (window.__scrollers ??= new WeakMap());
  for (const section of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
    const existing = registry.get(section);
    if (existing) existing.refresh();
    else registry.set(section, setup(section));
  }
}

// Server rendering of the islands imports this module too; there is nothing to drive there.
if (typeof document !== 'undefined') {
  init();
  // A late-loading font or image can move steps; look again once everything has loaded (if it has not already).
  if (document.readyState !== 'complete') window.addEventListener('load', init, { once: true });
}
