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
import { newPage } from '../../tests/e2e/support/browser';

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

/** Scrolls to the end of the page in wheel steps; returns how many steps it took. */
async function wheelToEnd(page: Page, viewport: Viewport, stepPx: number, pauseMs: number): Promise<number> {
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  let steps = 0;
  for (; steps < 1500; steps++) {
    await page.mouse.wheel(0, stepPx);
    await page.waitForTimeout(pauseMs);
    if (steps % 5 === 4) {
      const atEnd = await page.evaluate(
        () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
      );
      if (atEnd) break;
    }
  }
  return steps + 1;
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
  viewport: string;
  cpuThrottling: number;
  /** 1-minute load average when the run started: on a busy machine the renderer waits for the CPU too. */
  loadAverage: number;
  /** Scrollers (data-scrolly) on the page. */
  scrollers: number;
  wheelSteps: number;
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
 * not exist in the page.
 */
const RECORDER = `(() => {
  const bench = { frames: [], longTasks: [], loafs: [], stepChanges: [] };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.loafs.push({
          start: e.startTime,
          duration: e.duration,
          styleAndLayoutStart: e.styleAndLayoutStart || 0,
          scripts: (e.scripts || []).map((s) => ({
            source: s.sourceURL
              ? new URL(s.sourceURL).pathname + (s.sourceFunctionName ? ' ' + s.sourceFunctionName : '')
              : s.invoker,
            duration: s.duration,
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
      if (r.target.classList && r.target.classList.contains('is-active') && !was) bench.stepChanges.push(performance.now());
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'], attributeOldValue: true });
})();`;

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
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
  await page.goto(`${origin}${pathname}`, { waitUntil: 'load' });
  // Let the page settle (fonts, the first island above the fold) before the reader starts.
  await page.waitForTimeout(1500);
  const scrollStart = await page.evaluate(() => performance.now());
  const wheelSteps = await wheelToEnd(page, viewport, 100, 60);
  // Transitions started by the last steps finish.
  await page.waitForTimeout(2000);
  const scrollEnd = await page.evaluate(() => performance.now());
  const raw = (await page.evaluate(() => (window as unknown as { __bench: unknown }).__bench)) as {
    frames: [number, number][];
    longTasks: [number, number][];
    loafs: {
      start: number;
      duration: number;
      styleAndLayoutStart: number;
      scripts: { source: string; duration: number }[];
    }[];
    stepChanges: number[];
  };
  const scrollers = await page.locator('[data-scrolly]').count();
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
      const entry = scripts.get(s.source) ?? { totalMs: 0, count: 0 };
      entry.totalMs += s.duration;
      entry.count++;
      scripts.set(s.source, entry);
    }
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    path: pathname,
    viewport: viewport.name,
    cpuThrottling,
    loadAverage: round(loadAverage),
    scrollers,
    wheelSteps,
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
    errors: page.errors,
  };
}
