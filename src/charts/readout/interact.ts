/**
 * Value read-outs in the browser: a chart's marks carry their read-out (attrs.ts), and this shows it when a reader
 * points at a mark, taps near it, or moves to it with the arrow keys.
 *
 * - The chart (its `[data-readout-host]`, written by ChartFor.astro) is one tab stop. Left and Right move along
 *   the row (in time, or along a ranking), Up and Down to the nearest mark of the row above or below, Home and
 *   End to a row's ends; Escape puts the read-out away. The keys go no further: in a scroller they would
 *   otherwise change the step.
 * - The box sits inside the chart's own area, over the plot: never over a step's text, which on phones scrolls
 *   above the pinned chart.
 * - Only what the reader asked for is announced (keys, a tap or click): the polite live region stays silent
 *   while a mouse merely passes over the chart.
 * - Nothing here scrolls or changes the step; a read-out whose mark a step change takes away is put away.
 *
 * It reads the marks' positions only while the reader uses it. Self-contained (it imports nothing but the step
 * event's name), because embed pages inline it as a classic script (src/embeds/bundle.ts).
 */
import { STEP_EVENT } from '../../scrolly/stepEvent';

/** How far from a mark (in CSS pixels) a pointer still picks it: about a fingertip. */
const REACH = 32;
/** Marks no wider or taller than this get a ring around them; larger ones (bars, areas) an outline. */
const SMALL = 24;
const ACTIVE = 'data-ro-active';

type Mark = HTMLElement | SVGElement;

interface Placed {
  mark: Mark;
  row: number;
  box: DOMRect;
  /** Its place along its row: its `at` (attrs.ts), else its centre across the screen. */
  x: number;
}

const KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/** The marks a reader can see now, with their rows and boxes. */
function visibleMarks(host: HTMLElement): Placed[] {
  const placed: Placed[] = [];
  for (const mark of host.querySelectorAll<Mark>('[data-ro]')) {
    const box = mark.getBoundingClientRect();
    if (box.width + box.height === 0 || getComputedStyle(mark).visibility === 'hidden') continue;
    const at = mark.dataset['roAt'];
    placed.push({ mark, row: Number(mark.dataset['roRow'] ?? 0), box, x: at ? Number(at) : box.left + box.width / 2 });
  }
  return placed;
}

/** Distance from a point to a box (0 inside it). */
function distance(box: DOMRect, x: number, y: number): number {
  const dx = Math.max(box.left - x, 0, x - box.right);
  const dy = Math.max(box.top - y, 0, y - box.bottom);
  return Math.hypot(dx, dy);
}

/** The mark a pointer at (x, y) means: the one it is on (the smallest, where marks overlap), else the nearest in reach. */
function markAt(placed: Placed[], x: number, y: number): Placed | undefined {
  let best: Placed | undefined;
  let bestKey = Infinity;
  for (const p of placed) {
    const d = distance(p.box, x, y);
    if (d > REACH) continue;
    // Inside a mark: smaller marks first (a basin drawn over the cell's floor). Outside: nearer first.
    const key = d === 0 ? -1 / (1 + p.box.width * p.box.height) : d;
    if (key < bestKey) [best, bestKey] = [p, key];
  }
  return best;
}

/** The mark an arrow key leads to from `from`, or the first mark when none is shown yet. */
function markAfter(placed: Placed[], from: Placed | undefined, key: string): Placed | undefined {
  const byX = (a: Placed, b: Placed) => a.x - b.x;
  const rows = [...new Set(placed.map((p) => p.row))].sort((a, b) => a - b);
  if (!from) return placed.filter((p) => p.row === rows[0]).sort(byX)[0];
  const row = placed.filter((p) => p.row === from.row).sort(byX);
  const at = row.indexOf(from);
  if (key === 'ArrowLeft') return row[Math.max(0, at - 1)];
  if (key === 'ArrowRight') return row[Math.min(row.length - 1, at + 1)];
  if (key === 'Home') return row[0];
  if (key === 'End') return row.at(-1);
  const r = rows.indexOf(from.row) + (key === 'ArrowUp' ? -1 : 1);
  if (r < 0 || r >= rows.length) return from;
  const other = placed.filter((p) => p.row === rows[r]);
  return other.sort((a, b) => Math.abs(a.x - from.x) - Math.abs(b.x - from.x))[0];
}

/** How each chart readied here handles an event that came before it was (see `attach`). */
const replays = new WeakMap<HTMLElement, (event: Event) => void>();

/**
 * Makes one chart's read-outs work (once per chart). `first` is an event that came while this module loaded
 * (src/layouts/page.ts), on the reader's first moves: it is handled as if it had come after, in the order they
 * came (the page calls this once per event).
 */
