/**
 * Lighthouse (the version pinned in package.json, run on the project's Node through its CLI) against the served
 * build: mobile form factor and default simulated throttling (the CLI defaults), Debian's Chromium via
 * CHROME_PATH, a fresh browser per run. Each page is run several times and each figure is the median of its runs;
 * the run with the median performance score is kept as JSON in bench-results/lighthouse/ for a closer look.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromePath } from '../lib/browser';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** ms */
  lcp: number;
  /** ms */
  tbt: number;
  cls: number;
  /** ms */
  fcp: number;
  /** Lighthouse's measure of this machine's CPU speed at the time of the run (higher is faster). */
  benchmarkIndex: number;
  /** Audits below full marks in the accessibility, best-practices and SEO categories. */
  failedAudits: string[];
  /** Performance audits and insights that lost points (score < 0.9), for a closer look. */
  performanceHints: string[];
}

export interface LighthouseResult extends LighthouseRun {
  path: string;
  runs: number;
  /** Every run's figures, in order. */
  all: Omit<LighthouseRun, 'failedAudits' | 'performanceHints'>[];
  report: string;
}

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'];

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode: string; title: string }>;
  environment: { benchmarkIndex: number };
  runtimeError?: { code: string; message: string };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function runOnce(url: string, outFile: string): Promise<Lhr> {
  const cli = path.resolve('node_modules/lighthouse/cli/index.js');
  const args = [
    cli,
    url,
    '--output=json',
    `--output-path=${outFile}`,
    '--quiet',
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    '--only-categories=performance,accessibility,best-practices,seo',
  ];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: chromePath() },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`lighthouse ${url} exited with ${code}: ${stderr.slice(-2000)}`));
    });
  });
  const lhr = JSON.parse(await readFile(outFile, 'utf8')) as Lhr;
  if (lhr.runtimeError) throw new Error(`lighthouse ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return lhr;
}

function figures(lhr: Lhr): LighthouseRun {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const failedAudits: string[] = [];
  for (const cat of ['accessibility', 'best-practices', 'seo']) {
    for (const ref of lhr.categories[cat]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'manual') continue;
      failedAudits.push(`${cat}/${ref.id}${ref.weight === 0 ? ' (weight 0)' : ''}`);
    }
  }
  const performanceHints = (lhr.categories['performance']?.auditRefs ?? [])
    .map((ref) => ({ id: ref.id, audit: lhr.audits[ref.id] }))
    .filter(
      ({ audit }) => audit && audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative',
    )
    .map(({ id, audit }) => `${id}${audit!.numericValue === undefined ? '' : ` (${Math.round(audit!.numericValue)})`}`);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    fcp: value('first-contentful-paint'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    failedAudits,
    performanceHints,
  };
}

export async function lighthouse(
  origin: string,
  pathname: string,
  runs: number,
  outDir: string,
): Promise<LighthouseResult> {
  await mkdir(outDir, { recursive: true });
  const slug = pathname.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root';
  const results: { run: LighthouseRun; file: string }[] = [];
  for (let i = 0; i < runs; i++) {
    const file = path.join(outDir, `${slug}.run${i + 1}.json`);
    results.push({ run: figures(await runOnce(`${origin}${pathname}`, file)), file });
  }
  const med = (key: keyof Omit<LighthouseRun, 'failedAudits' | 'performanceHints'>) =>
    median(results.map((r) => r.run[key]));
  // Keep the run whose performance score is the median; drop the others (a few MB each).
  const byPerf = [...results].sort((a, b) => a.run.performance - b.run.performance);
  const kept = byPerf[Math.floor((byPerf.length - 1) / 2)]!;
  const report = path.join(outDir, `${slug}.json`);
  await writeFile(report, await readFile(kept.file));
  for (const r of results) await rm(r.file, { force: true });
  return {
    path: pathname,
    runs,
    performance: med('performance'),
    accessibility: med('accessibility'),
    bestPractices: med('bestPractices'),
    seo: med('seo'),
    lcp: med('lcp'),
    tbt: med('tbt'),
    cls: med('cls'),
    fcp: med('fcp'),
    benchmarkIndex: med('benchmarkIndex'),
    failedAudits: [...new Set(results.flatMap((r) => r.run.failedAudits))],
    performanceHints: kept.run.performanceHints,
    all: results.map(({ run }) => {
      const { failedAudits: _f, performanceHints: _p, ...rest } = run;
      return rest;
    }),
    report,
  };
}
