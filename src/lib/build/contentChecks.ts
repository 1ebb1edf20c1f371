/**
 * Every check on the story's content, listing all problems at once as `file:line: message`: the chapters
 * (file names, frontmatter, components and their props, fact ids, chart states and views, steps), the pairs of
 * English and Spanish chapters (both exist, same facts, same charts and steps, same dates), the content files
 * of the data (content/data/*.yaml: fields, ids, sources cited, Spanish forms) and the TypeScript datasets.
 * `npm run check:content` prints the list; the build runs the same function before anything is built
 * (storyChecks.ts) and stops with the same list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES } from '../i18n';
import type { Language } from '../../data/types';
import { validateDataModule } from '../../data/index';
import { formatFileProblem, type FileProblem } from '../../data/yamlFile';
import { parseSources } from '../../data/sourcesFile';
import { parseFacts } from '../../data/factsFile';
import { DATASET_FACT_IDS, factSourceErrors } from '../../data/facts';
import { throwIfAny } from '../../data/validate';
import { chapterFrontmatter } from '../chapterFrontmatter';
import { CHAPTER_FILE, RESERVED_SLUGS, chapterPath } from '../chapterFile';
import { parseChapter } from './parseChapter';
import { collectChapterProblems, type ChapterCheckResult, type ChartUse } from './remarkStoryComponents';

/** A problem in a file: its path relative to the project root, as editors type it, and the line when known. */
export type Problem = FileProblem;
export const formatProblem = formatFileProblem;

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Spanish' };
export { CHAPTER_FILE };

interface CheckedChapter {
  file: string;
  frontmatter: Record<string, unknown>;
  result?: ChapterCheckResult;
}

/** Line of a frontmatter field (1 = the opening ---), for messages about it. */
function fieldLine(text: string, field: string): number | undefined {
  const lines = text.split('\n');
  if (lines[0] !== '---') return undefined;
  for (let i = 1; i < lines.length && lines[i] !== '---'; i++) if (lines[i]!.startsWith(`${field}:`)) return i + 1;
  return undefined;
}

/** An MDX file's frontmatter and tree, or undefined after reporting why the MDX compiler could not read it. */
function parseOrReport(text: string, file: string, problems: Problem[]): ReturnType<typeof parseChapter> | undefined {
  try {
    return parseChapter(text);
  } catch (e) {
    // The MDX compiler's syntax errors carry the line (and a `reason` without the position prefix).
    const error = e as { line?: number; reason?: string; message: string };
    problems.push({ file, line: error.line ?? undefined, message: `cannot be read: ${error.reason ?? error.message}` });
    return undefined;
  }
}

function checkChapterFile(root: string, file: string, problems: Problem[]): CheckedChapter {
  const text = readFileSync(path.join(root, file), 'utf8');
  const parsed = parseOrReport(text, file, problems);
  if (!parsed) return { file, frontmatter: {} };
  if (!/^---\r?\n/.test(text)) {
    problems.push({
      file,
      line: 1,
      message: 'must start with its frontmatter between two --- lines (title, navTitle, dek, published).',
    });
  } else {
    const check = chapterFrontmatter.safeParse(parsed.frontmatter);
    if (!check.success) {
      for (const issue of check.error.issues) {
        const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [];
        const field = String(issue.path[0] ?? keys[0] ?? '');
        problems.push({
          file,
          line: fieldLine(text, field) ?? 1,
          message:
            issue.code === 'unrecognized_keys'
              ? `frontmatter has unknown field(s) ${keys.map((k) => `"${k}"`).join(', ')}. Fields: title, navTitle, dek, published, updated, slug.`
              : `frontmatter field "${field}": ${issue.message}.`,
        });
      }
    }
  }
  const { errors, ...result } = collectChapterProblems(parsed.tree, file);
  for (const e of errors) problems.push({ file: e.file, line: e.line, message: e.problem });
  // A chapter with problems is not compared with its twin: its facts and steps are incomplete.
  return { file, frontmatter: parsed.frontmatter, ...(errors.length === 0 ? { result } : {}) };
}

