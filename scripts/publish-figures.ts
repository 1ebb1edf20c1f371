/**
 * `npm run figures:publish`: records the facts as readers now see them in content/published-figures.json, with
 * the ids of the log entries that explain the changes (see src/data/publishedFigures.ts). It refuses to record a
 * change that no new log entry names: that is the silent change the build exists to stop. The facts include
 * content/data/facts.yaml, which the data module reads through Vite (scripts/lib/viteModules.ts).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withModules } from './lib/viteModules';

type Corrections = typeof import('../src/data/corrections');
type Facts = typeof import('../src/data/facts');
type Published = typeof import('../src/data/publishedFigures');
type Check = typeof import('../src/lib/build/correctionsCheck');

const root = fileURLToPath(new URL('..', import.meta.url));
await withModules(async (load) => {
  const { corrections } = await load<Corrections>('/src/data/corrections.ts');
  const { facts, factsFileProblems } = await load<Facts>('/src/data/facts.ts');
  const { publishFigures, serializeFigures } = await load<Published>('/src/data/publishedFigures.ts');
  const { correctionsErrors, FIGURES_FILE, readPublishedFigures } = await load<Check>(
    '/src/lib/build/correctionsCheck.ts',
  );
  if (factsFileProblems.length > 0) {
    console.error('Not published: content/data/facts.yaml has problems (npm run check:content lists them).');
    process.exitCode = 1;
    return;
  }
  const previous = readPublishedFigures(root);
  if (previous) {
    const errors = correctionsErrors(root);
    if (errors.length > 0) {
      console.error(`Not published: ${errors.length} problem(s) to fix first:`);
      for (const e of errors) console.error(`  - ${e.message}`);
      process.exitCode = 1;
      return;
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
});
