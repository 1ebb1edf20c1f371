/**
 * `npm run bench`: builds the site, serves it as a static host would, and measures it. Writes
 * bench-results/report.json (everything) and bench-results/report.md (a short summary, also printed).
 *
 *   npm run bench                     full run (10–20 minutes on a 2-core machine)
 *   npm run bench -- --quick          no Lighthouse and no 14x build (a few minutes)
 *   npm run bench -- --check          exit 1 when a budget in budgets.config.json is missed (combine freely)
 *   npm run bench -- --skip-build     measure the last benchmark build again (.builds/bench), no builds at all
 *   npm run bench -- --skip-scaling   no 1x/5x/14x copies
 *   npm run bench -- --lighthouse-runs=N --lighthouse-pages=min|some|all
 *
 * Lighthouse pages: "some" (default) is both language indexes, the first chapter with a scroller, the chapter
 * with the most JavaScript, the English chart catalogue and one embed; "min" is the English index, that heaviest
 * chapter and the embed; "all" is every index and chapter in both languages, the catalogue and the embed. Three runs per page take 2–3 minutes on a busy
 * 2-core machine, so "all" makes the run about half an hour longer.
 *
 * Steps: (1) a measured `astro build` into .builds/bench (inside the project, where Astro keeps its prerender
 * files next to the output); (2) bytes per page from the files; (3) the build served gzip-compressed, as hosts
 * serve it, by the tests' static file server (with the _headers rules) and opened in Chromium: requests per page,
 * then a plain-text control page (the machine's floor) and every chapter of both editions scrolled with the wheel at
 * 4x CPU throttling, its long tasks put down to the scripts that ran in them; (4) Lighthouse on representative story pages and an embed; (5) copies of the project with 1x, 5x and
 * 14x the chapters in a temporary folder, each built and measured, then deleted.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, chromePath } from '../lib/browser';
import { startStaticServer } from '../lib/staticServer';
import { analyseScaling, measureBuild, removeScaledProject, scaledProject, type BuildMeasurement } from './build';
import { CONTROL_PATH, countRequests, scrollRun, VIEWPORTS } from './browser';
import { checkBudgets, readBudgetsConfig } from './budgets';
import { lighthouse } from './lighthouse';
import { markdown, summaryPages, topOffenders, type BenchReport } from './report';
import { chunkSizes, pageWeights } from './weight';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS = path.join(REPO, 'bench-results');
const OUT_DIR = path.join(REPO, '.builds/bench');

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string, fallback: string) =>
  argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const known = ['check', 'quick', 'skip-build', 'skip-scaling', 'lighthouse-runs', 'lighthouse-pages'];
for (const a of argv) {
  if (!known.includes(a.replace(/^--/, '').split('=')[0]!)) {
    console.error(`Unknown option ${a}. Options: ${known.map((k) => `--${k}`).join(', ')}`);
    process.exit(2);
  }
}
const quick = flag('quick');
const skipBuild = flag('skip-build');
const lighthouseRuns = Number(option('lighthouse-runs', '3'));
const lighthousePages = option('lighthouse-pages', 'some');
if (!['min', 'some', 'all'].includes(lighthousePages)) {
  console.error(`--lighthouse-pages=${lighthousePages}: use min, some or all`);
  process.exit(2);
}
if (!(Number.isInteger(lighthouseRuns) && lighthouseRuns >= 1)) {
  console.error('--lighthouse-runs must be a whole number from 1 up');
  process.exit(2);
}

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** English chapter pages in reading order (content/chapters/en/NN-slug.mdx). */
function chaptersInOrder(pages: BenchReport['pages']): BenchReport['pages'] {
  const slugs = readdirSync(path.join(REPO, 'content/chapters/en'))
    .sort()
    .map((f) => /^\d{2}-([a-z0-9-]+)\.mdx$/.exec(f)?.[1]);
  const order = (p: { path: string }) => slugs.indexOf(p.path.split('/')[2]);
  const english = pages
    .filter((p) => p.type === 'chapter' && p.path.startsWith('/en/') && order(p) >= 0)
    .sort((a, b) => order(a) - order(b));
  // The Spanish edition's addresses are its own words; its chapters follow the English ones, in address order.
  const spanish = pages.filter((p) => p.type === 'chapter' && p.path.startsWith('/es/'));
  return [...english, ...spanish];
}

