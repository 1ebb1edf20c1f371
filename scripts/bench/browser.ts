/**
 * What a browser does with the built pages, in Debian's Chromium through playwright-core (the same launcher as the
 * browser tests):
 * - requests: every request a page makes from load until the reader has scrolled to its end (islands hydrate
 *   on the way, so their chunks are counted);
 * - scroll smoothness: the page scrolled with the mouse wheel in small steps, as a reader does, with the CPU
 *   slowed down 4x through the DevTools protocol (Emulation.setCPUThrottlingRate), recording long tasks (over
 *   50 ms on the main thread), long animation frames with the scripts that caused them, and frame times
 *   (requestAnimationFrame deltas), over the whole scroll and in the two seconds after each step change, while the
 *   chart transitions.
 */
import os from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { newPage } from '../lib/browser';

export interface Viewport {
  name: string;
  width: number;
  height: number;
}

/** Lighthouse's mobile screen (Moto G Power) and a laptop. */
export const VIEWPORTS: Viewport[] = [
  { name: 'phone', width: 412, height: 823 },
  { name: 'desktop', width: 1280, height: 800 },
];

export interface RequestCount {
  path: string;
  viewport: string;
  total: number;
  byType: Record<string, number>;
  /** Requests to another origin than the page's (should be none). */
  otherOrigins: string[];
  /** Responses with status >= 400. */
  failed: string[];
}

/** Scrolls to the end of the page in wheel steps; returns how many steps it took and whether it got there. */
async function wheelToEnd(
  page: Page,
  viewport: Viewport,
  stepPx: number,
  pauseMs: number,
): Promise<{ steps: number; reachedEnd: boolean }> {
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  for (let steps = 1; steps <= 1500; steps++) {
    await page.mouse.wheel(0, stepPx);
    await page.waitForTimeout(pauseMs);
    if (steps % 5 === 0) {
      const atEnd = await page.evaluate(
        () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
      );
      if (atEnd) return { steps, reachedEnd: true };
    }
  }
  return { steps: 1500, reachedEnd: false };
}

/** Waits until no request has started for quietMs (or maxMs passed). */
async function networkQuiet(page: Page, last: () => number, quietMs = 750, maxMs = 10_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < maxMs && Date.now() - last() < quietMs) await page.waitForTimeout(100);
}

