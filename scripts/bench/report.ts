/**
 * The benchmark's report: the JSON shape written to bench-results/report.json and the short markdown summary
 * (bench-results/report.md, also printed).
 */
import type { PageType } from '../lib/builtSite';
import type { BuildMeasurement, ScalingAnalysis } from './build';
import type { BudgetResult } from './budgets';
import type { LongTaskOffender, RequestCount, ScrollRun } from './browser';
import type { LighthouseResult } from './lighthouse';
import type { PageWeight } from './weight';

export interface BenchReport {
  date: string;
  options: { quick: boolean; skipBuild: boolean; lighthouseRuns: number };
  machine: {
    cpus: number;
    memoryGB: number;
    node: string;
    chromium: string;
    lighthouse: string;
    /** 1-minute load average at the start and end of the run: other work on the machine skews times. */
    loadAverage: [number, number];
  };
  build: {
    full: BuildMeasurement | null;
    scaling: (BuildMeasurement & { multiple: number })[];
    scalingAnalysis: ScalingAnalysis | null;
  };
  pages: (PageWeight & { requests?: RequestCount })[];
  /** JS chunks by gzip size, with how many pages load each. */
  chunks: { file: string; raw: number; gzip: number; pages: number }[];
  lighthouse: (LighthouseResult & { type: PageType })[];
  scroll: ScrollRun[];
  /** Long tasks while scrolling, by script, over every scroll run (topOffenders). */
  longTaskOffenders: Offender[];
  budgets: BudgetResult[];
  /** Things worth knowing that do not make a measurement wrong (e.g. a step passed within one frame). */
  notes: string[];
  /** Measurements that failed or cannot be trusted; `--check` fails on any. */
  errors: string[];
}

/** A script behind long tasks on one or more pages, with a bit of its (minified) code to find it by. */
export interface Offender extends LongTaskOffender {
  /** "path (viewport)" of every scroll run it appeared in. */
  runs: string[];
  /** The first characters of the function, read from the build, when the file and offset are known. */
  code?: string;
}

/** Long-task offenders of every scroll run merged by script, worst (longest task) first. */
export function topOffenders(runs: ScrollRun[]): Offender[] {
  const merged = new Map<string, Offender>();
  for (const run of runs) {
    for (const o of run.longTaskOffenders) {
      const m = merged.get(o.script) ?? { ...o, longTasks: 0, scriptMs: 0, longestTaskMs: 0, runs: [] };
      m.longTasks += o.longTasks;
      m.scriptMs = Math.round((m.scriptMs + o.scriptMs) * 10) / 10;
      m.longestTaskMs = Math.max(m.longestTaskMs, o.longestTaskMs);
      m.runs.push(`${run.path} (${run.viewport})`);
      merged.set(o.script, m);
    }
  }
  return [...merged.values()].sort((a, b) => b.longestTaskMs - a.longestTaskMs || b.scriptMs - a.scriptMs);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function table(head: string[], rows: (string | number)[][]): string {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
}

const TYPE_ORDER: PageType[] = [
  'root',
  'index',
  'chapter',
  'catalogue',
  'sources',
  'embed',
  '404',
  'redirect',
  'other',
];

/**
 * The pages worth a row in the summary, story pages first: all but the per-view embed variants and chapters' former
 * addresses, which leave for the chapter as they open (the JSON has every page).
 */
export function summaryPages(report: BenchReport): BenchReport['pages'] {
  return report.pages
    .filter((p) => p.type !== 'redirect')
    .filter((p) => p.type !== 'embed' || /^\/embed\/[a-z]{2}\/[a-z0-9-]+\/$/.test(p.path))
    .sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || a.path.localeCompare(b.path));
}