export function attach(host: HTMLElement, first?: Event): void {
  if (host.hasAttribute('data-readout-ready')) {
    if (first) replays.get(host)?.(first);
    return;
  }
  host.setAttribute('data-readout-ready', '');
  host.tabIndex = 0;
  const box = host.querySelector<HTMLElement>('[data-readout-box]')!;
  const text = box.querySelector<HTMLElement>('[data-readout-text]')!;
  const link = box.querySelector<HTMLAnchorElement>('a')!;
  const ring = host.querySelector<HTMLElement>('[data-readout-ring]')!;
  const live = host.querySelector<HTMLElement>('[data-readout-live]')!;
  let current: Mark | undefined;

  const hide = () => {
    current?.removeAttribute(ACTIVE);
    current = undefined;
    box.hidden = true;
    ring.hidden = true;
  };

  const show = (mark: Mark, announce: boolean) => {
    current?.removeAttribute(ACTIVE);
    current = mark;
    const area = host.getBoundingClientRect();
    const at = mark.getBoundingClientRect();
    const small = at.width <= SMALL && at.height <= SMALL;
    // Large marks are outlined by the stylesheet; small ones get the ring, which is easier to see.
    if (!small) mark.setAttribute(ACTIVE, '');
    ring.hidden = !small;
    const cx = at.left + at.width / 2 - area.left;
    ring.style.left = `${cx}px`;
    ring.style.top = `${at.top + at.height / 2 - area.top}px`;
    text.textContent = mark.dataset['ro'] ?? '';
    const href = mark.dataset['roHref'];
    link.hidden = !href;
    if (href) link.href = href;
    box.hidden = false;
    // Above the mark where it fits, else below it; centred on it, within the chart's width.
    const width = box.offsetWidth;
    const height = box.offsetHeight;
    const above = at.top - area.top - height - 10;
    box.style.top = `${above >= 0 ? above : Math.min(at.bottom - area.top + 10, Math.max(0, area.height - height))}px`;
    box.style.left = `${Math.min(Math.max(0, cx - width / 2), Math.max(0, area.width - width))}px`;
    if (announce) live.textContent = text.textContent;
  };

  const placedCurrent = (placed: Placed[]) => placed.find((p) => p.mark === current);

  const point = (event: PointerEvent | MouseEvent, announce: boolean) => {
    // On a mark (a person among the people, a bar's row): that one; else the one nearest the pointer.
    const on = event.target instanceof Element ? event.target.closest<Mark>('[data-ro]') : null;
    if (on && host.contains(on)) return show(on, announce);
    const found = markAt(visibleMarks(host), event.clientX, event.clientY);
    if (found) show(found.mark, announce);
    else if (!announce) hide();
  };

  host.addEventListener('pointermove', (event) => {
    // A finger's moves are the page scrolling: only a tap picks a mark.
    if (event.pointerType !== 'touch') point(event, false);
  });
  host.addEventListener('pointerleave', (event) => {
    if (event.pointerType !== 'touch' && document.activeElement !== host) hide();
  });
  // A tap or a click (never prevented: a tap does not scroll, and the page keeps its step).
  host.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a, button, summary')) return;
    point(event, true);
  });
  const key = (event: KeyboardEvent) => {
    if (event.target !== host) return;
    if (event.key === 'Escape') {
      if (box.hidden) return;
      hide();
    } else if (KEYS.has(event.key)) {
      const placed = visibleMarks(host);
      const next = markAfter(placed, placedCurrent(placed), event.key);
      if (next) show(next.mark, true);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };
  host.addEventListener('keydown', key);
  // Focus from the keyboard shows how to use the chart (the same words are its accessible name's).
  const hint = () => {
    if (current || !host.matches(':focus-visible')) return;
    text.textContent = host.dataset['readoutHint'] ?? '';
    link.hidden = true;
    ring.hidden = true;
    box.style.top = box.style.left = '0px';
    box.hidden = false;
  };
  host.addEventListener('focus', hint);
  host.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && host.contains(event.relatedTarget))) hide();
  });
  // A new step redraws the chart: a read-out of what was there goes.
  host.closest('[data-scrolly]')?.addEventListener(STEP_EVENT, hide);

  const replay = (event: Event) => {
    if (event instanceof KeyboardEvent) key(event);
    else if (event.type === 'click') point(event as MouseEvent, true);
    else if (event.type === 'focusin' && event.target === host) hint();
    else if (event instanceof PointerEvent && event.type === 'pointerover' && event.pointerType !== 'touch')
      point(event, false);
  };
  replays.set(host, replay);
  if (first) replay(first);
}
