/**
 * The benchmark's pure parts (scripts/bench): budgets checked against a report, the build-scaling analysis,
 * long tasks put down to scripts, and the markdown summary. Reports are small and hand-made, with only the fields
 * those parts read, sized around the limits so each case sits just under or just over one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  analyseScaling,
  buildNodeFlags,
  fitLine,
  removeScaledProject,
  scaledProject,
  type BuildMeasurement,
} from '../../scripts/bench/build';
import { checkBudgets, readBudgetsConfig, type BudgetsConfig } from '../../scripts/bench/budgets';
import {
  attributeLongTasks,
  NO_SCRIPT,
  scriptLabel,
  type LoafScript,
  type ScrollRun,
} from '../../scripts/bench/browser';
import type { LighthouseResult } from '../../scripts/bench/lighthouse';
import { markdown, topOffenders, type BenchReport } from '../../scripts/bench/report';
import type { PageType } from '../../scripts/lib/builtSite';

const budgets: BudgetsConfig = {
  js: {
    story: { pageTypes: ['index', 'chapter'], totalGzipKB: 45, beforeIslandGzipKB: 3 },
    embed: { pageTypes: ['embed'], totalGzipKB: 30 },
  },
  lighthouse: {
    pageTypes: ['index', 'chapter'],
    performance: 98,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    cls: 0,
  },
  scroll: { cpuThrottling: 4, maxLongTaskMs: 50 },
  build: {
    maxSeconds: 60,
    maxPeakMemoryMB: 2048,
    chapterMultiples: [1, 5, 20],
    linearity: { maxPerChapterTimeRatio: 1, maxMarginalSlopeRatio: 1.5 },
  },
};

/** A page with JS sizes in bytes (gzip); raw sizes are three times gzip. */
function page(path: string, type: PageType, totalGzip: number, beforeGzip = 0): BenchReport['pages'][number] {
  return {
    path,
    type,
    html: { raw: 30_000, gzip: 8_000 },
    css: { raw: 9_000, gzip: 2_500, files: ['/_astro/a.css'], inlineStyles: 0 },
    js: {
      total: { raw: totalGzip * 3, gzip: totalGzip },
      beforeIslands: { raw: beforeGzip * 3, gzip: beforeGzip },
      islands: { raw: (totalGzip - beforeGzip) * 3, gzip: totalGzip - beforeGzip },
      inlineScripts: 1,
      eagerFiles: [],
      allFiles: [],
      islandList: [],
    },
  };
}

function lighthouseResult(
  path: string,
  type: PageType,
  scores: Partial<
    Pick<LighthouseResult, 'performance' | 'accessibility' | 'bestPractices' | 'seo' | 'cls' | 'tbt' | 'lcp'>
  > = {},
): BenchReport['lighthouse'][number] {
  const run = {
    performance: 100,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    lcp: 1200,
    tbt: 0,
    cls: 0,
    fcp: 900,
    benchmarkIndex: 1000,
    ...scores,
  };
  return { ...run, path, type, runs: 1, all: [run], failedAudits: [], performanceHints: [], report: 'x.json' };
}

function scrollRun(path: string, viewport: string, longTasks: [number, number][]): ScrollRun {
  return {
    path,
    control: false,
    viewport,
    cpuThrottling: 4,
    loadAverage: 1,
    scrollers: 1,
    steps: 7,
    stepsSeen: 7,
    missedSteps: [],
    wheelSteps: 120,
    reachedEnd: true,
    scrollSeconds: 20,
    stepChanges: 6,
    load: { longTasks: 0, longestMs: 0 },
    scroll: {
      longTasks: longTasks.length,
      longestMs: Math.max(0, ...longTasks.map(([, d]) => d)),
      tasks: longTasks,
      frames: 1000,
      frameP50Ms: 16.7,
      frameP95Ms: 20,
      frameMaxMs: 60,
    },
    transitions: { frames: 300, frameP95Ms: 20, frameMaxMs: 60 },
    longFrames: { count: 0, totalMs: 0, scriptMs: 0, styleLayoutMs: 0 },
    longFrameScripts: [],
    longTaskOffenders: [],
    errors: [],
  };
}

