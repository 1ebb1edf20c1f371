/**
 * The budgets in budgets.config.json (shared with the byte-budget gate in `npm test`) checked against a
 * benchmark report. A budget whose figure was not measured in this run (e.g. Lighthouse with --quick) is listed
 * as skipped, not passed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PageType } from '../lib/builtSite';
import type { BenchReport } from './report';
import type { ScrollRun } from './browser';

export interface BudgetsConfig {
  js: Record<string, { pageTypes: PageType[]; totalGzipKB: number; beforeIslandGzipKB?: number }>;
  lighthouse: {
    pageTypes: PageType[];
    performance: number;
    accessibility: number;
    bestPractices: number;
    seo: number;
    /** Page types the SEO score applies to, when not all of `pageTypes` (embeds are `noindex` on purpose). */
    seoPageTypes?: PageType[];
    cls: number;
    /** Highest median Total Blocking Time, in ms (optional). */
    tbtMs?: number;
    /** Highest median Largest Contentful Paint, in ms (optional). */
    lcpMs?: number;
  };
  /** HTML per page type, raw and gzip (benchmark only: the gate in `npm test` checks JavaScript). */
  html?: Record<string, { pageTypes: PageType[]; rawKB: number; gzipKB: number }>;
  scroll: { cpuThrottling: number; maxLongTaskMs: number };
  build: {
    maxSeconds: number;
    maxPeakMemoryMB: number;
    chapterMultiples: number[];
    linearity?: { maxPerChapterTimeRatio: number; maxMarginalSlopeRatio: number };
  };
}

export interface BudgetResult {
  name: string;
  /** e.g. "<= 45 KiB" */
  limit: string;
  /** The worst measured figure, e.g. "41.2 KiB (/en/inside-cecot/)". */
  measured: string;
  status: 'met' | 'missed' | 'skipped';
  /** Every page or run that missed it. */
  misses: string[];
}

