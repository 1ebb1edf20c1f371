/**
 * Measured builds: wall time, CPU time and peak memory of `astro build`, and how they grow with the number of
 * chapters (copies of the project with 1x, 5x, 14x the chapters, in a temporary folder that is deleted after).
 *
 * Memory is measured two ways because they answer different questions:
 * - `maxRssMB`: GNU time's "Maximum resident set size", the largest single process (Node running Astro);
 * - `treePeakMB`: the sum of VmRSS over the whole process tree (Node, esbuild, workers), sampled every 100 ms
 *   from /proc. This is what the machine has to hold, so the budget is checked against it.
 * CPU time (user + system of every process in the tree, from GNU time) is reported beside wall time: the machine
 * may be shared, and then wall time says as much about the neighbours as about the build.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHAPTER_FILE } from '../../src/lib/chapterFile';

export interface BuildMeasurement {
  label: string;
  /** Chapter files (all languages) the build rendered. */
  chapters: number;
  /** HTML pages written. */
  pages: number;
  wallSeconds: number;
  /** user + system seconds of the whole process tree (GNU time), null without /usr/bin/time. */
  cpuSeconds: number | null;
  /** Largest single process (GNU time), null without /usr/bin/time. */
  maxRssMB: number | null;
  /** Peak of the summed RSS of the process tree, sampled every 100 ms. */
  treePeakMB: number;
  /** 1-minute load average when the build started and ended (the machine may be shared). */
  loadAverage: [number, number];
  log: string;
}

const TIME = '/usr/bin/time';

/** Every process's parent, from /proc/<pid>/stat. */
function parentMap(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (2nd field) is in parentheses and may contain spaces: read after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended between readdir and read.
    }
  }
  return parents;
}