function build(chapters: number, wallSeconds: number, cpuSeconds: number | null = wallSeconds): BuildMeasurement {
  return {
    label: `${chapters} chapters`,
    chapters,
    pages: chapters + 64,
    wallSeconds,
    cpuSeconds,
    maxRssMB: 900,
    treePeakMB: 950,
    loadAverage: [1, 1],
    log: 'build.log',
  };
}

function report(overrides: Partial<BenchReport> = {}): BenchReport {
  return {
    date: '2026-11-26T12:00:00.000Z',
    options: { quick: false, skipBuild: false, lighthouseRuns: 3 },
    machine: {
      cpus: 2,
      memoryGB: 8,
      node: '24.0.0',
      chromium: 'Chromium 156',
      lighthouse: '13.5.0',
      loadAverage: [1, 2],
    },
    build: { full: build(12, 30), scaling: [], scalingAnalysis: null },
    pages: [],
    chunks: [],
    lighthouse: [],
    scroll: [],
    longTaskOffenders: [],
    budgets: [],
    notes: [],
    errors: [],
    ...overrides,
  };
}

const KiB = 1024;
const byName = (results: ReturnType<typeof checkBudgets>, name: string) => {
  const r = results.find((b) => b.name === name);
  if (!r) throw new Error(`no budget named ${name}: ${results.map((b) => b.name).join(', ')}`);
  return r;
};

