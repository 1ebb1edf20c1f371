/**
 * Reading the content files editors write by hand (content/data/*.yaml) into records, with every problem located.
 *
 * Each file is a YAML map of records keyed by id. A problem is reported as `file:line: message` with the line of
 * the record or field at fault, so an editor is sent to the place to fix, not to the TypeScript that read it.
 * YAML syntax errors, duplicate ids and ids that are not kebab-case are found here; each file's own zod schema
 * (sourcesFile.ts, factsFile.ts) checks the fields, and `schemaProblems` turns zod's issues into the same lines.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { closest } from '../lib/closest';

/** One problem in a content file; `line` is 1-based and missing when the problem is about the whole file. */
export interface FileProblem {
  readonly file: string;
  readonly line?: number;
  readonly message: string;
}

export const RECORD_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface YamlRecords {
  /** Records in file order, by id, as YAML read them (unchecked). */
  readonly records: ReadonlyMap<string, unknown>;
  readonly problems: FileProblem[];
  /**
   * The line of a record (`[id]`) or of one of its fields (`[id, 'es', 'via']`); when absent, the nearest
   * enclosing line, or undefined with `exact`.
   */
  lineOf(path: readonly (string | number)[], exact?: boolean): number | undefined;
}

/**
 * Parses a map of records. `what` names a record in messages ("source", "fact"). On a syntax error no record is
 * returned: what follows the error cannot be trusted, and the syntax error is the one thing to fix.
 */
export function readYamlRecords(file: string, text: string, what: string): YamlRecords {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const line = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).line);
  const problems: FileProblem[] = [];
  const records = new Map<string, unknown>();

  const lineOf = (path: readonly (string | number)[], exact = false): number | undefined => {
    for (let n = path.length; n > (exact ? path.length - 1 : 0); n--) {
      const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
      if (!isMap(parent)) continue;
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path[n - 1]));
      const node = pair?.key as { range?: [number, number, number] } | undefined;
      if (node?.range) return line(node.range[0]);
    }
    return undefined;
  };

  const seen = new Set<number | undefined>();
  for (const error of doc.errors) {
    // One mistake often yields several parser errors on the same line; the first says it best.
    if (seen.has(line(error.pos[0]))) continue;
    seen.add(line(error.pos[0]));
    const message =
      error.code === 'DUPLICATE_KEY'
        ? `this ${what} id is already used above; every ${what} needs its own id`
        : `is not valid YAML here: ${error.message.split('\n')[0]}. Check the indentation (two spaces per level) and put text with a colon followed by a space, or starting with a quote or [, in single quotes.`;
    problems.push({ file, line: line(error.pos[0]), message });
  }
  if (problems.length > 0) return { records, problems, lineOf };
  if (doc.contents === null) return { records, problems, lineOf };
  if (!isMap(doc.contents)) {
    problems.push({ file, line: 1, message: `must be a list of ${what}s, each starting with its id and a colon.` });
    return { records, problems, lineOf };
  }
  const all = doc.toJS() as Record<string, unknown>;
  for (const pair of doc.contents.items) {
    const id = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const at = line((pair.key as { range?: [number] } | null)?.range?.[0]);
    if (!RECORD_ID.test(id)) {
      problems.push({
        file,
        line: at,
        message: `${what} id "${id}" must be lowercase letters, digits and hyphens (for example cnn-2025-03-17).`,
      });
      continue;
    }
    const value: unknown = all[id] ?? null;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push({
        file,
        line: at,
        message: `${what} "${id}": its fields go on the lines below the id, indented by two spaces.`,
      });
      continue;
    }
    records.set(id, value);
  }
  return { records, problems, lineOf };
}

/**
 * zod's issues for one record as located problems: `<what> "<id>", field "<field>": <message>`. Unknown fields
 * name the closest known field, since they are nearly always misspellings.
 */
export function schemaProblems(
  file: string,
  what: string,
  id: string,
  issues: readonly z.core.$ZodIssue[],
  lineOf: YamlRecords['lineOf'],
  fieldsAt: (path: readonly PropertyKey[]) => readonly string[],
): FileProblem[] {
  return issues.flatMap((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = fieldsAt(path);
      return issue.keys.map((key) => ({
        file,
        line: lineOf([id, ...path, key]),
        message: `${what} "${id}": unknown field "${[...path, key].join('.')}"; did you mean "${closest(key, known, 1)[0]}"? Fields: ${known.join(', ')}.`,
      }));
    }
    const field = path.length > 0 ? `, field "${path.join('.')}"` : '';
    // A missing Spanish field is shown at its English twin (es.note at note), where the editor is looking.
    const line =
      path[0] === 'es' && path.length === 2
        ? (lineOf([id, ...path], true) ?? lineOf([id, path[1]!], true) ?? lineOf([id, 'es']))
        : lineOf([id, ...path]);
    return [{ file, line, message: `${what} "${id}"${field}: ${issue.message}` }];
  });
}

/** A rule that involves several fields (zod's object refinements run only once every field is valid). */
export interface CrossFieldIssue {
  readonly path: readonly string[];
  readonly message: string;
}

/** Runs on the record as written; fields of the wrong type are left to the schema's own messages. */
export type CrossFieldRules = (record: Readonly<Record<string, unknown>>) => CrossFieldIssue[];

/** A record's schema problems and cross-field problems together, in line order. */
export function recordProblems(
  file: string,
  what: string,
  id: string,
  raw: unknown,
  result: { success: boolean; error?: { issues: readonly z.core.$ZodIssue[] } },
  rules: CrossFieldRules,
  lineOf: YamlRecords['lineOf'],
  fieldsAt: (path: readonly PropertyKey[]) => readonly string[],
): FileProblem[] {
  const issues = [
    ...(result.error?.issues ?? []),
    ...rules(raw as Record<string, unknown>).map(
      (i) => ({ code: 'custom', path: [...i.path], message: i.message, input: undefined }) as z.core.$ZodIssue,
    ),
  ];
  return schemaProblems(file, what, id, issues, lineOf, fieldsAt)
    .map((p, order) => ({ p, order }))
    .sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || a.order - b.order)
    .map(({ p }) => p);
}

export const formatFileProblem = (p: FileProblem): string =>
  `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.message}`;
