/**
 * Every page a figure in the story was read from, as records keyed by source id, read from
 * content/data/sources.yaml (where editors add them; the file's header and content/README.md explain the fields).
 *
 * Where the numbers come from: stored copies of public pages, checked for this story in November and December
 * 2026. Many Salvadoran and wire stories were read on mirrors or syndication sites; `publisher` names the site we
 * read, `via` the newsroom or organisation that produced the figure. Titles are the pages' own, in their own
 * language. `published: null` means the copy we read carries no date; we do not guess one.
 *
 * `SourceId` is the union of the file's ids (src/data/contentIds.ts, generated from it), so TypeScript that cites
 * a source not listed there does not compile; the file itself is checked as it is read, and its problems are
 * listed by `npm run check:content` and stop the build (`sourcesFileProblems`).
 */
import sourcesYaml from '../../content/data/sources.yaml?raw';
import type { Source } from './types';
import type { SourceId } from './contentIds';
import { parseSources, type SourceEs } from './sourcesFile';

export type { SourceId, SourceEs };

const parsed = parseSources(sourcesYaml);

/** Sources by id. */
export const sources = parsed.sources as Readonly<Record<SourceId, Source>>;

/** The Spanish edition's wording of each source, where it differs from the English (see citation.ts). */
export const sourcesEs = parsed.sourcesEs as Readonly<Record<SourceId, SourceEs>>;

/** All source ids, for validation and for listing allowed values in error messages. */
export const SOURCE_IDS = Object.keys(sources) as SourceId[];

/** Every id in the file, including records left out for a problem (for checking what cites them). */
export const SOURCE_IDS_IN_FILE: ReadonlySet<string> = parsed.ids;

/** Mistakes in content/data/sources.yaml, each with its line; the records at fault are left out above. */
export const sourcesFileProblems = parsed.problems;