describe('checkBudgets', () => {
  it('misses a JS budget by the pages over it, names the worst, and ignores other page types', () => {
    const results = checkBudgets(
      report({
        pages: [
          page('/en/', 'index', 45 * KiB, 2 * KiB),
          page('/en/a/', 'chapter', 45 * KiB + 1, 2 * KiB),
          page('/en/b/', 'chapter', 60 * KiB, 3 * KiB),
          page('/en/charts/', 'catalogue', 500 * KiB, 400 * KiB),
        ],
      }),
      budgets,
    );
    const total = byName(results, 'JS story pages, total gzip');
    expect(total.status).toBe('missed');
    expect(total.measured).toBe('60.0 KiB (/en/b/)');
    expect(total.misses).toEqual(['/en/a/: 45.0 KiB', '/en/b/: 60.0 KiB']);
    // Exactly at the limit is within it.
    expect(byName(results, 'JS story pages, before any island, gzip').status).toBe('met');
    // No embed pages in this report: skipped, not met.
    expect(byName(results, 'JS embed pages, total gzip').status).toBe('skipped');
  });

  it('misses an HTML budget by each chapter over it, raw and gzip apart, and leaves other page types out', () => {
    const withHtml: BudgetsConfig = {
      ...budgets,
      html: { chapter: { pageTypes: ['chapter'], rawKB: 150, gzipKB: 30 } },
    };
    const sized = (path: string, type: PageType, raw: number, gzip: number) => ({
      ...page(path, type, 40 * KiB),
      html: { raw, gzip },
    });
    const results = checkBudgets(
      report({
        pages: [
          sized('/en/a/', 'chapter', 150 * KiB, 29 * KiB),
          sized('/en/b/', 'chapter', 340 * KiB, 30 * KiB),
          sized('/en/charts/', 'catalogue', 900 * KiB, 90 * KiB),
        ],
      }),
      withHtml,
    );
    const raw = byName(results, 'HTML chapter pages, raw');
    expect(raw.status).toBe('missed');
    expect(raw.measured).toBe('340.0 KiB (/en/b/)');
    expect(raw.misses).toEqual(['/en/b/: 340.0 KiB']);
    // Exactly at the limit is within it.
    expect(byName(results, 'HTML chapter pages, gzip').status).toBe('met');
    // A config without HTML budgets checks none.
    expect(
      checkBudgets(report({ pages: [sized('/en/b/', 'chapter', 340 * KiB, 30 * KiB)] }), budgets).map((b) => b.name),
    ).not.toContain('HTML chapter pages, raw');
  });

  it('misses the TBT and LCP ceilings by the pages over them, exactly at the ceiling being within it', () => {
    const results = checkBudgets(
      report({
        lighthouse: [
          lighthouseResult('/en/', 'index', { tbt: 50, lcp: 1200 }),
          lighthouseResult('/en/charts/', 'catalogue', { tbt: 135, lcp: 1224.4 }),
        ],
      }),
      { ...budgets, lighthouse: { ...budgets.lighthouse, pageTypes: ['index', 'catalogue'], tbtMs: 50, lcpMs: 1200 } },
    );
    const tbt = byName(results, 'Lighthouse TBT');
    expect(tbt.status).toBe('missed');
    expect(tbt.measured).toBe('135 ms (/en/charts/)');
    expect(tbt.misses).toEqual(['/en/charts/: 135 ms']);
    expect(byName(results, 'Lighthouse LCP').misses).toEqual(['/en/charts/: 1224 ms']);
    // A config without ceilings checks no timing.
    const names = checkBudgets(report({ lighthouse: [lighthouseResult('/en/', 'index')] }), budgets).map((b) => b.name);
    expect(names).not.toContain('Lighthouse TBT');
  });

  it('checks the SEO score only on the page types it names, when it names them', () => {
    const results = checkBudgets(
      report({
        lighthouse: [
          lighthouseResult('/en/', 'index', { seo: 100 }),
          lighthouseResult('/embed/en/x/', 'embed', { seo: 66 }),
        ],
      }),
      {
        ...budgets,
        lighthouse: { ...budgets.lighthouse, pageTypes: ['index', 'embed'], seoPageTypes: ['index'] },
      },
    );
    expect(byName(results, 'Lighthouse SEO').status).toBe('met');
    expect(byName(results, 'Lighthouse performance').measured).toContain('/');
  });

  it('skips Lighthouse budgets in a quick run instead of passing them', () => {
    const results = checkBudgets(report({ options: { quick: true, skipBuild: false, lighthouseRuns: 3 } }), budgets);
    const perf = byName(results, 'Lighthouse performance');
    expect(perf.status).toBe('skipped');
    expect(perf.measured).toContain('--quick');
  });

  it('checks Lighthouse scores on story pages only, lowest score as the measured figure', () => {
    const results = checkBudgets(
      report({
        lighthouse: [
          lighthouseResult('/en/', 'index', { performance: 99 }),
          lighthouseResult('/en/b/', 'chapter', { performance: 97, seo: 100 }),
          lighthouseResult('/embed/en/x/', 'embed', { performance: 40, seo: 60 }),
        ],
      }),
      budgets,
    );
    const perf = byName(results, 'Lighthouse performance');
    expect(perf.status).toBe('missed');
    expect(perf.measured).toBe('97 (/en/b/)');
    expect(perf.misses).toEqual(['/en/b/: 97']);
    expect(byName(results, 'Lighthouse SEO').status).toBe('met');
  });

  it('compares CLS as Lighthouse shows it, to three decimals', () => {
    const shown = (cls: number) =>
      byName(
        checkBudgets(report({ lighthouse: [lighthouseResult('/en/', 'index', { cls })] }), budgets),
        'Lighthouse CLS',
      );
    expect(shown(0.0004).status).toBe('met');
    expect(shown(0.002).status).toBe('missed');
    expect(shown(0.002).measured).toBe('0.002 (/en/)');
  });

  it("misses the scroll budget on the longest task of any run at the budget's throttling", () => {
    const slowerMachine = { ...scrollRun('/en/c/', 'phone', [[100, 400]]), cpuThrottling: 6 };
    const results = checkBudgets(
      report({
        scroll: [
          scrollRun('/en/a/', 'phone', [[10, 50]]),
          scrollRun('/en/b/', 'desktop', [
            [10, 51],
            [200, 70],
          ]),
          slowerMachine,
        ],
      }),
      budgets,
    );
    const scroll = byName(results, 'Longest task while scrolling (4x CPU throttling)');
    expect(scroll.status).toBe('missed');
    expect(scroll.measured).toBe('70 ms (/en/b/, desktop)');
    expect(scroll.misses).toEqual(['/en/b/ (desktop): 2 long tasks, longest 70 ms']);
  });

  it('holds loading to the same limit, leaves the control page out of both budgets and shows its floor', () => {
    const loaded = (path: string, viewport: string, longestMs: number, control = false): ScrollRun => ({
      ...scrollRun(path, viewport, []),
      control,
      load: { longTasks: longestMs > 50 ? 1 : 0, longestMs },
    });
    const control = {
      ...loaded('/__bench-control/', 'phone', 93, true),
      scroll: scrollRun('x', 'phone', [[0, 99]]).scroll,
    };
    const results = checkBudgets(
      report({ scroll: [control, loaded('/en/a/', 'phone', 40), loaded('/en/b/', 'desktop', 120)] }),
      budgets,
    );
    const loading = byName(results, 'Longest task while loading (4x CPU throttling)');
    expect(loading.status).toBe('missed');
    expect(loading.measured).toBe('120 ms (/en/b/, desktop); control page: 93 ms (phone)');
    expect(loading.misses).toEqual(['/en/b/ (desktop): 1 long tasks, longest 120 ms']);
    expect(byName(results, 'Longest task while scrolling (4x CPU throttling)').status).toBe('met');
  });

  it('says when no long task happened at all', () => {
    const results = checkBudgets(report({ scroll: [scrollRun('/en/a/', 'phone', [])] }), budgets);
    const scroll = byName(results, 'Longest task while scrolling (4x CPU throttling)');
    expect(scroll).toMatchObject({ status: 'met', measured: 'no long task' });
  });

  it('checks build time and memory, and skips them without a build', () => {
    const slow = checkBudgets(report({ build: { full: build(12, 61), scaling: [], scalingAnalysis: null } }), budgets);
    expect(byName(slow, 'Full build wall time').status).toBe('missed');
    expect(byName(slow, 'Full build peak memory (process tree)').status).toBe('met');
    const none = checkBudgets(report({ build: { full: null, scaling: [], scalingAnalysis: null } }), budgets);
    expect(byName(none, 'Full build wall time').status).toBe('skipped');
  });

  it('misses the linearity budgets when build time bends upwards', () => {
    const points = [build(12, 12), build(60, 60), build(240, 480)];
    const results = checkBudgets(
      report({ build: { full: build(12, 30), scaling: [], scalingAnalysis: analyseScaling(points) } }),
      budgets,
    );
    expect(byName(results, 'Build time per chapter, largest vs smallest copy')).toMatchObject({
      status: 'missed',
      measured: '2.00',
    });
    expect(byName(results, 'Build time per added chapter, last step vs first step')).toMatchObject({
      status: 'missed',
      measured: '2.33',
    });
  });
});