const describeUse = (use: ChartUse | undefined): string =>
  use === undefined
    ? 'nothing'
    : use.steps
      ? `<Scrolly chart="${use.chart}"> with steps ${use.steps.join(', ')}`
      : `<Figure chart="${use.chart}"${use.view ? ` view="${use.view}"` : ''}>`;

/** The two languages of one chapter must quote the same facts, show the same charts and steps, and share dates. */
export function checkPair(name: string, first: CheckedChapter, other: CheckedChapter, lang: Language): Problem[] {
  const problems: Problem[] = [];
  const here = LANGUAGE_NAMES[lang];
  const there = LANGUAGE_NAMES.en;
  if (first.result && other.result) {
    const mine = new Set(other.result.factIds);
    const theirs = new Set(first.result.factIds);
    const missing = [...theirs].filter((id) => !mine.has(id));
    const extra = [...mine].filter((id) => !theirs.has(id));
    if (missing.length > 0 || extra.length > 0) {
      const parts = [
        ...(missing.length ? [`only in ${there}: ${missing.join(', ')}`] : []),
        ...(extra.length ? [`only in ${here}: ${extra.join(', ')}`] : []),
      ];
      problems.push({
        file: other.file,
        message: `chapter ${name} quotes different facts in ${there} and ${here} (${parts.join('; ')}). Both languages must quote the same <Fact>s.`,
      });
    }
    const a = first.result.charts;
    const b = other.result.charts;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (JSON.stringify(a[i]) === JSON.stringify(b[i])) continue;
      problems.push({
        file: other.file,
        message: `chapter ${name} shows different charts or steps in ${there} and ${here}: chart ${i + 1} is ${describeUse(a[i])} in ${there} but ${describeUse(b[i])} in ${here}. Both languages must show the same charts, views and step ids, in the same order.`,
      });
      break;
    }
  }
  for (const field of ['published', 'updated']) {
    const x = JSON.stringify(first.frontmatter[field] ?? null);
    const y = JSON.stringify(other.frontmatter[field] ?? null);
    if (x !== y) {
      problems.push({
        file: other.file,
        message: `chapter ${name} has a different "${field}" date in ${there} (${first.frontmatter[field] ?? 'none'}) and ${here} (${other.frontmatter[field] ?? 'none'}). Use the same dates in both languages.`,
      });
    }
  }
  return problems;
}

/**
 * The content files of the data (content/data/sources.yaml and facts.yaml under `root`), read as the site reads
 * them: every problem with its line. A missing file is a problem too.
 */
export function checkDataFiles(root: string, data = path.join('content', 'data')): Problem[] {
  const read = (name: string): string | undefined => {
    try {
      return readFileSync(path.join(root, data, name), 'utf8');
    } catch {
      return undefined;
    }
  };
  const problems: Problem[] = [];
  const sourcesFile = path.join(data, 'sources.yaml');
  const factsFile = path.join(data, 'facts.yaml');
  const sourcesText = read('sources.yaml');
  const factsText = read('facts.yaml');
  if (sourcesText === undefined) problems.push({ file: sourcesFile, message: 'is missing: it lists every source.' });
  if (factsText === undefined) problems.push({ file: factsFile, message: 'is missing: it lists the figures quoted.' });
  const parsedSources = parseSources(sourcesText ?? '', sourcesFile);
  problems.push(...parsedSources.problems);
  const parsedFacts = parseFacts(factsText ?? '', parsedSources.ids, factsFile);
  problems.push(...parsedFacts.problems);
  for (const id of Object.keys(parsedFacts.facts).filter((id) => DATASET_FACT_IDS.includes(id))) {
    problems.push({
      file: factsFile,
      line: parsedFacts.lines.get(id),
      message: `fact "${id}" is also defined in src/data/facts.ts (from a dataset); give this one another id.`,
    });
  }
  return problems;
}