export function readBudgetsConfig(repo: string): BudgetsConfig {
  return JSON.parse(readFileSync(path.join(repo, 'budgets.config.json'), 'utf8')) as BudgetsConfig;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Worst item by a figure; "higher is worse" unless lowerIsWorse. */
function worst<T>(items: T[], figure: (t: T) => number, lowerIsWorse = false): T | undefined {
  return [...items].sort((a, b) => (lowerIsWorse ? figure(a) - figure(b) : figure(b) - figure(a)))[0];
}

export function checkBudgets(report: BenchReport, budgets: BudgetsConfig): BudgetResult[] {
  const results: BudgetResult[] = [];
  const skipped = (name: string, limit: string, why: string) =>
    results.push({ name, limit, measured: `not measured (${why})`, status: 'skipped', misses: [] });

  type Page = BenchReport['pages'][number];
  /** A byte budget over pages of some types: the worst page is the figure, each page over the limit a miss. */
  const checkBytes = (name: string, pageTypes: PageType[], limitKB: number, figure: (p: Page) => number) => {
    const pages = report.pages.filter((p) => pageTypes.includes(p.type));
    const limit = `<= ${limitKB} KiB (${pageTypes.join(', ')})`;
    if (pages.length === 0) return skipped(name, limit, 'no such pages');
    const w = worst(pages, figure)!;
    const misses = pages.filter((p) => figure(p) > limitKB * 1024).map((p) => `${p.path}: ${kib(figure(p))}`);
    results.push({
      name,
      limit,
      measured: `${kib(figure(w))} (${w.path})`,
      status: misses.length ? 'missed' : 'met',
      misses,
    });
  };

  // JavaScript bytes per page type.
  for (const [group, budget] of Object.entries(budgets.js)) {
    checkBytes(`JS ${group} pages, total gzip`, budget.pageTypes, budget.totalGzipKB, (p) => p.js.total.gzip);
    if (budget.beforeIslandGzipKB !== undefined)
      checkBytes(
        `JS ${group} pages, before any island, gzip`,
        budget.pageTypes,
        budget.beforeIslandGzipKB,
        (p) => p.js.beforeIslands.gzip,
      );
  }

  // HTML bytes per page type: what a reader's browser parses, raw, and what it downloads, gzip.
  for (const [group, budget] of Object.entries(budgets.html ?? {})) {
    checkBytes(`HTML ${group} pages, raw`, budget.pageTypes, budget.rawKB, (p) => p.html.raw);
    checkBytes(`HTML ${group} pages, gzip`, budget.pageTypes, budget.gzipKB, (p) => p.html.gzip);
  }

  // Lighthouse medians on story pages.
  const lh = budgets.lighthouse;
  const lhPages = report.lighthouse.filter((r) => lh.pageTypes.includes(r.type));
  const scores: [string, keyof typeof lh & ('performance' | 'accessibility' | 'bestPractices' | 'seo')][] = [
    ['Lighthouse performance', 'performance'],
    ['Lighthouse accessibility', 'accessibility'],
    ['Lighthouse best practices', 'bestPractices'],
    ['Lighthouse SEO', 'seo'],
  ];
  for (const [name, key] of scores) {
    const types = key === 'seo' ? (lh.seoPageTypes ?? lh.pageTypes) : lh.pageTypes;
    const lhPages = report.lighthouse.filter((r) => types.includes(r.type));
    const limit = `>= ${lh[key]} (${types.join(', ')})`;
    if (lhPages.length === 0) {
      skipped(name, limit, report.options.quick ? '--quick' : 'no Lighthouse run');
      continue;
    }
    const w = worst(lhPages, (r) => r[key], true)!;
    const misses = lhPages.filter((r) => r[key] < lh[key]).map((r) => `${r.path}: ${r[key]}`);
    results.push({ name, limit, measured: `${w[key]} (${w.path})`, status: misses.length ? 'missed' : 'met', misses });
  }
  // Timings: the median of a page's runs, against a ceiling, each where the config sets one.
  const timings: [string, 'tbt' | 'lcp', number | undefined][] = [
    ['Lighthouse TBT', 'tbt', lh.tbtMs],
    ['Lighthouse LCP', 'lcp', lh.lcpMs],
  ];
  for (const [name, key, ceiling] of timings) {
    if (ceiling === undefined) continue;
    const limit = `<= ${ceiling} ms (${lh.pageTypes.join(', ')})`;
    if (lhPages.length === 0) {
      skipped(name, limit, report.options.quick ? '--quick' : 'no Lighthouse run');
      continue;
    }
    const w = worst(lhPages, (r) => r[key])!;
    const misses = lhPages.filter((r) => r[key] > ceiling).map((r) => `${r.path}: ${Math.round(r[key])} ms`);
    results.push({
      name,
      limit,
      measured: `${Math.round(w[key])} ms (${w.path})`,
      status: misses.length ? 'missed' : 'met',
      misses,
    });
  }
  {
    // Lighthouse shows CLS with three decimals; compare what it shows.
    const cls = (v: number) => Math.round(v * 1000) / 1000;
    const limit = `<= ${lh.cls} (${lh.pageTypes.join(', ')})`;
    if (lhPages.length === 0) skipped('Lighthouse CLS', limit, report.options.quick ? '--quick' : 'no Lighthouse run');
    else {
      const w = worst(lhPages, (r) => r.cls)!;
      const misses = lhPages.filter((r) => cls(r.cls) > lh.cls).map((r) => `${r.path}: ${cls(r.cls)}`);
      results.push({
        name: 'Lighthouse CLS',
        limit,
        measured: `${cls(w.cls)} (${w.path})`,
        status: misses.length ? 'missed' : 'met',
        misses,
      });
    }
  }

  // Long tasks at 4x CPU throttling, one limit from navigation to the end of the scroll, checked as two budgets:
  // loading (to the first wheel turn) and scrolling. The control page stays out of both; its loading figure is
  // given beside the first, as what the machine costs before the site adds anything.
  const throttled = report.scroll.filter((r) => r.cpuThrottling === budgets.scroll.cpuThrottling);
  const control = throttled.filter((r) => r.control).map((r) => `${r.load.longestMs} ms (${r.viewport})`);
  const phases = [
    {
      phase: 'loading',
      of: (r: ScrollRun) => r.load,
      floor: control.length ? `; control page: ${control.join(', ')}` : '',
    },
    { phase: 'scrolling', of: (r: ScrollRun) => r.scroll, floor: '' },
  ];
  for (const { phase, of, floor } of phases) {
    const name = `Longest task while ${phase} (${budgets.scroll.cpuThrottling}x CPU throttling)`;
    const limit = `<= ${budgets.scroll.maxLongTaskMs} ms`;
    const runs = throttled.filter((r) => !r.control);
    if (runs.length === 0) {
      skipped(name, limit, 'no scroll run');
      continue;
    }
    const w = worst(runs, (r) => of(r).longestMs)!;
    const misses = runs
      .filter((r) => of(r).longestMs > budgets.scroll.maxLongTaskMs)
      .map((r) => `${r.path} (${r.viewport}): ${of(r).longTasks} long tasks, longest ${of(r).longestMs} ms`);
    results.push({
      name,
      limit,
      measured: (of(w).longestMs === 0 ? 'no long task' : `${of(w).longestMs} ms (${w.path}, ${w.viewport})`) + floor,
      status: misses.length ? 'missed' : 'met',
      misses,
    });
  }

  // The full build and how it grows.
  const full = report.build.full;
  if (!full) {
    skipped('Full build wall time', `<= ${budgets.build.maxSeconds} s`, '--skip-build');
    skipped('Full build peak memory', `<= ${budgets.build.maxPeakMemoryMB} MB`, '--skip-build');
  } else {
    const timeOk = full.wallSeconds <= budgets.build.maxSeconds;
    results.push({
      name: 'Full build wall time',
      limit: `<= ${budgets.build.maxSeconds} s`,
      measured: `${full.wallSeconds.toFixed(1)} s (CPU ${full.cpuSeconds?.toFixed(1) ?? '?'} s, load ${full.loadAverage[0].toFixed(1)})`,
      status: timeOk ? 'met' : 'missed',
      misses: timeOk ? [] : [`${full.wallSeconds.toFixed(1)} s`],
    });
    const memOk = full.treePeakMB <= budgets.build.maxPeakMemoryMB;
    results.push({
      name: 'Full build peak memory (process tree)',
      limit: `<= ${budgets.build.maxPeakMemoryMB} MB`,
      measured: `${full.treePeakMB.toFixed(0)} MB`,
      status: memOk ? 'met' : 'missed',
      misses: memOk ? [] : [`${full.treePeakMB.toFixed(0)} MB`],
    });
  }
  const linearity = budgets.build.linearity;
  const scaling = report.build.scalingAnalysis;
  if (linearity) {
    if (!scaling) {
      skipped(
        'Build time per chapter, largest vs smallest copy',
        `<= ${linearity.maxPerChapterTimeRatio}`,
        'no scaling run',
      );
    } else {
      const ok = scaling.perChapterTimeRatio <= linearity.maxPerChapterTimeRatio;
      results.push({
        name: 'Build time per chapter, largest vs smallest copy',
        limit: `<= ${linearity.maxPerChapterTimeRatio}`,
        measured: scaling.perChapterTimeRatio.toFixed(2),
        status: ok ? 'met' : 'missed',
        misses: ok ? [] : [scaling.perChapterTimeRatio.toFixed(2)],
      });
      const name = 'Build time per added chapter, last step vs first step';
      const limit = `<= ${linearity.maxMarginalSlopeRatio}`;
      if (scaling.marginalSlopeRatio === null) {
        const first = scaling.marginalSecondsPerChapter[0];
        // With a large fixed cost, the first step's extra time can be lost in timing noise (even negative): a
        // ratio to it would mean nothing.
        skipped(
          name,
          limit,
          scaling.marginalSecondsPerChapter.length < 2 || first === undefined
            ? 'needs three sizes'
            : `first step added ${first.toFixed(2)} s per chapter, within timing noise`,
        );
      } else {
        const ok2 = scaling.marginalSlopeRatio <= linearity.maxMarginalSlopeRatio;
        results.push({
          name,
          limit,
          measured: scaling.marginalSlopeRatio.toFixed(2),
          status: ok2 ? 'met' : 'missed',
          misses: ok2 ? [] : [scaling.marginalSlopeRatio.toFixed(2)],
        });
      }
    }
  }
  return results;
}
