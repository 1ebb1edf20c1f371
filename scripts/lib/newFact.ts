/**
 * The record of a new figure in content/data/facts.yaml, for `npm run new:fact`. It is checked with the same rules
 * as the file (src/data/factsFile.ts) before anything is written, so the file never holds a half-made record:
 * a wrong field is refused with the message `npm run check:content` would give.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { Document, isMap } from 'yaml';
import { parseFacts } from '../../src/data/factsFile';
import { parseSources } from '../../src/data/sourcesFile';
import { formatFileProblem } from '../../src/data/yamlFile';

/** The fields as typed on the command line; value and decimals are numbers in the file. */
export interface NewFact {
  readonly id: string;
  readonly value?: string;
  readonly unit: string;
  readonly date: string;
  readonly source: string;
  readonly confidence: string;
  readonly qualifier?: string;
  readonly decimals?: string;
  readonly note?: string;
  readonly noteEs?: string;
  /** A comment above the record: what the figure is, how it was read. */
  readonly comment?: string;
}

const asNumber = (text: string | undefined) =>
  text === undefined ? undefined : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;

/** The YAML block for the record, with a blank line before it. */
export function factBlock(f: NewFact): string {
  const sources = f.source.split(',').map((s) => s.trim());
  const record = {
    ...(f.value === undefined ? {} : { value: asNumber(f.value) }),
    unit: f.unit,
    date: f.date,
    ...(sources.length === 1 ? { source: sources[0] } : { sources }),
    confidence: f.confidence,
    ...(f.qualifier === undefined ? {} : { qualifier: f.qualifier }),
    ...(f.decimals === undefined ? {} : { decimals: asNumber(f.decimals) }),
    ...(f.note === undefined ? {} : { note: f.note }),
    ...(f.noteEs === undefined ? {} : { es: { note: f.noteEs } }),
  };
  const doc = new Document({ [f.id]: record });
  const pair = isMap(doc.contents) ? doc.contents.items[0] : undefined;
  if (f.comment && pair) pair.key = Object.assign(doc.createNode(f.id), { commentBefore: ` ${f.comment}` });
  return `\n${doc.toString({ lineWidth: 0, singleQuote: true, flowCollectionPadding: false })}`;
}

/**
 * Appends the record to `factsFile`, or returns every reason it will not: a field the file's rules refuse, an
 * unknown source, an id already taken (in the file or by a dataset fact, `takenIds`).
 */
export function newFact(
  f: NewFact,
  files: { facts: string; sources: string },
  takenIds: ReadonlySet<string>,
): { written: string } | { refused: string[] } {
  const block = factBlock(f);
  if (takenIds.has(f.id)) return { refused: [`the fact id "${f.id}" is taken; choose another`] };
  const known = parseSources(readFileSync(files.sources, 'utf8'), files.sources).ids;
  const before = readFileSync(files.facts, 'utf8');
  const after = `${before.replace(/\n*$/, '\n')}${block}`;
  const { problems } = parseFacts(after, known, files.facts);
  const offset = before.replace(/\n*$/, '\n').split('\n').length;
  // Problems already in the file are not this command's business: check:content lists them.
  const own = problems.filter((p) => p.line === undefined || p.line >= offset);
  if (own.length > 0)
    return { refused: own.map((p) => formatFileProblem({ ...p, file: 'new fact' }).replace(/^new fact:\d+: /, '')) };
  appendFileSync(files.facts, `${before.endsWith('\n') ? '' : '\n'}${block}`);
  return { written: block };
}