export async function countRequests(
  browser: Browser,
  origin: string,
  pathname: string,
  viewport: Viewport,
): Promise<RequestCount> {
  const page = await newPage(browser, { width: viewport.width, height: viewport.height });
  const byType: Record<string, number> = {};
  const otherOrigins: string[] = [];
  const failed: string[] = [];
  let total = 0;
  let lastRequest = Date.now();
  page.on('request', (request) => {
    total++;
    lastRequest = Date.now();
    byType[request.resourceType()] = (byType[request.resourceType()] ?? 0) + 1;
    if (new URL(request.url()).origin !== origin && !request.url().startsWith('data:'))
      otherOrigins.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  await page.goto(`${origin}${pathname}`, { waitUntil: 'load' });
  await wheelToEnd(page, viewport, 400, 60);
  await networkQuiet(page, () => lastRequest);
  await page.context().close();
  return { path: pathname, viewport: viewport.name, total, byType, otherOrigins, failed };
}

export interface LongTask {
  /** ms since navigation start. */
  start: number;
  duration: number;
}

export interface ScrollRun {
  path: string;
  /** The control page (CONTROL_PATH), not a page of the site: kept out of the budgets. */
  control: boolean;
  viewport: string;
  cpuThrottling: number;
  /** 1-minute load average when the run started: on a busy machine the renderer waits for the CPU too. */
  loadAverage: number;
  /** Scrollers (data-scrolly) on the page. */
  scrollers: number;
  /** Steps ([data-step]) on the page, and how many of them became active while scrolling. */
  steps: number;
  stepsSeen: number;
  /** Ids of the steps that never became active (a reader scrolling this way never saw their chart state). */
  missedSteps: string[];
  wheelSteps: number;
  /** Whether the wheel reached the end of the page (false: the step limit ran out first). */
  reachedEnd: boolean;
  scrollSeconds: number;
  stepChanges: number;
  /** Long tasks while loading, before the first wheel step (not the scroll budget, reported for context). */
  load: { longTasks: number; longestMs: number };
  scroll: {
    longTasks: number;
    longestMs: number;
    /** Long tasks as [start ms, duration ms]. */
    tasks: [number, number][];
    frames: number;
    frameP50Ms: number;
    frameP95Ms: number;
    frameMaxMs: number;
  };
  /** Frames in the two seconds after each step change, when the chart transitions. */
  transitions: { frames: number; frameP95Ms: number; frameMaxMs: number };
  /**
   * Long animation frames (over 50 ms) during the scroll: how long they took in total, how much of it was scripts
   * and how much style and layout; what is left is painting, compositing and time the renderer did not get (a busy
   * machine).
   */
  longFrames: { count: number; totalMs: number; scriptMs: number; styleLayoutMs: number };
  /** Scripts behind the long animation frames during the scroll, by total time (where Chromium could tell). */
  longFrameScripts: { source: string; totalMs: number; count: number }[];
  /** What the long tasks during the scroll were spent on (attributeLongTasks). */
  longTaskOffenders: LongTaskOffender[];
  errors: string[];
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}

/**
 * Installed before any page script runs. A string, not a function: tsx wraps named functions in a helper that does
 * not exist in the page. Named /bench-recorder.js so that its own callbacks, when they show up in a long animation
 * frame, are told apart from the page's.
 */
const RECORDER = `(() => {
  const bench = { frames: [], longTasks: [], loafs: [], stepChanges: [], stepsSeen: [] };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  // Long tasks carry no useful attribution in Chromium (only "self"); the long animation frame that contains one
  // names the scripts that ran in it: who called them (invoker), the file, the function and where it starts.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.loafs.push({
          start: e.startTime,
          duration: e.duration,
          styleAndLayoutStart: e.styleAndLayoutStart || 0,
          scripts: (e.scripts || []).map((s) => ({
            start: s.startTime,
            duration: s.duration,
            invoker: s.invoker || '',
            invokerType: s.invokerType || '',
            url: s.sourceURL ? new URL(s.sourceURL, location.href).pathname : '',
            fn: s.sourceFunctionName || '',
            char: typeof s.sourceCharPosition === 'number' ? s.sourceCharPosition : -1,
            forcedStyleAndLayout: s.forcedStyleAndLayoutDuration || 0,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  let last;
  const tick = (t) => {
    if (last !== undefined) bench.frames.push([t, t - last]);
    last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  // Step changes: the scroll controller toggles .is-active on a step.
  new MutationObserver((records) => {
    for (const r of records) {
      const was = (r.oldValue || '').split(/\\s+/).includes('is-active');
      if (r.target.classList && r.target.classList.contains('is-active') && !was) {
        bench.stepChanges.push(performance.now());
        const id = r.target.id || r.target.getAttribute('data-step') || '?';
        if (!bench.stepsSeen.includes(id)) bench.stepsSeen.push(id);
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'], attributeOldValue: true });
})();
//# sourceURL=/bench-recorder.js
`;

/** A script that ran inside a long animation frame, as the recorder saw it. */
export interface LoafScript {
  start: number;
  duration: number;
  invoker: string;
  invokerType: string;
  /** URL path of the script's file ('' when Chromium could not tell). */
  url: string;
  fn: string;
  /** Character offset of the function in its file, -1 when unknown. */
  char: number;
  forcedStyleAndLayout: number;
}

/** One line per script location: file, function and offset, or the invoker when there is no file. */
export function scriptLabel(s: Pick<LoafScript, 'url' | 'fn' | 'char' | 'invoker'>): string {
  if (!s.url) return s.invoker || '(unknown)';
  return `${s.url}${s.char >= 0 ? `:${s.char}` : ''}${s.fn ? ` ${s.fn}` : ''}`;
}

/** What a long task was spent on: the scripts that started inside it, or none (style, layout, paint, GC). */
export interface LongTaskOffender {
  /** scriptLabel(), or NO_SCRIPT. */
  script: string;
  /** How the script was entered: "FrameRequestCallback", "IntersectionObserverCallback", "Window.scroll" … */
  invoker: string;
  /** The script's file ('' when unknown) and the function's offset in it (-1 when unknown). */
  url: string;
  char: number;
  /** Long tasks this script ran in. */
  longTasks: number;
  /** Time the script itself ran inside those long tasks. */
  scriptMs: number;
  /** Longest of those long tasks. */
  longestTaskMs: number;
}

export const NO_SCRIPT = '(no script: style, layout, paint or garbage collection)';

/**
 * Attributes long tasks ([start, duration]) to the scripts that started within them, using the long animation
 * frames' script entries. A task with no script entry inside counts against NO_SCRIPT. Sorted by longest task,
 * then script time.
 */
export function attributeLongTasks(tasks: [number, number][], scripts: LoafScript[]): LongTaskOffender[] {
  const byScript = new Map<string, LongTaskOffender>();
  const add = (script: string, from: Pick<LoafScript, 'invoker' | 'url' | 'char'>, ms: number, task: number) => {
    const o = byScript.get(script) ?? {
      script,
      invoker: from.invoker,
      url: from.url,
      char: from.char,
      longTasks: 0,
      scriptMs: 0,
      longestTaskMs: 0,
    };
    o.longTasks++;
    o.scriptMs += ms;
    o.longestTaskMs = Math.max(o.longestTaskMs, task);
    byScript.set(script, o);
  };
  for (const [start, duration] of tasks) {
    // A millisecond of slack: the two timelines are rounded differently.
    const inside = scripts.filter((s) => s.start >= start - 1 && s.start <= start + duration + 1);
    if (inside.length === 0) add(NO_SCRIPT, { invoker: '', url: '', char: -1 }, 0, duration);
    // One script may run several times in a task (a callback per scroller): count the task once per script.
    const perScript = new Map<string, { first: LoafScript; ms: number }>();
    for (const s of inside) {
      const label = scriptLabel(s);
      const e = perScript.get(label) ?? { first: s, ms: 0 };
      e.ms += s.duration;
      perScript.set(label, e);
    }
    for (const [label, e] of perScript) add(label, e.first, e.ms, duration);
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return [...byScript.values()]
    .map((o) => ({ ...o, scriptMs: round(o.scriptMs), longestTaskMs: round(o.longestTaskMs) }))
    .sort((a, b) => b.longestTaskMs - a.longestTaskMs || b.scriptMs - a.scriptMs);
}

/**
 * The control page: plain text of about a chapter's length in words, no stylesheet, no script, no image, served
 * by the browser itself. Its long tasks while loading are what this machine and browser cost before the site
 * adds anything (starting the renderer, the first layout with cold font caches), the floor under every page's.
 */
export const CONTROL_PATH = '/__bench-control/';
const CONTROL_PAGE =
  '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
  '<title>Control</title><h1>Control page</h1>' +
  '<p>A paragraph of plain text, with nothing for the browser to do but lay it out and paint it.</p>'.repeat(60);

export async function scrollRun(
  browser: Browser,
  origin: string,
  pathname: string,
  viewport: Viewport,
  cpuThrottling: number,
): Promise<ScrollRun> {
  const loadAverage = os.loadavg()[0]!;
  const page = await newPage(browser, { width: viewport.width, height: viewport.height });
  await page.addInitScript({ content: RECORDER });
  if (pathname === CONTROL_PATH) {
    await page.route(`${origin}${CONTROL_PATH}`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: CONTROL_PAGE }),
    );
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
  await page.goto(`${origin}${pathname}`, { waitUntil: 'load' });
  // Let the page settle (fonts, the first island above the fold) before the reader starts.
  await page.waitForTimeout(1500);
  const scrollStart = await page.evaluate(() => performance.now());
  const { steps: wheelSteps, reachedEnd } = await wheelToEnd(page, viewport, 100, 60);
  // Transitions started by the last steps finish.
  await page.waitForTimeout(2000);
  const scrollEnd = await page.evaluate(() => performance.now());
  const raw = (await page.evaluate(() => (window as unknown as { __bench: unknown }).__bench)) as {
    frames: [number, number][];
    longTasks: [number, number][];
    loafs: { start: number; duration: number; styleAndLayoutStart: number; scripts: LoafScript[] }[];
    stepChanges: number[];
    stepsSeen: string[];
  };
  const scrollers = await page.locator('[data-scrolly]').count();
  const stepIds = await page
    .locator('[data-scrolly] [data-step]')
    .evaluateAll((els) => els.map((e) => e.id || e.getAttribute('data-step') || '?'));
  await cdp.detach();
  await page.context().close();

  const during = (t: number) => t >= scrollStart && t <= scrollEnd;
  const loadTasks = raw.longTasks.filter(([s]) => s < scrollStart);
  const scrollTasks = raw.longTasks.filter(([s]) => during(s));
  const frames = raw.frames.filter(([t]) => during(t)).map(([, d]) => d);
  const changes = raw.stepChanges.filter(during);
  const inTransition = (t: number) => changes.some((c) => t >= c && t <= c + 2000);
  const transitionFrames = raw.frames.filter(([t]) => during(t) && inTransition(t)).map(([, d]) => d);
  const scripts = new Map<string, { totalMs: number; count: number }>();
  const loafs = raw.loafs.filter((l) => during(l.start));
  const longFrames = {
    count: loafs.length,
    totalMs: loafs.reduce((sum, l) => sum + l.duration, 0),
    scriptMs: loafs.reduce((sum, l) => sum + l.scripts.reduce((s2, x) => s2 + x.duration, 0), 0),
    styleLayoutMs: loafs.reduce(
      (sum, l) => sum + (l.styleAndLayoutStart > 0 ? l.start + l.duration - l.styleAndLayoutStart : 0),
      0,
    ),
  };
  for (const loaf of loafs) {
    for (const s of loaf.scripts) {
      const label = scriptLabel(s);
      const entry = scripts.get(label) ?? { totalMs: 0, count: 0 };
      entry.totalMs += s.duration;
      entry.count++;
      scripts.set(label, entry);
    }
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    path: pathname,
    control: pathname === CONTROL_PATH,
    viewport: viewport.name,
    cpuThrottling,
    loadAverage: round(loadAverage),
    scrollers,
    steps: stepIds.length,
    stepsSeen: raw.stepsSeen.length,
    missedSteps: stepIds.filter((id) => !raw.stepsSeen.includes(id)),
    wheelSteps,
    reachedEnd,
    scrollSeconds: round((scrollEnd - scrollStart) / 1000),
    stepChanges: changes.length,
    load: { longTasks: loadTasks.length, longestMs: round(Math.max(0, ...loadTasks.map(([, d]) => d))) },
    scroll: {
      longTasks: scrollTasks.length,
      longestMs: round(Math.max(0, ...scrollTasks.map(([, d]) => d))),
      tasks: scrollTasks.map(([s, d]) => [round(s), round(d)]),
      frames: frames.length,
      frameP50Ms: round(percentile(frames, 50)),
      frameP95Ms: round(percentile(frames, 95)),
      frameMaxMs: round(Math.max(0, ...frames)),
    },
    transitions: {
      frames: transitionFrames.length,
      frameP95Ms: round(percentile(transitionFrames, 95)),
      frameMaxMs: round(Math.max(0, ...transitionFrames)),
    },
    longFrames: {
      count: longFrames.count,
      totalMs: round(longFrames.totalMs),
      scriptMs: round(longFrames.scriptMs),
      styleLayoutMs: round(longFrames.styleLayoutMs),
    },
    longFrameScripts: [...scripts.entries()]
      .map(([source, v]) => ({ source, totalMs: round(v.totalMs), count: v.count }))
      .sort((a, b) => b.totalMs - a.totalMs)
      .slice(0, 8),
    longTaskOffenders: attributeLongTasks(
      scrollTasks,
      loafs.flatMap((l) => l.scripts),
    ),
    errors: page.errors,
  };
}
