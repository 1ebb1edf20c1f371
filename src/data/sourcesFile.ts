/**
 * content/data/sources.yaml, the list of every page a figure was read from, read into the `Source` records the
 * rest of the site uses (and their Spanish wording), with every mistake located as `file:line: message`.
 *
 * The file keeps our own description of a page with no headline apart from a real headline (`description:`
 * instead of `title:`); readers see it in brackets, as before, so a bracketed `title` is refused. The Spanish
 * edition's wording sits beside the English (`es:`), and is required where the Spanish page would otherwise
 * fall back to English: a publisher with a note, every `via`, every description.
 */
import { z } from 'astro/zod';
import type { IsoDate, Source, SourceLanguage } from './types';
import { expected, httpsUrl, isoDate, nonEmpty, SOURCE_LANGUAGES } from './validate';
import {
  readYamlRecords,
  recordProblems,
  type CrossFieldIssue,
  type CrossFieldRules,
  type FileProblem,
} from './yamlFile';

export const SOURCES_FILE = 'content/data/sources.yaml';

/** What the Spanish edition says instead of the English, where it differs; see citation.ts. */
export interface SourceEs {
  readonly publisher?: string;
  readonly via?: string;
  readonly credit?: string;
  /** Our description in Spanish, in brackets, or a headline carrying our bracketed note in Spanish. */
  readonly title?: string;
}

/** A year may be written without quotes (YAML reads `2024` as a number). */
export const yamlDate = (what?: string) =>
  z.preprocess((v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v), isoDate(what));

const text = nonEmpty;
const esFields = z.strictObject(
  {
    publisher: text.optional(),
    via: text.optional(),
    credit: text.optional(),
    description: text.optional(),
    title: text.optional(),
  },
  expected('the Spanish fields, indented under es:'),
);
export const SOURCE_FIELDS = [
  'publisher',
  'via',
  'credit',
  'title',
  'description',
  'url',
  'published',
  'accessed',
  'language',
  'es',
] as const;

const sourceEntry = z.strictObject(
  {
    publisher: text,
    via: text.optional(),
    credit: text.optional(),
    title: text.optional(),
    description: text.optional(),
    url: httpsUrl,
    published: yamlDate('YYYY, YYYY-MM, YYYY-MM-DD, or null when the copy shows no date').nullable(),
    accessed: yamlDate(),
    language: z.enum(SOURCE_LANGUAGES, expected(`one of ${SOURCE_LANGUAGES.join(', ')}`)),
    es: esFields.optional(),
  },
  expected('a source record'),
);

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The rules that tie fields together. */
const sourceRules: CrossFieldRules = (s) => {
  const issues: CrossFieldIssue[] = [];
  const problem = (path: string[], message: string) => issues.push({ path, message });
  const es = (typeof s['es'] === 'object' && s['es'] !== null ? s['es'] : {}) as Record<string, unknown>;
  const [publisher, via, title, description] = [s['publisher'], s['via'], s['title'], s['description']].map(str);
  if (s['title'] === undefined && s['description'] === undefined)
    problem(['title'], "missing: give the page's headline as title, or our description of it as description");
  if (s['title'] !== undefined && s['description'] !== undefined)
    problem(['description'], 'give either a title (the headline) or a description (ours), not both');
  if (title?.startsWith('['))
    problem(
      ['title'],
      'is in [brackets]: a description of ours goes in description: (without brackets); title is for the page’s own headline',
    );
  if (description?.startsWith('[')) problem(['description'], 'write it without brackets; readers see it in brackets');
  if (publisher && /[(,]/.test(publisher) && es['publisher'] === undefined)
    problem(
      ['es', 'publisher'],
      `missing: the publisher "${publisher}" carries a note; give its Spanish form ("Webjosh (copia de CNN)")`,
    );
  if (via && es['via'] === undefined)
    problem(
      ['es', 'via'],
      `missing: give the Spanish form of via "${via}", with its article where it takes one ("la Fiscalía General de la República (FGR)")`,
    );
  if (description && es['description'] === undefined)
    problem(['es', 'description'], 'missing: give the Spanish form of the description');
  if (es['description'] !== undefined && es['title'] !== undefined)
    problem(['es', 'title'], 'give either es.title or es.description, not both');
  return issues;
};

export interface ParsedSources {
  readonly sources: Readonly<Record<string, Source>>;
  readonly sourcesEs: Readonly<Record<string, SourceEs>>;
  /**
   * Every id in the file, including records left out for a problem: facts and datasets that cite them are not
   * reported again (the record's own problem is the one to fix).
   */
  readonly ids: ReadonlySet<string>;
  readonly problems: readonly FileProblem[];
}

/** Reads the sources file; records with problems are left out, and every problem is listed. */
export function parseSources(text: string, file = SOURCES_FILE): ParsedSources {
  const { records, problems, lineOf } = readYamlRecords(file, text, 'source');
  const sources: Record<string, Source> = {};
  const sourcesEs: Record<string, SourceEs> = {};
  for (const [id, raw] of records) {
    const result = sourceEntry.safeParse(raw);
    const found = recordProblems(file, 'source', id, raw, result, sourceRules, lineOf, (path) =>
      path[0] === 'es' ? ['publisher', 'via', 'credit', 'description', 'title'] : SOURCE_FIELDS,
    );
    if (!result.success || found.length > 0) {
      problems.push(...found);
      continue;
    }
    const s = result.data;
    sources[id] = {
      publisher: s.publisher,
      ...(s.via === undefined ? {} : { via: s.via }),
      ...(s.credit === undefined ? {} : { credit: s.credit }),
      title: s.title ?? `[${s.description}]`,
      url: s.url,
      published: s.published as IsoDate | null,
      accessed: s.accessed as IsoDate,
      language: s.language as SourceLanguage,
    };
    const es = s.es ?? {};
    const title = es.title ?? (es.description === undefined ? undefined : `[${es.description}]`);
    sourcesEs[id] = {
      ...(es.publisher === undefined ? {} : { publisher: es.publisher }),
      ...(es.via === undefined ? {} : { via: es.via }),
      ...(es.credit === undefined ? {} : { credit: es.credit }),
      ...(title === undefined ? {} : { title }),
    };
  }
  return { sources, sourcesEs, ids: new Set(records.keys()), problems };
}