/** The pages Lighthouse runs on (see --lighthouse-pages above). */
function lighthouseTargets(report: BenchReport, mode: string): BenchReport['pages'] {
  const pages = report.pages;
  const chapters = chaptersInOrder(pages);
  const firstScroller = chapters.find((c) => report.scroll.some((s) => s.path === c.path && s.scrollers > 0));
  const heaviest = [...chapters].sort((a, b) => b.js.total.gzip - a.js.total.gzip)[0];
  const embed = pages.find((p) => p.path === '/embed/en/prison-population/') ?? pages.find((p) => p.type === 'embed');
  // The chart catalogue holds every chart's every view, drawn on the server: the heaviest page of the site.
  const catalogue = pages.find((p) => p.path === '/en/charts/');
  const byPath = (p: string) => pages.filter((x) => x.path === p);
  const picked =
    mode === 'all'
      ? [...pages.filter((p) => p.type === 'index'), ...pages.filter((p) => p.type === 'chapter')]
      : mode === 'min'
        ? [...byPath('/en/'), heaviest]
        : [...byPath('/en/'), ...byPath('/es/'), firstScroller, heaviest];
  const seen = new Set<string>();
  return [...picked, ...(mode === 'min' ? [] : [catalogue]), embed].filter((p): p is NonNullable<typeof p> => {
    if (!p || seen.has(p.path)) return false;
    seen.add(p.path);
    return true;
  });
}

/**
 * The first characters of a built script at an offset, to recognise minified code by. A page's address (an inline
 * script ran in the long task) reads its index.html.
 */
function codeAt(url: string, offset: number): string | undefined {
  if (!url.startsWith('/') || offset < 0) return undefined;
  let file = path.join(OUT_DIR, decodeURIComponent(url.slice(1)));
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!file.startsWith(OUT_DIR + path.sep) || !existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .slice(offset, offset + 100)
    .replace(/\s+/g, ' ');
}