describe('analyseScaling', () => {
  it('finds the fixed cost and cost per chapter of a straight line', () => {
    const a = analyseScaling([build(240, 58, 38.5), build(12, 12.4, 10), build(60, 22, 16)]);
    expect(a.fit.fixedSeconds).toBeCloseTo(10, 6);
    expect(a.fit.secondsPerChapter).toBeCloseTo(0.2, 6);
    expect(a.fit.r2).toBeCloseTo(1, 9);
    expect(a.marginalSecondsPerChapter.map((m) => Number(m.toFixed(6)))).toEqual([0.2, 0.2]);
    expect(a.marginalSlopeRatio).toBeCloseTo(1, 9);
    // A fixed cost shared by more chapters: each chapter costs less at the larger size.
    expect(a.perChapterTimeRatio).toBeCloseTo(58 / 240 / (12.4 / 12), 9);
    expect(a.perChapterTimeRatio).toBeLessThan(1);
    expect(a.cpuFit?.secondsPerChapter).toBeCloseTo(0.125, 6);
  });

  it('shows a superlinear curve in the marginal slope ratio', () => {
    // t = 0.5 + 0.001 * chapters²
    const t = (c: number) => 0.5 + 0.001 * c * c;
    const a = analyseScaling([build(12, t(12)), build(60, t(60)), build(240, t(240))]);
    expect(a.marginalSlopeRatio!).toBeGreaterThan(1.5);
    expect(a.perChapterTimeRatio).toBeGreaterThan(1);
    expect(a.fit.r2).toBeLessThan(1);
  });

  it('gives no slope ratio when the first step cost nothing, and no CPU line without CPU times', () => {
    const a = analyseScaling([build(12, 20, null), build(60, 19, 10), build(240, 40, 30)]);
    expect(a.marginalSlopeRatio).toBeNull();
    expect(a.cpuFit).toBeNull();
  });

  it('says why the slope budget was not checked when the first step is lost in noise', () => {
    const a = analyseScaling([build(12, 23.4), build(60, 21.6), build(240, 32.9)]);
    const results = checkBudgets(report({ build: { full: build(12, 30), scaling: [], scalingAnalysis: a } }), budgets);
    expect(byName(results, 'Build time per added chapter, last step vs first step')).toMatchObject({
      status: 'skipped',
      measured: 'not measured (first step added -0.04 s per chapter, within timing noise)',
    });
  });

  it('needs two sizes', () => {
    expect(() => analyseScaling([build(12, 10)])).toThrow(/two sizes/);
  });

  it('fits a flat line when every point has the same x', () => {
    expect(
      fitLine([
        [5, 1],
        [5, 3],
      ]),
    ).toEqual({ fixedSeconds: 2, secondsPerChapter: 0, r2: 0 });
  });
});

