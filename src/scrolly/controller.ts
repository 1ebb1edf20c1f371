/**
 * Drives every scroller on the page: tells the chart island inside each `[data-scrolly]` section which step is
 * active and how far through it the reader is (a `scrolly:step` event), keeps the URL fragment on the active
 * step, and wires the previous/next buttons and arrow keys, and the explore controls after the last step.
 *
 * scrollama drives the steps: its IntersectionObservers' step enter and exit events say *when* the active step
 * may have changed, and its progress events how far through the step the reader is. On enter and exit (and once a
 * scroll has ended, for a jump that skipped every step), `activeStep` decides *what* is active from the steps'
 * positions, in the next animation frame, so skipped or reordered events cannot leave the chart in the wrong
 * state. Nothing measures the steps on every frame of a scroll, and no step change runs inside a scroll event.
 *
 * Loaded with the chart islands (stepSignal.svelte.ts imports it), it starts itself after import, in the browser.
 * Re-running it (dev reloads, a second import) must not add listeners: each section keeps its one controller in
 * a WeakMap stored on window, and only the first run sets a section up: scrollama's observers are set up once per
 * section, ever.
 */
import scrollama from 'scrollama';
import { activeStep, PHONE_MAX_WIDTH, triggerLine } from './activeStep';
import { EXPLORE_EVENT, STEP_EVENT, type StepDetail } from './stepEvent';
import { viewIn, withView } from './exploreUrl';
import { nextTask } from '../lib/nextTask';

interface Controller {
  refresh(): void;
}

declare global {
  interface Window {
    __scrollers?: WeakMap<HTMLElement, Controller>;
  }
}

function debounce(fn: () => void, ms: number): (() => void) & { cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const call = () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
  return Object.assign(call, { cancel: () => clearTimeout(timer) });
}

/**
 * Runs scrollama's setup without the document scroll listener it adds. That listener only tracks the direction
 * of scrolling, by reading the scroll position on every scroll event, and reading it makes the browser lay the
 * page out there and then whenever a chart has just changed: twice a frame during a transition, a long task on a
 * phone. scrollama's step observers read the position themselves before each enter and exit (its entry.js,
 * `intersectStep`), so the direction they report stays right; the controller does not use it anyway.
 */
function withoutDocumentScrollListener<T>(setup: () => T): T {
  const add = document.addEventListener;
  document.addEventListener = function (this: Document, ...args: Parameters<Document['addEventListener']>) {
    if (args[0] === 'scroll') return;
    add.apply(this, args);
  } as Document['addEventListener'];
  try {
    return setup();
  } finally {
    document.addEventListener = add;
  }
}