function version(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<number> {
  const budgets = readBudgetsConfig(REPO);
  await mkdir(RESULTS, { recursive: true });
  const errors: string[] = [];
  const loadStart = os.loadavg()[0]!;
  const lighthouseVersion = (
    JSON.parse(readFileSync(path.join(REPO, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }
  ).version;

  // 1. The full build.
  let full: BuildMeasurement | null = null;
  if (skipBuild) {
    if (!existsSync(OUT_DIR)) throw new Error(`--skip-build: no earlier benchmark build in ${OUT_DIR}`);
    log(`reusing the build in ${path.relative(REPO, OUT_DIR)}`);
  } else {
    log(`building into ${path.relative(REPO, OUT_DIR)} …`);
    await rm(OUT_DIR, { recursive: true, force: true });
    full = await measureBuild({
      label: 'full build',
      projectDir: REPO,
      outDir: OUT_DIR,
      logFile: path.join(RESULTS, 'build-full.log'),
    });
    log(`built ${full.pages} pages in ${full.wallSeconds.toFixed(1)} s, peak ${full.treePeakMB.toFixed(0)} MB`);
  }

  // 2. Bytes per page, from the files.
  log('weighing pages …');
  const weights = pageWeights(OUT_DIR);
  const pages: BenchReport['pages'] = weights;
  const chunks = chunkSizes(OUT_DIR, weights);

  const report: BenchReport = {
    date: new Date().toISOString(),
    options: { quick, skipBuild, lighthouseRuns },
    machine: {
      cpus: os.cpus().length,
      memoryGB: os.totalmem() / 1024 ** 3,
      node: process.versions.node,
      chromium: version(chromePath(), ['--version']),
      lighthouse: lighthouseVersion,
      loadAverage: [loadStart, loadStart],
    },
    build: { full, scaling: [], scalingAnalysis: null },
    pages,
    chunks,
    lighthouse: [],
    scroll: [],
    longTaskOffenders: [],
    budgets: [],
    notes: [],
    errors,
  };

  // 3. In the browser: requests, then scrolling.
  // Compressed, as any host serves pages: Lighthouse and the scroll runs see what a reader's phone downloads.
  const server = await startStaticServer({ root: OUT_DIR, applyHeadersFile: true, compress: true });
  try {
    const browser = await launchBrowser();
    try {
      const phone = VIEWPORTS[0]!;
      for (const page of summaryPages(report)) {
        log(`requests ${page.path}`);
        try {
          page.requests = await countRequests(browser, server.url, page.path, phone);
        } catch (error) {
          errors.push(`requests ${page.path}: ${String(error)}`);
        }
      }
      const chapters = chaptersInOrder(pages);
      for (const viewport of VIEWPORTS) {
        // First the control page: what loading costs this machine and browser before the site adds anything.
        try {
          report.scroll.push(
            await scrollRun(browser, server.url, CONTROL_PATH, viewport, budgets.scroll.cpuThrottling),
          );
        } catch (error) {
          errors.push(`control page ${viewport.name}: ${String(error)}`);
        }
        for (const chapter of chapters) {
          log(`scrolling ${chapter.path} (${viewport.name}, ${budgets.scroll.cpuThrottling}x CPU throttling)`);
          try {
            const run = await scrollRun(browser, server.url, chapter.path, viewport, budgets.scroll.cpuThrottling);
            report.scroll.push(run);
            log(
              `  ${run.wheelSteps} wheel steps in ${run.scrollSeconds} s, ${run.scrollers} scroller(s), ` +
                `${run.stepsSeen} of ${run.steps} steps shown, ${run.stepChanges} step changes, ` +
                `${run.transitions.frames} frames in transitions, ${run.scroll.longTasks} long tasks ` +
                `(longest ${run.scroll.longestMs} ms)`,
            );
            // A run that did not reach the end, or saw no step change on a page with steps, measured less than
            // the story: an error. A short step scrolled past between two long frames is what a fast reader on
            // a slow phone gets too (the controller settles on the step under the reader): a note.
            if (!run.reachedEnd) errors.push(`scroll ${chapter.path} ${viewport.name}: never reached the end`);
            if (run.steps > 1 && (run.stepChanges === 0 || run.transitions.frames === 0)) {
              errors.push(`scroll ${chapter.path} ${viewport.name}: no step change or no frames after one`);
            } else if (run.stepsSeen < run.steps) {
              report.notes.push(
                `scroll ${chapter.path} ${viewport.name}: ${run.stepsSeen} of ${run.steps} steps became active; ` +
                  `never active at this scrolling speed: ${run.missedSteps.join(', ')}`,
              );
            }
          } catch (error) {
            errors.push(`scroll ${chapter.path} ${viewport.name}: ${String(error)}`);
          }
        }
      }
    } finally {
      await browser.close();
    }

    report.longTaskOffenders = topOffenders(report.scroll).map((o) => {
      const code = codeAt(o.url, o.char);
      return code ? { ...o, code } : o;
    });

    // 4. Lighthouse.
    if (!quick) {
      for (const target of lighthouseTargets(report, lighthousePages)) {
        log(`lighthouse ${target.path} (${lighthouseRuns} runs)`);
        try {
          const result = await lighthouse(server.url, target.path, lighthouseRuns, path.join(RESULTS, 'lighthouse'));
          report.lighthouse.push({ ...result, type: target.type });
          // A browser that failed to start or a page that did not load gives zeros, not a slow page.
          if (result.all.some((r) => !(r.performance > 0) || !(r.lcp > 0))) {
            errors.push(`lighthouse ${target.path}: a run scored 0 or measured no LCP (see ${result.report})`);
          }
          log(
            `  performance ${result.performance}, LCP ${Math.round(result.lcp)} ms, TBT ${Math.round(result.tbt)} ms`,
          );
        } catch (error) {
          errors.push(`lighthouse ${target.path}: ${String(error)}`);
        }
      }
    }
  } finally {
    await server.close();
  }

  // 5. Build scaling.
  if (!skipBuild && !flag('skip-scaling')) {
    const multiples = budgets.build.chapterMultiples.filter((m) => !quick || m <= 5);
    // Every size is made from one snapshot of the project, taken once: the working tree may change while the
    // builds run (others editing), and sizes built from different sources would not be comparable.
    const snapshot = await scaledProject(REPO, 1);
    for (const multiple of multiples) {
      log(`copy with ${multiple}x the chapters …`);
      let dir = snapshot;
      try {
        if (multiple !== 1) dir = await scaledProject(snapshot, multiple);
        const m = await measureBuild({
          label: `${multiple}x chapters`,
          projectDir: dir,
          outDir: path.join(dir, 'dist'),
          logFile: path.join(RESULTS, `build-${multiple}x.log`),
        });
        report.build.scaling.push({ ...m, multiple });
        log(
          `  ${m.chapters} chapters, ${m.pages} pages: ${m.wallSeconds.toFixed(1)} s, peak ${m.treePeakMB.toFixed(0)} MB`,
        );
      } catch (error) {
        errors.push(`build ${multiple}x: ${String(error)}`);
      } finally {
        if (dir !== snapshot) await removeScaledProject(dir);
      }
    }
    await removeScaledProject(snapshot);
    if (report.build.scaling.length >= 2) report.build.scalingAnalysis = analyseScaling(report.build.scaling);
  }

  report.machine.loadAverage[1] = os.loadavg()[0]!;
  report.budgets = checkBudgets(report, budgets);
  await writeFile(path.join(RESULTS, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const md = markdown(report);
  await writeFile(path.join(RESULTS, 'report.md'), md);
  console.log(`\n${md}`);
  log(`wrote ${path.relative(REPO, RESULTS)}/report.json and report.md`);

  const missed = report.budgets.filter((b) => b.status === 'missed');
  if (flag('check')) {
    if (errors.length > 0) {
      console.error(
        `\n${errors.length} measurement(s) failed:\n${errors.map((e) => `  ${e.split('\n')[0]}`).join('\n')}`,
      );
    }
    if (missed.length > 0) {
      console.error(
        `\nBudgets missed:\n${missed.map((b) => `  ${b.name}: ${b.measured}, limit ${b.limit}`).join('\n')}`,
      );
    }
    return missed.length > 0 || errors.length > 0 ? 1 : 0;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