describe('long tasks put down to scripts', () => {
  const script = (start: number, duration: number, url: string, fn = '', char = -1): LoafScript => ({
    start,
    duration,
    invoker: url ? 'FrameRequestCallback' : 'Window.scroll',
    invokerType: 'user-callback',
    url,
    fn,
    char,
    forcedStyleAndLayout: 0,
  });

  it('labels a script by file, offset and function, or by how it was called', () => {
    expect(scriptLabel(script(0, 1, '/_astro/a.js', 'tick', 120))).toBe('/_astro/a.js:120 tick');
    expect(scriptLabel(script(0, 1, '/_astro/a.js'))).toBe('/_astro/a.js');
    expect(scriptLabel(script(0, 1, ''))).toBe('Window.scroll');
  });

  it('counts each task once per script, adds script time, and keeps tasks without a script', () => {
    const offenders = attributeLongTasks(
      [
        [100, 80],
        [500, 60],
        [900, 200],
      ],
      [
        script(110, 30, '/_astro/a.js', 'f', 10),
        script(150, 20, '/_astro/a.js', 'f', 10),
        script(120, 5, '/_astro/b.js'),
        script(510, 40, '/_astro/a.js', 'f', 10),
        // Outside every task: not counted.
        script(700, 45, '/_astro/c.js'),
      ],
    );
    expect(offenders).toEqual([
      { script: NO_SCRIPT, invoker: '', url: '', char: -1, longTasks: 1, scriptMs: 0, longestTaskMs: 200 },
      {
        script: '/_astro/a.js:10 f',
        invoker: 'FrameRequestCallback',
        url: '/_astro/a.js',
        char: 10,
        longTasks: 2,
        scriptMs: 90,
        longestTaskMs: 80,
      },
      {
        script: '/_astro/b.js',
        invoker: 'FrameRequestCallback',
        url: '/_astro/b.js',
        char: -1,
        longTasks: 1,
        scriptMs: 5,
        longestTaskMs: 80,
      },
    ]);
  });

  it('merges offenders over scroll runs, listing the runs', () => {
    const a = scrollRun('/en/a/', 'phone', []);
    const b = scrollRun('/en/b/', 'desktop', []);
    const offender = { script: 'x.js', invoker: '', url: 'x.js', char: -1 };
    a.longTaskOffenders = [{ ...offender, longTasks: 2, scriptMs: 30.25, longestTaskMs: 90 }];
    b.longTaskOffenders = [
      { ...offender, longTasks: 1, scriptMs: 10, longestTaskMs: 120 },
      { ...offender, script: 'y.js', url: 'y.js', longTasks: 5, scriptMs: 200, longestTaskMs: 60 },
    ];
    expect(topOffenders([a, b])).toEqual([
      { ...offender, longTasks: 3, scriptMs: 40.3, longestTaskMs: 120, runs: ['/en/a/ (phone)', '/en/b/ (desktop)'] },
      {
        ...offender,
        script: 'y.js',
        url: 'y.js',
        longTasks: 5,
        scriptMs: 200,
        longestTaskMs: 60,
        runs: ['/en/b/ (desktop)'],
      },
    ]);
  });
});

