/**
 * `npm run check:data`: validates the data module on its own (the build does the same first), prints a summary of
 * what it holds, and a table of every series' latest figure with its date and age, so an editor changing a dataset
 * gets an answer in a second and sees which counts may have newer numbers.
 *
 * `--today YYYY-MM-DD` (or `--today=YYYY-MM-DD`) sets the date ages are counted to; default today (UTC).
 */
import { datasets, validateDataModule, SOURCE_IDS } from '../src/data/index';
import { FACT_IDS } from '../src/data/facts';
import { DataValidationErrors } from '../src/data/validate';
import { freshness, freshnessTable } from '../src/data/freshness';

function todayArgument(args: readonly string[]): string {
  const i = args.findIndex((a) => a === '--today' || a.startsWith('--today='));
  if (i === -1) return new Date().toISOString().slice(0, 10);
  const value = args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
  if (!value) throw new Error('--today needs a date, YYYY-MM-DD');
  return value;
}

try {
  validateDataModule();
} catch (error) {
  console.error(error instanceof DataValidationErrors ? error.message : error);
  process.exit(1);
}

console.log(`Data module OK: ${SOURCE_IDS.length} sources, ${FACT_IDS.length} facts.`);
for (const d of datasets) console.log(`  ${d.id.padEnd(28)} ${String(d.rows.length).padStart(4)} rows`);

const today = todayArgument(process.argv.slice(2));
console.log(
  `\nLatest figure of each series, with its age on ${today} (from the last day of the period it refers to):\n`,
);
console.log(freshnessTable(freshness(datasets, today)));
