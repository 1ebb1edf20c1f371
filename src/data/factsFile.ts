/**
 * content/data/facts.yaml, the figures editors add by hand (a number or a date read in a source), read into the
 * `StoryFact` records that `<Fact>`, the chapter notes and the published-figures check use, with every mistake
 * located as `file:line: message`. Figures that are part of a chart's dataset, or computed from other figures,
 * stay in TypeScript (facts.ts): see "Add a figure" in content/README.md.
 */
import { z } from 'astro/zod';
import { closest } from '../lib/closest';
import { dateToTime } from './dates';
import { CONFIDENCES, FACT_UNITS, type FactUnit, type IsoDate, type Qualifier, type StoryFact } from './types';
import type { SourceId } from './contentIds';
import { expected, nonEmpty, QUALIFIERS } from './validate';
import { yamlDate } from './sourcesFile';
import {
  readYamlRecords,
  recordProblems,
  type CrossFieldIssue,
  type CrossFieldRules,
  type FileProblem,
} from './yamlFile';

export const FACTS_FILE = 'content/data/facts.yaml';

export const FACT_FIELDS = [
  'value',
  'unit',
  'date',
  'source',
  'sources',
  'confidence',
  'qualifier',
  'decimals',
  'note',
  'es',
] as const;

function factEntry(knownSources: ReadonlySet<string>) {
  const unknownSource = (id: unknown) =>
    `unknown source id ${JSON.stringify(id)} (add it to content/data/sources.yaml); closest: ${closest(String(id), [
      ...knownSources,
    ])
      .map((s) => JSON.stringify(s))
      .join(', ')}`;
  const sourceId = z
    .string(expected('a source id from content/data/sources.yaml'))
    .refine((id) => knownSources.has(id), { error: (issue) => unknownSource(issue.input) });
  return z.strictObject(
    {
      value: z.number(expected('a number (digits only: 109519, 3.4; no commas, units or words)')).optional(),
      unit: z.enum(FACT_UNITS, expected(`one of ${FACT_UNITS.join(', ')}`)),
      date: yamlDate(),
      source: sourceId.optional(),
      sources: z.array(sourceId, expected('a list of source ids, [first-id, second-id]')).min(1).optional(),
      confidence: z.enum(CONFIDENCES, expected(`one of ${CONFIDENCES.join(', ')}`)),
      qualifier: z.enum(QUALIFIERS, expected(`one of ${QUALIFIERS.join(', ')}`)).optional(),
      decimals: z.number(expected('a whole number from 0 to 3')).int().min(0).max(3).optional(),
      note: nonEmpty.optional(),
      es: z.strictObject({ note: nonEmpty.optional() }, expected('the Spanish fields, indented under es:')).optional(),
    },
    expected('a fact record'),
  );
}

export interface ParsedFacts {
  readonly facts: Readonly<Record<string, StoryFact>>;
  readonly problems: readonly FileProblem[];
  /**
   * The line of each fact's id, for messages about a fact as a whole (a duplicate of a TypeScript fact); its keys
   * are every id in the file, including facts left out for a problem.
   */
  readonly lines: ReadonlyMap<string, number | undefined>;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** The rules that tie fields together. */
const factRules: CrossFieldRules = (f) => {
  const issues: CrossFieldIssue[] = [];
  const problem = (path: string[], message: string) => issues.push({ path, message });
  const es = (typeof f['es'] === 'object' && f['es'] !== null ? f['es'] : {}) as Record<string, unknown>;
  const value = num(f['value']);
  if (f['source'] === undefined && f['sources'] === undefined)
    problem(['source'], 'missing: give the id of the source the figure was read in (source: cnn-2025-03-17)');
  if (f['source'] !== undefined && f['sources'] !== undefined)
    problem(['sources'], 'give either source (one id) or sources (a list), not both');
  if (f['unit'] === 'date' && f['value'] !== undefined)
    problem(['value'], 'a fact with unit date has no value: the date is the figure');
  if (f['unit'] !== 'date' && f['value'] === undefined) problem(['value'], 'missing: the figure, as a number');
  if (value !== undefined && value < 0) problem(['value'], `must not be negative, got ${value}`);
  if (f['unit'] === 'count' && value !== undefined && !Number.isInteger(value))
    problem(['value'], `is a count and must be a whole number, got ${value}`);
  if (str(f['note']) !== undefined && es['note'] === undefined)
    problem(['es', 'note'], 'missing: give the note in Spanish too (the Spanish edition shows it)');
  if (es['note'] !== undefined && f['note'] === undefined)
    problem(['note'], 'missing: es.note is given, so give the English note too');
  return issues;
};

/** Reads the facts file; facts with problems are left out, and every problem is listed. */
export function parseFacts(text: string, knownSources: ReadonlySet<string>, file = FACTS_FILE): ParsedFacts {
  const { records, problems, lineOf } = readYamlRecords(file, text, 'fact');
  const schema = factEntry(knownSources);
  const facts: Record<string, StoryFact> = {};
  const lines = new Map<string, number | undefined>();
  for (const [id, raw] of records) {
    lines.set(id, lineOf([id]));
    const result = schema.safeParse(raw);
    const found = recordProblems(file, 'fact', id, raw, result, factRules, lineOf, (path) =>
      path[0] === 'es' ? ['note'] : FACT_FIELDS,
    );
    if (!result.success || found.length > 0) {
      problems.push(...found);
      continue;
    }
    const f = result.data;
    const date = f.date as IsoDate;
    facts[id] = {
      value: f.unit === 'date' ? dateToTime(date) : f.value!,
      unit: f.unit as FactUnit,
      date,
      sources: (f.sources ?? [f.source!]) as SourceId[],
      confidence: f.confidence,
      ...(f.qualifier === undefined ? {} : { qualifier: f.qualifier as Qualifier }),
      ...(f.decimals === undefined ? {} : { decimals: f.decimals }),
      ...(f.note === undefined ? {} : { note: f.note }),
      ...(f.es?.note === undefined ? {} : { noteEs: f.es.note }),
    };
  }
  return { facts, problems, lines };
}