/** Components the front page's lede may use: it runs no script, so no scroller. */
const FRONT_COMPONENTS = ['Fact', 'Figure'];

/**
 * The front page's lede (content/front/<lang>.mdx): one file per language, no frontmatter (the headline and dek are
 * the story's own), only <Fact> and <Figure>, each checked as in a chapter, and the same facts and charts in every
 * language. Returns the number of files read.
 */
function checkFront(root: string, front: string, problems: Problem[]): number {
  const results = new Map<Language, ChapterCheckResult>();
  let files = 0;
  for (const lang of LANGUAGES) {
    const file = path.join(front, `${lang}.mdx`);
    let text: string;
    try {
      text = readFileSync(path.join(root, file), 'utf8');
    } catch {
      problems.push({ file, message: `is missing: the front page needs its lede in ${LANGUAGE_NAMES[lang]}.` });
      continue;
    }
    files++;
    const parsed = parseOrReport(text, file, problems);
    if (!parsed) continue;
    if (/^---\r?\n/.test(text))
      problems.push({
        file,
        line: 1,
        message: 'has frontmatter: the front page takes its headline and dek from content/i18n; remove it.',
      });
    const { errors, ...result } = collectChapterProblems(parsed.tree, file);
    for (const e of errors) problems.push({ file: e.file, line: e.line, message: e.problem });
    for (const use of result.charts)
      if (use.steps)
        problems.push({
          file,
          message: `uses ${describeUse(use)}: the front page runs no script; use <Figure> instead.`,
        });
    const others = [...text.matchAll(/<([A-Z][A-Za-z]*)/g)]
      .map((m) => m[1]!)
      .filter((n) => !FRONT_COMPONENTS.includes(n));
    for (const name of new Set(others))
      problems.push({
        file,
        message: `uses <${name}>: the front page may use ${FRONT_COMPONENTS.map((c) => `<${c}>`).join(' and ')} only.`,
      });
    if (errors.length === 0) results.set(lang, result);
  }
  const first = results.get('en');
  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    const other = results.get(lang);
    if (!first || !other) continue;
    const a = [...new Set(first.factIds)].sort().join(', ');
    const b = [...new Set(other.factIds)].sort().join(', ');
    if (a !== b)
      problems.push({
        file: path.join(front, `${lang}.mdx`),
        message: `quotes different facts from the English front page (English: ${a}; ${LANGUAGE_NAMES[lang]}: ${b}). Both languages must quote the same <Fact>s.`,
      });
    if (JSON.stringify(first.charts) !== JSON.stringify(other.charts))
      problems.push({
        file: path.join(front, `${lang}.mdx`),
        message: `shows ${other.charts.map(describeUse).join(', ') || 'no chart'}, the English front page ${first.charts.map(describeUse).join(', ') || 'no chart'}. Both languages must show the same charts.`,
      });
  }
  return files;
}

export interface ContentCheckOptions {
  /** The project root; paths in messages are relative to it. */
  root: string;
  /** The chapters folder, relative to root (tests point it at a temporary folder). Default content/chapters. */
  chapters?: string;
  /** The folder of sources.yaml and facts.yaml, relative to root. Default content/data. */
  data?: string;
  /** The front page's folder, relative to root. Default content/front. */
  front?: string;
}

