/**
 * `npm run new:fact -- --id ID --value N --unit UNIT --date DATE --source SOURCE-ID --confidence LEVEL [...]`:
 * adds a figure read in a source to content/data/facts.yaml, checked first with the file's own rules, and prints
 * the <Fact> to put in a chapter. The source must already be in content/data/sources.yaml. Loads the fact ids of
 * the datasets through Vite (the data module reads the content files as `?raw` imports).
 */
import { parseArgs } from 'node:util';
import { newFact } from './lib/newFact';
import { withModule } from './lib/viteModules';

const USAGE = `Usage: npm run new:fact -- --id deaths-sjh-2026-05 --value 512 --unit count --date 2026-05-10 \\
         --source elsalvadornow-2026-05-11 --confidence medium [--qualifier at-least] [--decimals 1] \\
         [--note "What it covers." --note-es "Lo que abarca."] [--comment "Where in the source it is."]
(--value is left out for --unit date; --source takes several ids separated by commas.)`;

const { values } = parseArgs({
  options: Object.fromEntries(
    ['id', 'value', 'unit', 'date', 'source', 'confidence', 'qualifier', 'decimals', 'note', 'note-es', 'comment'].map(
      (name) => [name, { type: 'string' as const }],
    ),
  ),
  strict: true,
});
const missing = ['id', 'unit', 'date', 'source', 'confidence'].filter((k) => values[k] === undefined);
if (missing.length > 0) {
  console.error(`new:fact: missing ${missing.map((k) => `--${k}`).join(', ')}\n${USAGE}`);
  process.exit(1);
}

type Facts = typeof import('../src/data/facts');
const taken = await withModule<Facts, Set<string>>('/src/data/facts.ts', (m) => new Set(m.FACT_IDS));
const v = values as Record<string, string | undefined>;
const outcome = newFact(
  {
    id: v['id']!,
    unit: v['unit']!,
    date: v['date']!,
    source: v['source']!,
    confidence: v['confidence']!,
    ...Object.fromEntries(
      (
        [
          ['value', 'value'],
          ['qualifier', 'qualifier'],
          ['decimals', 'decimals'],
          ['note', 'note'],
          ['noteEs', 'note-es'],
          ['comment', 'comment'],
        ] as const
      ).flatMap(([key, flag]) => (v[flag] === undefined ? [] : [[key, v[flag]]])),
    ),
  },
  { facts: 'content/data/facts.yaml', sources: 'content/data/sources.yaml' },
  taken,
);
if ('refused' in outcome) {
  console.error(`new:fact: nothing was written:\n${outcome.refused.map((r) => `  - ${r}`).join('\n')}\n${USAGE}`);
  process.exitCode = 1;
} else {
  console.log(`Added to content/data/facts.yaml:\n${outcome.written}`);
  console.log(`Quote it in both language files of your chapter with <Fact id="${v['id']}"/>.`);
}