function rssKB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Summed RSS (KiB) of a process and all its descendants. */
function treeRssKB(root: number): number {
  const parents = parentMap();
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) {
    const list = children.get(ppid) ?? [];
    list.push(pid);
    children.set(ppid, list);
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rssKB(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function countHtml(dir: string): number {
  let n = 0;
  if (!existsSync(dir)) return 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countHtml(path.join(dir, entry.name));
    else if (entry.name.endsWith('.html')) n++;
  }
  return n;
}

export function countChapters(projectDir: string): number {
  const root = path.join(projectDir, 'content/chapters');
  let n = 0;
  for (const lang of readdirSync(root)) {
    if (!statSync(path.join(root, lang)).isDirectory()) continue;
    n += readdirSync(path.join(root, lang)).filter((f) => /^\d{2}-[a-z0-9-]+\.mdx$/.test(f)).length;
  }
  return n;
}

/**
 * Runs `astro build` in projectDir with outDir, measuring it. The build's output goes to logFile. Throws when the
 * build fails (with the log's tail), since a failed build measures nothing.
 */
/**
 * The Node flags of the project's own build script (`npm run build` in package.json: a cap on V8's old-space
 * heap, so the collector runs before the build's heap grows past the memory budget), so that what is measured is
 * the build as the project runs it. The script's form is `node <flags> node_modules/astro/bin/astro.mjs build`.
 */
export function buildNodeFlags(projectDir: string): string[] {
  const pkg = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as {
    scripts?: { build?: string };
  };
  const words = (pkg.scripts?.build ?? '').trim().split(/\s+/);
  if (words[0] !== 'node') return [];
  const flags: string[] = [];
  for (const word of words.slice(1)) {
    if (!word.startsWith('--')) break;
    flags.push(word);
  }
  return flags;
}

export async function measureBuild(options: {
  label: string;
  projectDir: string;
  outDir: string;
  logFile: string;
}): Promise<BuildMeasurement> {
  const { projectDir, outDir, logFile } = options;
  const astroBin = path.join(projectDir, 'node_modules/astro/bin/astro.mjs');
  const timeFile = `${logFile}.time`;
  const haveTime = existsSync(TIME);
  const command = haveTime ? TIME : process.execPath;
  const node = [...buildNodeFlags(projectDir), astroBin, 'build'];
  const args = haveTime ? ['-v', '-o', timeFile, process.execPath, ...node] : node;
  await mkdir(path.dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const loadStart = os.loadavg()[0]!;
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: projectDir,
    env: { ...process.env, ASTRO_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let peakKB = 0;
  const sampler = setInterval(() => {
    if (child.pid !== undefined) peakKB = Math.max(peakKB, treeRssKB(child.pid));
  }, 100);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  clearInterval(sampler);
  const wallSeconds = (performance.now() - started) / 1000;
  const loadEnd = os.loadavg()[0]!;
  await new Promise<void>((resolve) => log.end(resolve));
  if (code !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`Build "${options.label}" failed (exit ${code}); log: ${logFile}\n${tail}`);
  }

  let cpuSeconds: number | null = null;
  let maxRssMB: number | null = null;
  if (haveTime) {
    const text = readFileSync(timeFile, 'utf8');
    const num = (label: string) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(text)?.[1] ?? NaN);
    cpuSeconds = num('User time \\(seconds\\)') + num('System time \\(seconds\\)');
    maxRssMB = num('Maximum resident set size \\(kbytes\\)') / 1024;
  }
  return {
    label: options.label,
    chapters: countChapters(projectDir),
    pages: countHtml(outDir),
    wallSeconds,
    cpuSeconds,
    maxRssMB,
    // The sampler may miss a short spike; GNU time's figure for the biggest process is a floor for the tree.
    treePeakMB: Math.max(peakKB / 1024, maxRssMB ?? 0),
    loadAverage: [loadStart, loadEnd],
    log: logFile,
  };
}

/** What the copies leave out: installed packages (linked instead), builds, caches, history. */
const SKIP = new Set([
  'node_modules',
  'dist',
  '.builds',
  '.git',
  '.astro',
  'bench-results',
  'test-results',
  'screenshots',
]);

/**
 * A copy of the project in a temporary folder with `multiple` times the chapters: each chapter file
 * content/chapters/<lang>/NN-key.mdx gets copies with the key `key-copy-K` (K = 1 … multiple-1), same body, and a
 * Spanish slug `slug-copy-K`, because the site refuses two chapters with one number or one address. Chapters are
 * renumbered so that each copy follows its original, in the same order in every language (which pairs the
 * languages' files by key). Numbers have two digits, so a language holds at most 99 chapters: a multiple that
 * needs more is an error, not a quietly smaller copy.
 *
 * node_modules is a real folder of links to the project's packages, without its caches (.astro, .vite), so the
 * copy builds cold, like a clean clone, and never writes into the project's caches.
 */
export async function scaledProject(projectDir: string, multiple: number): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `cecot-bench-${multiple}x-`));
  for (const entry of await readdir(projectDir)) {
    if (SKIP.has(entry)) continue;
    await cp(path.join(projectDir, entry), path.join(dir, entry), { recursive: true, verbatimSymlinks: true });
  }
  const modules = path.join(dir, 'node_modules');
  await mkdir(modules);
  for (const entry of await readdir(path.join(projectDir, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    await symlink(path.join(projectDir, 'node_modules', entry), path.join(modules, entry));
  }
  try {
    await multiplyChapters(path.join(dir, 'content/chapters'), multiple);
  } catch (error) {
    await removeScaledProject(dir);
    throw error;
  }
  return dir;
}

async function multiplyChapters(chaptersRoot: string, multiple: number): Promise<void> {
  for (const lang of await readdir(chaptersRoot)) {
    const langDir = path.join(chaptersRoot, lang);
    if (!statSync(langDir).isDirectory()) continue;
    const chapters = (await readdir(langDir)).filter((f) => CHAPTER_FILE.test(f)).sort();
    if (chapters.length * multiple > 99) {
      throw new Error(
        `${multiple}x the ${chapters.length} chapters of content/chapters/${lang} is ${chapters.length * multiple}: ` +
          'chapter numbers have two digits (at most 99 chapters in a language); choose a smaller multiple',
      );
    }
    for (const [i, file] of chapters.entries()) {
      const key = CHAPTER_FILE.exec(file)![2]!;
      const text = readFileSync(path.join(langDir, file), 'utf8');
      await rm(path.join(langDir, file));
      for (let k = 0; k < multiple; k++) {
        const number = String(i * multiple + k + 1).padStart(2, '0');
        const suffix = k === 0 ? '' : `-copy-${k}`;
        const copy = text.replace(/^slug: *(\S+) *$/m, (_line, slug: string) => `slug: ${slug}${suffix}`);
        await writeFile(path.join(langDir, `${number}-${key}${suffix}.mdx`), copy);
      }
    }
  }
}

export async function removeScaledProject(dir: string): Promise<void> {
  // Only ever our own mkdtemp folders.
  if (!path.basename(dir).startsWith('cecot-bench-') || path.dirname(dir) !== os.tmpdir()) {
    throw new Error(`Refusing to delete ${dir}`);
  }
  await rm(dir, { recursive: true, force: true });
}

export interface LineFit {
  fixedSeconds: number;
  secondsPerChapter: number;
  /** 1 when every point is on the line. */
  r2: number;
}

export interface ScalingAnalysis {
  /** Seconds per chapter at the largest multiple divided by seconds per chapter at the smallest (<= 1: sublinear). */
  perChapterTimeRatio: number;
  /** Extra seconds per added chapter between consecutive multiples. */
  marginalSecondsPerChapter: number[];
  /** Last marginal cost / first marginal cost: well above 1 means build time bends upwards (superlinear). */
  marginalSlopeRatio: number | null;
  /** Least-squares line through (chapters, wall seconds): fixed cost and cost per chapter. */
  fit: LineFit;
  /**
   * The same line through (chapters, CPU seconds), null when a build has no CPU time. On a shared machine wall
   * time also measures the neighbours; CPU time is the steadier figure for the shape of the curve.
   */
  cpuFit: LineFit | null;
}

/** Least-squares line y = fixed + perChapter * x. */
export function fitLine(points: [number, number][]): LineFit {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const intercept = my - slope * mx;
  const ssTot = points.reduce((s, [, y]) => s + (y - my) ** 2, 0);
  const ssRes = points.reduce((s, [x, y]) => s + (y - (intercept + slope * x)) ** 2, 0);
  return { fixedSeconds: intercept, secondsPerChapter: slope, r2: ssTot === 0 ? 1 : 1 - ssRes / ssTot };
}

export function analyseScaling(
  points: Pick<BuildMeasurement, 'chapters' | 'wallSeconds' | 'cpuSeconds'>[],
): ScalingAnalysis {
  if (points.length < 2) throw new Error('analyseScaling needs builds of at least two sizes');
  const sorted = [...points].sort((a, b) => a.chapters - b.chapters);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const marginal: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    marginal.push((b.wallSeconds - a.wallSeconds) / (b.chapters - a.chapters));
  }
  const cpu = sorted.every((p) => p.cpuSeconds !== null)
    ? fitLine(sorted.map((p) => [p.chapters, p.cpuSeconds!]))
    : null;
  return {
    perChapterTimeRatio: last.wallSeconds / last.chapters / (first.wallSeconds / first.chapters),
    marginalSecondsPerChapter: marginal,
    // A first step that cost nothing (or less than nothing, from timing noise) gives no meaningful ratio.
    marginalSlopeRatio: marginal.length >= 2 && marginal[0]! > 0 ? marginal[marginal.length - 1]! / marginal[0]! : null,
    fit: fitLine(sorted.map((p) => [p.chapters, p.wallSeconds])),
    cpuFit: cpu,
  };
}