/** Runs every content check and returns all problems, in file order. */
export function checkContent({
  root,
  chapters = path.join('content', 'chapters'),
  data = path.join('content', 'data'),
  front = path.join('content', 'front'),
}: ContentCheckOptions): {
  problems: Problem[];
  files: number;
} {
  const problems: Problem[] = [];
  chapters = path.relative(root, path.resolve(root, chapters));
  const names = new Map<Language, string[]>();
  for (const lang of LANGUAGES) {
    let entries: string[] = [];
    try {
      entries = readdirSync(path.join(root, chapters, lang)).filter((f) => f.endsWith('.mdx'));
    } catch {
      problems.push({
        file: path.join(chapters, lang),
        message: `the ${LANGUAGE_NAMES[lang]} chapter folder is missing.`,
      });
    }
    for (const f of entries.filter((f) => !CHAPTER_FILE.test(f))) {
      problems.push({
        file: path.join(chapters, lang, f),
        message:
          'is not published: chapter file names are NN-slug.mdx (two digits, then lowercase letters, digits and hyphens).',
      });
    }
    names.set(lang, entries.filter((f) => CHAPTER_FILE.test(f)).sort());
  }

  const all = [...new Set([...names.values()].flat())].sort();
  const checked = new Map<string, CheckedChapter>();
  for (const name of all) {
    for (const lang of LANGUAGES) {
      const file = path.join(chapters, lang, name);
      if (names.get(lang)!.includes(name)) checked.set(file, checkChapterFile(root, file, problems));
      else {
        const present = LANGUAGES.filter((l) => names.get(l)!.includes(name)).map((l) => LANGUAGE_NAMES[l]);
        problems.push({
          file,
          message: `is missing: every chapter needs an English and a Spanish file (${name} exists in ${present.join(' and ')} only). Create it, or rename the other file if the names differ.`,
        });
      }
    }
    const first = checked.get(path.join(chapters, 'en', name));
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      const other = checked.get(path.join(chapters, lang, name));
      if (first && other) problems.push(...checkPair(name, first, other, lang));
    }
  }

  // Positions and URLs: two chapters with the same number have no defined order; two at one address, one URL. A
  // chapter's addresses are its slug's and, when its frontmatter gives another slug, its file name's (which
  // redirects to the slug's); neither may be another chapter's or a page's (/es/sources/).
  for (const lang of LANGUAGES) {
    const seen = new Map<string, string>();
    for (const name of names.get(lang)!) {
      const file = path.join(chapters, lang, name);
      const [, number = '', key = ''] = CHAPTER_FILE.exec(name)!;
      const own = checked.get(file)?.frontmatter['slug'];
      const slug = typeof own === 'string' ? own : undefined;
      const addresses = [
        ...(slug !== undefined && slug !== key
          ? [[`s${slug}`, `the address ${chapterPath(lang, key, slug)} (its "slug")`] as const]
          : []),
        [`s${key}`, `the address ${chapterPath(lang, key)} (its file name's)`] as const,
      ];
      for (const [id, what] of [[`n${number}`, `the number ${number}`] as const, ...addresses]) {
        const before = seen.get(id);
        if (before)
          problems.push({
            file,
            line: id === `s${slug}` ? fieldLine(readFileSync(path.join(root, file), 'utf8'), 'slug') : undefined,
            message: `shares ${what} with ${before}. Give every chapter its own number and slug (see "Order of chapters" in content/README.md).`,
          });
        else seen.set(id, name);
      }
      for (const [id, what] of addresses) {
        if (RESERVED_SLUGS.includes(id.slice(1)))
          problems.push({
            file,
            message: `takes ${what}, which is the address of another page of the site (${RESERVED_SLUGS.join(', ')}). Choose another slug.`,
          });
      }
    }
  }

  const frontFiles = checkFront(root, path.relative(root, path.resolve(root, front)), problems);

  const dataProblems = checkDataFiles(root, data);
  problems.push(...dataProblems);
  // The TypeScript datasets are checked once the content files read cleanly: a source left out for a mistake
  // in sources.yaml would otherwise be reported again under every dataset that cites it.
  if (dataProblems.length === 0) {
    try {
      validateDataModule();
      throwIfAny(factSourceErrors());
    } catch (e) {
      problems.push({ file: 'src/data', message: (e as Error).message });
    }
  }
  return { problems, files: checked.size + frontFiles };
}
