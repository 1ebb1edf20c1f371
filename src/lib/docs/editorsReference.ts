/**
 * The generated part of the editors' guide (content/README.md): every chart with its state keys, allowed values
 * and named views, and every fact id with its current value and source. Generated from the registry and the data
 * module so the guide can never list a chart, state or fact that does not exist; `npm run docs` rewrites it and a
 * unit test fails when it is out of date.
 */
import { chartStates, CHART_IDS } from '../../charts/states';
import { DATASET_FACT_IDS, facts, FACT_IDS } from '../../data/facts';
import { sources } from '../../data/sources';
import { formatFact } from '../format';

export const BEGIN = '<!-- BEGIN GENERATED REFERENCE (npm run docs) -->';
export const END = '<!-- END GENERATED REFERENCE -->';

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function editorsReference(): string {
  const lines: string[] = [BEGIN, '', '### Charts and their states', ''];
  for (const id of CHART_IDS) {
    const spec = chartStates[id];
    lines.push(`#### \`${id}\``, '', '| state key | allowed values | default |', '|---|---|---|');
    for (const [key, parser] of Object.entries(spec.schema) as [string, { allowed: string }][]) {
      const def = (spec.defaults as unknown as Record<string, unknown>)[key];
      lines.push(`| \`${key}\` | ${escapeCell(parser.allowed)} | \`${escapeCell(JSON.stringify(def))}\` |`);
    }
    lines.push('', 'Named views (for `<Figure view="...">` and embeds):', '');
    for (const [name, state] of Object.entries(spec.views)) lines.push(`- \`${name}\`: \`${JSON.stringify(state)}\``);
    lines.push('');
  }
  lines.push(
    '### Facts',
    '',
    'Where: `facts.yaml` for figures in content/data/facts.yaml, `src/data` for figures from a dataset or computed.',
    '',
    '| id | reads as | date | source | where |',
    '|---|---|---|---|---|',
  );
  const fromDatasets = new Set(DATASET_FACT_IDS);
  for (const id of FACT_IDS) {
    const f = facts[id];
    const who = f.sources.map((s) => sources[s].publisher).join('; ');
    lines.push(
      `| \`${id}\` | ${escapeCell(formatFact(f, 'en'))}${f.formula ? ' (our arithmetic)' : ''} | ${f.date} | ${escapeCell(who)} | ${fromDatasets.has(id) ? 'src/data' : 'facts.yaml'} |`,
    );
  }
  lines.push('', END);
  return lines.join('\n');
}

/** Replaces the generated block of a guide's text (or appends it when the markers are missing). */
export function withReference(guide: string): string {
  const start = guide.indexOf(BEGIN);
  const end = guide.indexOf(END);
  if (start === -1 || end === -1) return `${guide.trimEnd()}\n\n${editorsReference()}\n`;
  return guide.slice(0, start) + editorsReference() + guide.slice(end + END.length);
}
