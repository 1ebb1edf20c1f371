/**
 * Published figures: the value of every fact as readers have seen it, kept in content/published-figures.json.
 *
 * Why: a number in the story must never change without a word to readers. The build compares every fact in
 * src/data/facts.ts with that file; a fact whose value, unit, date, sources or qualifier differs, or a published
 * fact that is gone, fails the build unless a log entry in src/data/corrections.ts names it and that entry is
 * newer than the file. "Newer" is not a date: the file lists the ids of the entries it already includes
 * (`entries`), and `npm run figures:publish` adds them when it records the new values. So each change needs its
 * own entry, an old entry never excuses a later change, and the check needs no clock.
 */
import type { IsoDate, Qualifier } from './types';
import type { StoryFact } from './facts';
import type { LogEntry } from './corrections';
import { DataValidationError } from './validate';

/** A fact as readers saw it: the fields that change what a sentence says. */
export interface PublishedFigure {
  readonly value: number;
  readonly unit: string;
  readonly date: IsoDate;
  readonly sources: readonly string[];
  readonly qualifier: Qualifier;
}

export interface PublishedFigures {
  /** Ids of the log entries these figures already include, in log order. */
  readonly entries: readonly string[];
  /** Every published fact by id, sorted by id. */
  readonly figures: Readonly<Record<string, PublishedFigure>>;
}

const FIELDS = ['value', 'unit', 'date', 'sources', 'qualifier'] as const;
type Field = (typeof FIELDS)[number];

export function figureOf(fact: StoryFact): PublishedFigure {
  return {
    value: fact.value,
    unit: fact.unit,
    date: fact.date,
    sources: [...fact.sources],
    qualifier: fact.qualifier ?? 'exact',
  };
}

const show = (figure: PublishedFigure, field: Field): string => {
  const v = figure[field];
  return Array.isArray(v) ? v.join(', ') : String(v);
};

function changedFields(before: PublishedFigure, now: PublishedFigure): Field[] {
  return FIELDS.filter((f) => show(before, f) !== show(now, f));
}

const HOW_TO_LOG =
  'if readers should see this, add an entry to src/data/corrections.ts that lists this fact id in `facts` ' +
  '(with what the story said and says, in English and Spanish), then run `npm run figures:publish` and commit ' +
  'both files; if it is a mistake, restore the old value';

/**
 * Differences between the published figures and the facts that no new log entry covers. A fact that is new
 * (not in the file) is fine: nobody has read it yet.
 */
export function checkPublishedFigures(
  published: PublishedFigures,
  facts: Readonly<Record<string, StoryFact>>,
  log: readonly LogEntry[],
): DataValidationError[] {
  const folded = new Set(published.entries);
  const covered = new Set(
    log.filter((e) => !folded.has(e.id)).flatMap((e) => [...(e.facts as readonly string[]), ...(e.removedFacts ?? [])]),
  );
  const errors: DataValidationError[] = [];
  for (const [id, before] of Object.entries(published.figures)) {
    if (covered.has(id)) continue;
    const fact = facts[id];
    const row = `fact "${id}"`;
    if (!fact) {
      errors.push(
        new DataValidationError(
          'published figures',
          row,
          '(fact)',
          `was published as ${show(before, 'value')} (${before.unit}, ${before.date}) and is no longer in ` +
            `src/data/facts.ts; no new corrections entry names it: ${HOW_TO_LOG.replace('in `facts`', 'in `removedFacts`')}`,
        ),
      );
      continue;
    }
    const now = figureOf(fact);
    const fields = changedFields(before, now);
    if (fields.length === 0) continue;
    const what = fields.map((f) => `${f} was ${show(before, f)}, is now ${show(now, f)}`).join('; ');
    errors.push(
      new DataValidationError(
        'published figures',
        row,
        fields.join(', '),
        `${what}; no new corrections entry names this fact: ${HOW_TO_LOG}`,
      ),
    );
  }
  return errors;
}

/** The file's new contents: every current fact, and every log entry as included. */
export function publishFigures(facts: Readonly<Record<string, StoryFact>>, log: readonly LogEntry[]): PublishedFigures {
  const figures: Record<string, PublishedFigure> = {};
  for (const id of Object.keys(facts).sort()) figures[id] = figureOf(facts[id]!);
  return { entries: log.map((e) => e.id), figures };
}

/** JSON with one fact per line, so a diff of the file shows exactly which figures changed. */
export function serializeFigures(published: PublishedFigures): string {
  const ids = Object.keys(published.figures).sort();
  const lines = ids.map((id, i) => {
    const f = published.figures[id]!;
    const ordered = { value: f.value, unit: f.unit, date: f.date, sources: f.sources, qualifier: f.qualifier };
    return `    ${JSON.stringify(id)}: ${JSON.stringify(ordered)}${i < ids.length - 1 ? ',' : ''}`;
  });
  const entries = published.entries.map((e) => `    ${JSON.stringify(e)}`).join(',\n');
  return (
    '{\n' +
    `  "entries": [${entries ? `\n${entries}\n  ` : ''}],\n` +
    `  "figures": {\n${lines.join('\n')}\n  }\n` +
    '}\n'
  );
}

/** Reads the file's text, failing with a message that says how to recreate it. */
export function parseFigures(text: string, file: string): PublishedFigures {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${String(error)}); recreate it with \`npm run figures:publish\``, {
      cause: error,
    });
  }
  const record = data as Partial<PublishedFigures> | null;
  if (!record || !Array.isArray(record.entries) || typeof record.figures !== 'object' || record.figures === null)
    throw new Error(`${file} must have "entries" (a list) and "figures" (an object); see \`npm run figures:publish\``);
  return record as PublishedFigures;
}
