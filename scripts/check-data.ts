/**
 * `npm run check:data`: validates the data module on its own (the build does the same first) and prints a
 * summary of what it holds, so an editor changing a dataset gets an answer in a second.
 */
import { datasets, validateDataModule, SOURCE_IDS } from '../src/data/index';
import { FACT_IDS } from '../src/data/facts';
import { DataValidationErrors } from '../src/data/validate';

try {
  validateDataModule();
} catch (error) {
  console.error(error instanceof DataValidationErrors ? error.message : error);
  process.exit(1);
}

console.log(`Data module OK: ${SOURCE_IDS.length} sources, ${FACT_IDS.length} facts.`);
for (const d of datasets) console.log(`  ${d.id.padEnd(28)} ${String(d.rows.length).padStart(4)} rows`);
