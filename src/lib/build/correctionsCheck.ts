/**
 * The build's check of the corrections log and the published figures (src/data/corrections.ts,
 * src/data/publishedFigures.ts), with what it needs from disk: content/published-figures.json and the chapter
 * slugs in content/chapters. Called by the story-checks integration before anything is built, and by
 * `npm run figures:publish` before it records new values.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { corrections, checkLog, type LogEntry } from '../../data/corrections';
import { facts } from '../../data/facts';
import { CHART_IDS } from '../../charts/states';
import { checkPublishedFigures, parseFigures, type PublishedFigures } from '../../data/publishedFigures';
import { throwIfAny, type DataValidationError } from '../../data/validate';

export const FIGURES_FILE = 'content/published-figures.json';

/** Chapter slugs from the file names content/chapters/<lang>/NN-slug.mdx, in every language. */
export function chapterSlugsOnDisk(root: string): Set<string> {
  const slugs = new Set<string>();
  const base = path.join(root, 'content/chapters');
  if (!existsSync(base)) return slugs;
  for (const lang of readdirSync(base)) {
    const dir = path.join(base, lang);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)) {
      const m = /^\d{2}-([a-z0-9-]+)\.mdx$/.exec(file);
      if (m) slugs.add(m[1]!);
    }
  }
  return slugs;
}

/** The committed published figures, or undefined when the file does not exist yet. */
export function readPublishedFigures(root: string): PublishedFigures | undefined {
  const file = path.join(root, FIGURES_FILE);
  return existsSync(file) ? parseFigures(readFileSync(file, 'utf8'), FIGURES_FILE) : undefined;
}

/** Every problem with the log and every unlogged change of a published figure. */
export function correctionsErrors(root: string, log: readonly LogEntry[] = corrections): DataValidationError[] {
  const errors = checkLog(log, {
    facts: new Set(Object.keys(facts)),
    charts: new Set(CHART_IDS),
    chapters: chapterSlugsOnDisk(root),
  });
  const published = readPublishedFigures(root);
  if (!published)
    throw new Error(`${FIGURES_FILE} is missing: create it with \`npm run figures:publish\` and commit it`);
  return [...errors, ...checkPublishedFigures(published, facts, log)];
}

/** Throws one error listing every problem (what the build runs). */
export function checkCorrections(root: string, log: readonly LogEntry[] = corrections): void {
  throwIfAny(correctionsErrors(root, log));
}