describe('markdown summary', () => {
  const full = () => {
    const r = report({
      pages: [page('/en/', 'index', 30 * KiB, 2 * KiB), page('/en/b/', 'chapter', 60 * KiB, 26 * KiB)],
      scroll: [scrollRun('/en/b/', 'phone', [[10, 70]])],
      longTaskOffenders: [
        {
          script: '/_astro/Scrolly.js:1200 r',
          invoker: 'IntersectionObserverCallback',
          url: '/_astro/Scrolly.js',
          char: 1200,
          longTasks: 4,
          scriptMs: 180.4,
          longestTaskMs: 70,
          runs: ['/en/b/ (phone)'],
          code: 'function r(e){a|b}',
        },
      ],
    });
    r.build.scaling = [
      { ...build(12, 12.4), multiple: 1 },
      { ...build(60, 22), multiple: 5 },
    ];
    r.build.scalingAnalysis = analyseScaling(r.build.scaling);
    r.budgets = checkBudgets(r, budgets);
    return r;
  };

  it('has a row per page with gzip and raw KiB, and the missed budgets with their figures', () => {
    const md = markdown(full());
    expect(md).toContain('| /en/b/ | chapter | 7.8 (29.3) | 2.4 (8.8) | 60.0 (180.0) | 26.0 (78.0) | 34.0 (102.0) |');
    expect(md).toContain(
      '| JS story pages, total gzip | <= 45 KiB (index, chapter) | 60.0 KiB (/en/b/) | **missed** |',
    );
    expect(md).toContain('- JS story pages, total gzip: /en/b/: 60.0 KiB');
    expect(md).toContain('Scaling: 10.0 s fixed + 0.20 s per chapter');
    expect(md).not.toContain('## Lighthouse');
  });

  it('lists long-task offenders with their code, keeping the table intact', () => {
    const md = markdown(full());
    const row = md.split('\n').find((l) => l.startsWith('| Scrolly.js:1200 r |'));
    expect(row).toBe(
      '| Scrolly.js:1200 r | IntersectionObserverCallback | 4 | 180 | 70 | 1 | `function r(e){a\\|b}` |',
    );
    // The escaped pipe keeps the row at the table's seven columns.
    expect(row!.split(/(?<!\\)\|/).length - 2).toBe(7);
  });

  it('lists notes and measurement errors apart', () => {
    const r = full();
    r.notes = ['scroll /en/b/ phone: 6 of 7 steps became active'];
    expect(markdown(r)).toContain('## Notes\n\n- scroll /en/b/ phone: 6 of 7 steps became active\n');
    expect(markdown(r)).not.toContain('## Errors');
    r.errors = ['scroll /en/b/ phone: only 5 of 7 steps became active\nmore detail'];
    expect(markdown(r)).toMatch(/## Errors\n\n- scroll \/en\/b\/ phone: only 5 of 7 steps became active\n/);
  });
});

describe("the project's build, as the benchmark runs it", () => {
  const repo = fileURLToPath(new URL('../..', import.meta.url));

  it("runs with package.json's Node flags: a heap cap under the build's memory budget", () => {
    const flags = buildNodeFlags(repo);
    const cap = Number(/^--max-old-space-size=(\d+)$/.exec(flags.find((f) => f.startsWith('--max-old')) ?? '')?.[1]);
    expect(cap).toBeGreaterThan(0);
    expect(cap).toBeLessThan(readBudgetsConfig(repo).build.maxPeakMemoryMB);
  });
});

describe('the copies of the project with more chapters, for the build-scaling run', () => {
  const repo = fileURLToPath(new URL('../..', import.meta.url));

  it('give every chapter its own number and address, each copy after its original, in both languages', async () => {
    const dir = await scaledProject(repo, 3);
    try {
      for (const lang of ['en', 'es']) {
        const originals = readdirSync(path.join(repo, 'content/chapters', lang)).filter((f) => f.endsWith('.mdx'));
        const files = readdirSync(path.join(dir, 'content/chapters', lang))
          .filter((f) => f.endsWith('.mdx'))
          .sort();
        expect(files).toHaveLength(originals.length * 3);
        expect(new Set(files.map((f) => f.slice(0, 2))).size).toBe(files.length);
        expect(files.slice(0, 3).map((f) => f.slice(3))).toEqual([
          originals.sort()[0]!.slice(3),
          originals[0]!.slice(3).replace('.mdx', '-copy-1.mdx'),
          originals[0]!.slice(3).replace('.mdx', '-copy-2.mdx'),
        ]);
        const slugs = files
          .map((f) => /^slug: *(\S+)/m.exec(readFileSync(path.join(dir, 'content/chapters', lang, f), 'utf8'))?.[1])
          .filter(Boolean);
        expect(new Set(slugs).size).toBe(slugs.length);
      }
    } finally {
      await removeScaledProject(dir);
    }
  });

  it('refuse a multiple that would need chapter numbers past 99', async () => {
    await expect(scaledProject(repo, 15)).rejects.toThrow(/at most 99 chapters/);
  });
});