/** The element the address's fragment names, if any (a fragment that does not decode names nothing). */
function addressedElement(): HTMLElement | null {
  try {
    return location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  } catch {
    return null;
  }
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
  // Phones pin the chart above the steps, so anything scrolled above the anchor line is under the chart.
  let phone = false;
  // Enhanced first: the buttons it shows are part of the pinned part measured next.
  section.classList.add('is-enhanced');
  const measureAnchor = () => {
    const chartBottom = sticky?.offsetHeight ?? 0;
    phone = window.innerWidth < PHONE_MAX_WIDTH;
    trigger = triggerLine(window.innerHeight, window.innerWidth, phone ? chartBottom : 0);
    anchor = phone ? Math.min(chartBottom + 12, trigger - 8) : trigger - 8;
  };
  // Written after the steps have been measured, not between two measurements: a custom property on the section
  // restyles everything in it, and a measurement after that would wait for the restyle (a long task on a phone).
  // It only sets where a jump lands (scroll-margin-top), which moves nothing on the page.
  let written = '';
  const writeAnchor = () => {
    if (written === `${anchor}px`) return;
    written = `${anchor}px`;
    section.style.setProperty('--step-anchor', written);
  };
  measureAnchor();
  let width = window.innerWidth;
  let current = -1;
  let frame = 0;

  const previousButton = section.querySelector<HTMLButtonElement>('[data-step-prev]');
  const nextButton = section.querySelector<HTMLButtonElement>('[data-step-next]');
  const announcer = section.querySelector<HTMLElement>('[data-step-announce]');
  // The explore controls after the last step (Scrolly.astro), if the chart has any.
  const explore = section.querySelector<HTMLElement>('[data-explore]');
  // Whether the last step change came from the buttons or keys (the reader is not looking at the step's text).
  let byControl = false;

  /**
   * One short, polite announcement per change, once scrolling has settled: the position, plus the step's text
   * (without its note markers and notes) when the change came from the buttons or keys (a reader scrolling is
   * reading that text already). A quick flick through the scroller therefore announces only where it ended.
   */
  const announceStep = debounce(() => {
    if (!announcer || current < 0) return;
    const position = announcer.getAttribute('data-template')!.replace('{n}', String(current + 1));
    let text = '';
    if (byControl) {
      const card = steps[current]?.querySelector('.step-card')?.cloneNode(true) as HTMLElement | undefined;
      card?.querySelectorAll('sup, [popover], [aria-hidden="true"]').forEach((e) => e.remove());
      text = (card?.textContent ?? '').replace(/\s+/g, ' ').trim();
    }
    announcer.textContent = text ? `${position}: ${text}` : position;
    byControl = false;
  }, 600);

  let lastProgress = -1;
  const dispatch = (index: number, progress: number) => {
    if (index === current && Math.abs(progress - lastProgress) <= 0.001) return;
    lastProgress = progress;
    section.dispatchEvent(new CustomEvent<StepDetail>(STEP_EVENT, { detail: { index, progress } }));
  };
  /**
   * Makes step `index` the active one (`reading`: the reader is at that step, so the address may follow it).
   */
  const activate = (index: number, progress: number, reading: boolean) => {
    if (index !== current) {
      steps.forEach((s, i) => {
        s.classList.toggle('is-active', i === index);
        s.classList.toggle('is-past', i < index);
      });
      section.dataset['activeStep'] = String(index);
    }
    dispatch(index, progress);
    if (index !== current) {
      const changedByScroll = current !== -1;
      current = index;
      const label = section.querySelector('[data-step-position]');
      if (label) label.textContent = label.getAttribute('data-template')!.replace('{n}', String(index + 1));
      // The ends are aria-disabled rather than disabled: a disabled button would drop the reader's focus.
      previousButton?.setAttribute('aria-disabled', String(index === 0));
      nextButton?.setAttribute('aria-disabled', String(index === steps.length - 1));
      if (changedByScroll) announceStep();
      // Keep the address on the step being read, so a reload or a shared link comes back to it; only when the
      // reader scrolled here (not on the first paint), and without adding history entries. An address that already
      // names something in that step (a note's way back, #ref-3) is kept: it says more than the step's id.
      if (changedByScroll && reading && steps[index]?.id && !steps[index]!.contains(addressedElement())) {
        history.replaceState(history.state, '', `#${steps[index]!.id}`);
      }
    }
  };
  /** Works the active step out from where the steps are (start-up, and once a scroll has ended). */
  const update = () => {
    frame = 0;
    const boxes = steps.map((s) => {
      const r = s.getBoundingClientRect();
      return { top: r.top, height: r.height };
    });
    const { index, progress } = activeStep(boxes, trigger);
    const rect = section.getBoundingClientRect();
    // The reader is at the step when the scroller is on screen and the step's top has passed the trigger line:
    // above the first step (the text before the scroller, a note's way back to it) the first step is active for
    // the chart's sake, but the reader is not reading it, and the address stays where it is.
    const reached = boxes[index]!.top <= trigger;
    activate(index, progress, reached && rect.top < window.innerHeight && rect.bottom > 0);
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };

  // scrollama accepts offsets like "640px" at run time (parseOffset in its source); its typings only list 0-1.
  type SetupOptions = Parameters<ReturnType<typeof scrollama>['setup']>[0];
  type PixelScroller = ReturnType<typeof scrollama> & { offset(value: string): unknown };
  const scroller = scrollama() as PixelScroller;
  const options = { step: steps, offset: `${trigger}px`, progress: true, threshold: 4 };
  // scrollama's enter and exit events say when the active step may have changed; which one it is comes from the
  // steps' positions, looked at once in the next frame (activeStep), so events skipped or reordered by a fast
  // scroll or a jump cannot leave the chart in the wrong state.
  withoutDocumentScrollListener(() => scroller.setup(options as unknown as SetupOptions))
    .onStepEnter(schedule)
    .onStepExit(schedule)
    .onStepProgress(({ index, progress }) => {
      if (index === current && !frame) dispatch(index, progress);
    });

  // Only a width change (rotation, window resize) moves the trigger line; height-only changes are the URL bar.
  const remeasure = () => {
    measureAnchor();
    scroller.offset(`${trigger}px`);
    scroller.resize();
    writeAnchor();
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
  // IntersectionObservers say nothing when a jump (a fling, an anchor, scroll restoration) skips every step, so
  // once a scroll has ended the steps are looked at once more, in the next frame rather than inside the event.
  // Browsers without `scrollend` get the same look a moment after the last scroll event.
  const scrollEnded = () => {
    pending = -1;
    schedule();
  };
  if ('onscrollend' in window) window.addEventListener('scrollend', scrollEnded);
  else document.addEventListener('scroll', debounce(scrollEnded, 150), { passive: true });
  /** Scrolls so that step `to` is the active one, its top just under the chart (phones) or near the trigger. */
  const jumpTo = (to: number) => {
    const target = steps[to];
    if (!target) return;
    pending = to;
    const y = window.scrollY + target.getBoundingClientRect().top - anchor;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollTo({ top: y, behavior: reduce ? 'auto' : 'smooth' });
  };
  /** One step forward or back from where the reader is (or is already heading); nothing past either end. */
  const go = (delta: number, moveFocus: boolean) => {
    const from = pending >= 0 ? pending : Math.max(current, 0);
    const to = from + delta;
    if (to < 0 || to >= steps.length) return;
    byControl = true;
    jumpTo(to);
    // From the keyboard on a step, focus follows to the new step (the old one may scroll under the chart); from
    // the buttons it stays on the button, so pressing it again goes on.
    if (moveFocus) steps[to]!.focus({ preventScroll: true });
  };
  previousButton?.addEventListener('click', () => go(-1, false));
  nextButton?.addEventListener('click', () => go(1, false));
  // Step keys belong to the steps and the chart only: inside captions, tables, notes or form fields the arrows
  // keep their usual meaning (scrolling, moving a caret).
  section.addEventListener('keydown', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target?.closest('[data-step], .scrolly-graphic')) return;
    if (target.closest('input, textarea, select, summary, details, table, [contenteditable]')) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') go(1, target.closest('[data-step]') !== null);
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') go(-1, target.closest('[data-step]') !== null);
    else return;
    event.preventDefault();
  });
  // Focus entering a step (Tab to a link in it, a footnote's way back) makes that step the active one and keeps
  // the focused element in sight: on phones, never under the pinned chart.
  const keepInSight = (target: HTMLElement) => {
    if (explore?.contains(target)) {
      const box = target.getBoundingClientRect();
      if (phone && (box.top < anchor - 1 || box.bottom > window.innerHeight))
        window.scrollTo({ top: window.scrollY + box.top - anchor });
      return;
    }
    const step = target.closest<HTMLElement>('[data-step]');
    const index = step ? steps.indexOf(step) : -1;
    if (!step || index < 0) return;
    const heading = pending >= 0 ? pending : current;
    const box = target.getBoundingClientRect();
    const hidden = phone && (box.top < anchor - 1 || box.bottom > window.innerHeight);
    if (index === heading && !hidden) return;
    const stepTop = step.getBoundingClientRect().top;
    // The step's top on the anchor line, unless that leaves the focused element below the screen: then the
    // element's own top goes there (the step is still the active one, its top being above the line).
    const fits = box.bottom - stepTop <= window.innerHeight - anchor;
    if (target === step || (index !== heading && fits)) jumpTo(index);
    else {
      pending = index;
      window.scrollTo({ top: window.scrollY + box.top - anchor });
    }
  };
  section.addEventListener('focusin', (event) => {
    if (event.target instanceof HTMLElement) keepInSight(event.target);
  });

  // Explore: the buttons pressed pick one of the island's models, which the chart shows while the last step is
  // active. Each group lists in `data-mixes` the model and view name of each set of keys it can press (a choice's
  // view alone, or any mix of toggles' values, space-separated in the buttons' order). A choice presses itself
  // alone; a toggle (in a `data-toggles` group) switches itself, and the last one on stays on. The address keeps
  // the view's name (exploreUrl.ts), so a link or a reload comes back to it. No scrolling, and the active step, its
  // position label and its address stay as they are.
  if (explore) {
    const buttons = [...explore.querySelectorAll<HTMLButtonElement>('button[data-view], button[data-toggle]')];
    const keyOf = (b: HTMLElement) => b.dataset['view'] ?? b.dataset['toggle'];
    const mixes: Record<string, [index: number, view: string]> = Object.assign(
      {},
      ...[...explore.querySelectorAll<HTMLElement>('[data-mixes]')].map((g) => JSON.parse(g.dataset['mixes']!)),
    );
    const press = (on: HTMLButtonElement[]) => {
      const [index, view] = mixes[on.map(keyOf).join(' ')]!;
      for (const b of buttons) b.setAttribute('aria-pressed', String(on.includes(b)));
      section.dataset['exploreStep'] = String(steps.length - 1);
      section.dataset['exploreIndex'] = String(index);
      section.dispatchEvent(new Event(EXPLORE_EVENT));
      return view;
    };
    // Read when it is said, so a description is the one the island has drawn by then.
    // The reader's press is the latest news: a step's announcement still waiting (the scroll that brought the
    // reader here settles 600 ms later) would otherwise overwrite it.
    const announce = (text: () => string | null | undefined, delay: number) => {
      announceStep.cancel();
      return setTimeout(() => {
        const said = text();
        if (announcer && said) announcer.textContent = said;
      }, delay);
    };
    explore.addEventListener('click', (event) => {
      const button = buttons.find((b) => b.contains(event.target as Node));
      if (!button) return;
      const on = button.closest('[data-toggles]')
        ? buttons.filter((b) => (b === button) !== (b.getAttribute('aria-pressed') === 'true'))
        : [button];
      // The last toggle on stays on: say why nothing changed.
      if (!on.length) return announce(() => explore.querySelector('.explore-toggles-hint')?.textContent, 0);
      history.replaceState(history.state, '', withView(location.href, press(on), explore.id));
      // One polite announcement: what the chart now shows, once the island has drawn it.
      announce(() => section.querySelector('.scrolly-graphic [data-chart-description]')?.textContent, 600);
    });
    const wanted = Object.keys(mixes).find((keys) => mixes[keys]![1] === viewIn(location.search));
    if (wanted !== undefined) press(buttons.filter((b) => wanted.split(' ').includes(keyOf(b)!)));
  }

  // An address inside the scroller (a step, a footnote's way back) was scrolled to before this ran, with the
  // stylesheet's guess at the anchor line: place it on the measured one, below the chart on phones.
  const addressed = addressedElement();
  // Only while it is on screen, where the browser put it: a reader who has since scrolled away (or a fragment set
  // without scrolling) keeps their place.
  const addressedTop = addressed?.getBoundingClientRect().top;
  if (
    addressed &&
    addressedTop !== undefined &&
    addressedTop >= 0 &&
    addressedTop < window.innerHeight &&
    (steps.some((s) => s.contains(addressed)) || explore?.contains(addressed))
  ) {
    window.scrollTo({ top: window.scrollY + addressedTop - anchor });
  }
  update();
  // Focus may have entered a step before the controller loaded (it loads with the chart, as it comes into view).
  const keepFocusInSight = () => {
    if (document.activeElement instanceof HTMLElement && section.contains(document.activeElement))
      keepInSight(document.activeElement);
  };
  keepFocusInSight();
  writeAnchor();
  // The pinned part can change height after start-up (the chart hydrating, a late font, a wrapped title): the
  // anchor line moves with it, and an element focused just below the old line could now be under the chart.
  if (sticky && 'ResizeObserver' in window) {
    let height = sticky.offsetHeight;
    new ResizeObserver(() => {
      if (sticky.offsetHeight === height) return;
      height = sticky.offsetHeight;
      remeasure();
      keepFocusInSight();
    }).observe(sticky);
  }
  // Called again once the page has loaded: a late font or image can change the chart's height.
  return {
    refresh: () => {
      remeasure();
      keepFocusInSight();
    },
  };
}

/**
 * Sets up (or looks again at) every scroller on the page, each in a task of its own, and none in the task that
 * loaded this module: the island's code, each scroller's first look at its steps and the chart's hydration would
 * otherwise add up to one long task on a phone. A chart island that hydrates first still shows the right step: it
 * follows the controller's events whenever they come (stepSignal.svelte.ts).
 */
async function init() {
  const registry = (window.__scrollers ??= new WeakMap());
  for (const section of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
    await nextTask();
    // Looked up after the wait: a run that started earlier may have set this section up meanwhile.
    const existing = registry.get(section);
    if (existing) existing.refresh();
    else registry.set(section, setup(section));
  }
}

// Server rendering of the islands imports this module too; there is nothing to drive there.
if (typeof document !== 'undefined') {
  void init();
  // A late-loading font or image can move steps; look again once everything has loaded (if it has not already).
  if (document.readyState !== 'complete') window.addEventListener('load', () => void init(), { once: true });
}
