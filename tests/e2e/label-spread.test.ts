/**
 * The live charts spread their direct labels apart with CSS (`dodgeCss`), which the browser's layout resolves at
 * the reader's plot height and text size; the static images spread the same labels in pixels (`spreadLabels`).
 * For an image to place its labels as the page does, the two must agree: here Chromium resolves the CSS for many
 * label sets (one line or several, at the top, piled at the bottom, set off below their point, with and without
 * room over the plot) and each label's centre must be where `spreadLabels` puts it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, type TestPage } from './support/browser';
import { dodgeCss, spreadLabels } from '../../src/charts/dodge';

interface Case {
  name: string;
  height: number;
  line: number;
  gap: number;
  above: number;
  /** Each label: its point's height as a share of the plot (0 top, 100 bottom), its lines, set off below it or not. */
  labels: { pct: number; lines: number; below?: number }[];
}

/** A small deterministic generator, so a failing case can be read again. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const FIXED: Case[] = [
  {
    name: 'apart already',
    height: 300,
    line: 15,
    gap: 1,
    above: 0,
    labels: [
      { pct: 10, lines: 1 },
      { pct: 60, lines: 2 },
    ],
  },
  {
    name: 'piled at the top',
    height: 200,
    line: 15,
    gap: 2,
    above: 16,
    labels: [
      { pct: 0, lines: 1 },
      { pct: 1, lines: 2 },
      { pct: 2, lines: 1 },
    ],
  },
  {
    name: 'piled at the bottom',
    height: 200,
    line: 15,
    gap: 1,
    above: 0,
    labels: [
      { pct: 99, lines: 1 },
      { pct: 100, lines: 3 },
      { pct: 98, lines: 1 },
    ],
  },
  {
    name: 'taller than the plot',
    height: 60,
    line: 15,
    gap: 1,
    above: 10,
    labels: [
      { pct: 50, lines: 2 },
      { pct: 55, lines: 2 },
      { pct: 60, lines: 2 },
    ],
  },
  {
    name: 'one set off below its point',
    height: 240,
    line: 17.5,
    gap: 2,
    above: 0,
    labels: [
      { pct: 30, lines: 1 },
      { pct: 32, lines: 2, below: 7 },
      { pct: 70, lines: 1 },
    ],
  },
];

const next = random(20_251_205);
const RANDOM: Case[] = Array.from({ length: 40 }, (_, i) => ({
  name: `random set ${i + 1}`,
  height: Math.round(60 + next() * 340),
  line: Math.round((12 + next() * 10) * 4) / 4,
  gap: Math.round(next() * 3),
  above: Math.round(next() * 20),
  labels: Array.from({ length: 1 + Math.floor(next() * 6) }, () => ({
    pct: Math.round(next() * 1000) / 10,
    lines: 1 + Math.floor(next() * 3),
    ...(next() < 0.2 ? { below: 7 } : {}),
  })),
}));

/** The centres `spreadLabels` gives, in pixels from the plot's top. */
function inPixels(c: Case): number[] {
  return spreadLabels(
    c.labels.map((l) => ({
      center: (l.pct / 100) * c.height + (l.below === undefined ? 0 : l.below + (c.line * l.lines) / 2),
      lines: l.lines,
      rank: l.pct,
    })),
    { gap: c.gap, line: c.line, height: c.height, above: c.above },
  );
}

/** The centres Chromium lays out from `dodgeCss`, in pixels from the plot's top. */
async function inCss(page: TestPage, c: Case): Promise<number[]> {
  const { vars, tops } = dodgeCss(
    c.labels.map((l) => ({
      center: l.below === undefined ? `${l.pct}%` : `calc(${l.pct}% + ${l.below}px + var(--line) * ${l.lines / 2})`,
      lines: l.lines,
      rank: l.pct,
    })),
    { gap: c.gap, line: 'var(--line)', prefix: 'd', above: `${c.above}px` },
  );
  const labels = tops.map((top) => `<div class="label" style="top:${top}"></div>`).join('');
  await page.setContent(
    `<style>#plot{position:relative;margin:40px 0;--line:${c.line}px}.label{position:absolute;height:0}</style>` +
      `<div id="plot" style="height:${c.height}px;${vars}">${labels}</div>`,
  );
  return page.evaluate(() => {
    const plot = document.getElementById('plot')!.getBoundingClientRect().top;
    return [...document.querySelectorAll('.label')].map((l) => l.getBoundingClientRect().top - plot);
  });
}

let browser: Browser;
let page: TestPage;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser, { width: 800, height: 600 });
}, 60_000);
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
});

describe("label spreading: the images place labels where the page's layout does", () => {
  it.each([...FIXED, ...RANDOM])('$name', async (c) => {
    const css = await inCss(page, c);
    const px = inPixels(c);
    // Layout rounds to 1/64 px.
    css.forEach((centre, i) => expect(centre, `label ${i + 1}`).toBeCloseTo(px[i]!, 1));
  });
});
