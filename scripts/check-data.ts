/**
 * `npm run check:data`: validates the data module on its own (the build does the same first), prints a summary of
 * what it holds, and a table of every series' latest figure with its date and age, so an editor changing a dataset
 * gets an answer in a second and sees which counts may have newer numbers.
 *
 * `--today YYYY-MM-DD` (or `--today=YYYY-MM-DD`) sets the date ages are counted to; default today (UTC).
 * The data module reads content/data/*.yaml, so it is loaded through Vite (scripts/lib/viteModules.ts).
 */
import { withModules } from './lib/viteModules';

type Data = typeof import('../src/data/index');
type Facts = typeof import('../src/data/facts');
type Sources = typeof import('../src/data/sources');
type Validate = typeof import('../src/data/validate');
type Freshness = typeof import('../src/data/freshness');
type YamlFile = typeof import('../src/data/yamlFile');

function todayArgument(args: readonly string[]): string {
  const i = args.findIndex((a) => a === '--today' || a.startsWith('--today='));
  if (i === -1) return new Date().toISOString().slice(0, 10);
  const value = args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
  if (!value) throw new Error('--today needs a date, YYYY-MM-DD');
  return value;
}

await withModules(async (load) => {
  const { datasets, validateDataModule, SOURCE_IDS } = await load<Data>('/src/data/index.ts');
  const { FACT_IDS, factsFileProblems, factSourceErrors } = await load<Facts>('/src/data/facts.ts');
  const { sourcesFileProblems } = await load<Sources>('/src/data/sources.ts');
  const { DataValidationErrors, throwIfAny } = await load<Validate>('/src/data/validate.ts');
  const { freshness, freshnessTable } = await load<Freshness>('/src/data/freshness.ts');
  const { formatFileProblem } = await load<YamlFile>('/src/data/yamlFile.ts');

  const fileProblems = [...sourcesFileProblems, ...factsFileProblems];
  for (const p of fileProblems) console.error(formatFileProblem(p));
  try {
    validateDataModule();
    throwIfAny(factSourceErrors());
  } catch (error) {
    console.error(error instanceof DataValidationErrors ? error.message : error);
    process.exitCode = 1;
    return;
  }
  if (fileProblems.length > 0) {
    process.exitCode = 1;
    return;
  }

  console.log(`Data module OK: ${SOURCE_IDS.length} sources, ${FACT_IDS.length} facts.`);
  for (const d of datasets) console.log(`  ${d.id.padEnd(28)} ${String(d.rows.length).padStart(4)} rows`);

  const today = todayArgument(process.argv.slice(2));
  console.log(
    `\nLatest figure of each series, with its age on ${today} (from the last day of the period it refers to):\n`,
  );
  console.log(freshnessTable(freshness(datasets, today)));
});