export function markdown(report: BenchReport): string {
  const out: string[] = [];
  const m = report.machine;
  out.push(
    `# Benchmark, ${report.date}`,
    '',
    `${m.cpus} CPUs, ${m.memoryGB.toFixed(0)} GB; Node ${m.node}; ${m.chromium}; Lighthouse ${m.lighthouse}; ` +
      `load average ${m.loadAverage[0].toFixed(1)} at the start, ${m.loadAverage[1].toFixed(1)} at the end` +
      `${report.options.quick ? '; quick run (no Lighthouse, no 14x build)' : ''}.`,
    '',
  );

  const builds = [...(report.build.full ? [{ ...report.build.full, multiple: 0 }] : []), ...report.build.scaling];
  if (builds.length > 0) {
    out.push(
      '## Build',
      '',
      table(
        ['build', 'chapters', 'pages', 'wall s', 'CPU s', 'peak MB (tree)', 'max RSS MB', 'load start/end'],
        builds.map((b) => [
          b.label,
          b.chapters,
          b.pages,
          b.wallSeconds.toFixed(1),
          b.cpuSeconds?.toFixed(1) ?? '?',
          b.treePeakMB.toFixed(0),
          b.maxRssMB?.toFixed(0) ?? '?',
          `${b.loadAverage[0].toFixed(1)} / ${b.loadAverage[1].toFixed(1)}`,
        ]),
      ),
      '',
    );
    const a = report.build.scalingAnalysis;
    if (a) {
      out.push(
        `Scaling: ${a.fit.fixedSeconds.toFixed(1)} s fixed + ${a.fit.secondsPerChapter.toFixed(2)} s per chapter ` +
          `(least squares, r² ${a.fit.r2.toFixed(2)}); extra seconds per added chapter between sizes: ` +
          `${a.marginalSecondsPerChapter.map((s) => s.toFixed(2)).join(', ')}; time per chapter at the largest size ` +
          `is ${a.perChapterTimeRatio.toFixed(2)}x that at the smallest.` +
          (a.cpuFit
            ? ` CPU time: ${a.cpuFit.fixedSeconds.toFixed(1)} s fixed + ${a.cpuFit.secondsPerChapter.toFixed(2)} s ` +
              `per chapter (r² ${a.cpuFit.r2.toFixed(2)}).`
            : ''),
        '',
      );
    }
  }

  out.push(
    '## Pages',
    '',
    'Sizes in KiB, gzip (raw in parentheses). "Before islands": inline and module scripts with their imports, run on ' +
      'load; "islands": chunks that load when a chart island (client:split) nears the viewport. Requests: phone viewport, ' +
      'load plus a scroll to the end.',
    '',
    table(
      [
        'page',
        'type',
        'HTML',
        'CSS',
        'JS total',
        'JS before islands',
        'JS islands',
        'requests',
        'heaviest island (own KiB)',
      ],
      summaryPages(report).map((p) => {
        const heavy = [...p.js.islandList].sort((a, b) => b.closureGzip - a.closureGzip)[0];
        return [
          p.path,
          p.type,
          `${kb(p.html.gzip)} (${kb(p.html.raw)})`,
          `${kb(p.css.gzip)} (${kb(p.css.raw)})`,
          `${kb(p.js.total.gzip)} (${kb(p.js.total.raw)})`,
          `${kb(p.js.beforeIslands.gzip)} (${kb(p.js.beforeIslands.raw)})`,
          `${kb(p.js.islands.gzip)} (${kb(p.js.islands.raw)})`,
          p.requests ? String(p.requests.total) : '',
          heavy ? `${heavy.name} ${kb(heavy.closureGzip)} (${kb(heavy.ownGzip)})` : '',
        ];
      }),
    ),
    '',
    'Largest JS chunks (gzip KiB, pages loading it): ' +
      report.chunks
        .slice(0, 8)
        .map((c) => `${c.file.replace('/_astro/', '')} ${kb(c.gzip)} (${c.pages})`)
        .join(', ') +
      '.',
    '',
  );

  if (report.lighthouse.length > 0) {
    out.push(
      `## Lighthouse (mobile, simulated throttling, median of ${report.options.lighthouseRuns})`,
      '',
      table(
        ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'CPU index', 'below 100'],
        report.lighthouse.map((r) => [
          r.path,
          r.performance,
          r.accessibility,
          r.bestPractices,
          r.seo,
          Math.round(r.lcp),
          Math.round(r.tbt),
          (Math.round(r.cls * 1000) / 1000).toString(),
          Math.round(r.benchmarkIndex),
          r.failedAudits.join(', ') || '–',
        ]),
      ),
      '',
    );
  }

  if (report.scroll.length > 0) {
    out.push(
      `## Scrolling (${report.scroll[0]!.cpuThrottling}x CPU throttling, mouse wheel 100 px steps)`,
      '',
      table(
        [
          'page',
          'viewport',
          'load avg',
          'scrollers',
          'steps seen',
          'step changes',
          'long tasks',
          'longest ms',
          'frame p95 ms',
          'in transitions p95 / max ms',
          'load: long tasks, longest ms',
          'long frames ms: all / scripts / style+layout',
          'script with most long-frame time (ms)',
        ],
        report.scroll.map((r) => [
          r.control ? 'control page (plain text, no CSS or JS)' : r.path,
          r.viewport,
          r.loadAverage,
          r.scrollers,
          `${r.stepsSeen} / ${r.steps}`,
          r.stepChanges,
          r.scroll.longTasks,
          r.scroll.longestMs,
          r.scroll.frameP95Ms,
          `${r.transitions.frameP95Ms} / ${r.transitions.frameMaxMs}`,
          `${r.load.longTasks}, ${r.load.longestMs}`,
          `${r.longFrames.totalMs} / ${r.longFrames.scriptMs} / ${r.longFrames.styleLayoutMs}`,
          r.longFrameScripts[0]
            ? `${r.longFrameScripts[0].source.replace('/_astro/', '')} (${r.longFrameScripts[0].totalMs})`
            : '–',
        ]),
      ),
      '',
    );
  }

  if (report.longTaskOffenders.length > 0) {
    out.push(
      '## Long tasks while scrolling, by script',
      '',
      'Each long task (over 50 ms) is put down to the scripts that started inside it (from the long animation ' +
        'frame that contains it; file:offset and function as Chromium reports them, minified). Time is the ' +
        "script's own; the rest of a task is style, layout, paint, or the renderer waiting for a busy machine.",
      '',
      table(
        ['script', 'called as', 'long tasks', 'script ms', 'longest task ms', 'runs', 'code'],
        report.longTaskOffenders
          .slice(0, 10)
          .map((o) => [
            o.script.replace('/_astro/', ''),
            o.invoker || '–',
            o.longTasks,
            Math.round(o.scriptMs),
            Math.round(o.longestTaskMs),
            o.runs.length,
            o.code ? `\`${o.code.slice(0, 60).replace(/`/g, "'").replace(/\|/g, '\\|')}\`` : '',
          ]),
      ),
      '',
    );
  }

  out.push(
    '## Budgets (budgets.config.json)',
    '',
    table(
      ['budget', 'limit', 'measured (worst)', ''],
      report.budgets.map((b) => [
        b.name,
        b.limit,
        b.measured,
        b.status === 'met' ? 'met' : b.status === 'missed' ? '**missed**' : 'skipped',
      ]),
    ),
    '',
  );
  const missed = report.budgets.filter((b) => b.status === 'missed');
  for (const b of missed)
    out.push(`- ${b.name}: ${b.misses.slice(0, 12).join('; ')}${b.misses.length > 12 ? '; …' : ''}`);
  if (report.notes.length > 0) out.push('', '## Notes', '', ...report.notes.map((n) => `- ${n}`));
  if (report.errors.length > 0) out.push('', '## Errors', '', ...report.errors.map((e) => `- ${e.split('\n')[0]}`));
  return `${out.join('\n')}\n`;
}
