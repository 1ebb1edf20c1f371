/**
 * `npm run figures:publish`: records the facts as readers now see them in content/published-figures.json, with
 * the ids of the log entries that explain the changes (see src/data/publishedFigures.ts). It refuses to record a
 * change that no new log entry names: that is the silent change the build exists to stop.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corrections } from '../src/data/corrections';
import { facts } from '../src/data/facts';
import { publishFigures, serializeFigures } from '../src/data/publishedFigures';
import { correctionsErrors, FIGURES_FILE, readPublishedFigures } from '../src/lib/build/correctionsCheck';

const root = fileURLToPath(new URL('..', import.meta.url));
const previous = readPublishedFigures(root);
if (previous) {
  const errors = correctionsErrors(root);
  if (errors.length > 0) {
    console.error(`Not published: ${errors.length} problem(s) to fix first:`);
    for (const e of errors) console.error(`  - ${e.message}`);
    process.exit(1);
  }
}
const next = publishFigures(facts, corrections);
writeFileSync(path.join(root, FIGURES_FILE), serializeFigures(next));
const before = new Set(Object.keys(previous?.figures ?? {}));
const added = Object.keys(next.figures).filter((id) => !before.has(id));
const removed = [...before].filter((id) => !(id in next.figures));
console.log(
  `${FIGURES_FILE}: ${Object.keys(next.figures).length} facts (${added.length} new, ${removed.length} removed), ` +
    `${next.entries.length} log entries included.`,
);
