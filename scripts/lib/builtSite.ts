/**
 * The built site as the gates and the benchmark see it: every HTML page found by walking the build folder (so new
 * pages, a second language or new embeds are covered without touching the gates), each with its URL path and page
 * type.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST_DIR } from './staticServer';
import { chapterAddresses } from '../../src/lib/chapterAddresses';

export type PageType = 'root' | 'index' | 'chapter' | 'catalogue' | 'sources' | 'embed' | '404' | 'redirect' | 'other';

export interface BuiltPage {
  /** URL path as a reader opens it: `/en/the-flights/`, `/404.html`. */
  path: string;
  /** Absolute path of the HTML file. */
  file: string;
  type: PageType;
}

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Every file under a folder, as paths relative to it with forward slashes, sorted. */
export function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), r);
      else out.push(r);
    }
  };
  if (existsSync(root)) walk(root, '');
  return out.sort();
}

/** `en/x/index.html` → `/en/x/`; `404.html` → `/404.html`. */
export function urlPathOf(relFile: string): string {
  if (relFile === 'index.html') return '/';
  if (relFile.endsWith('/index.html')) return `/${relFile.slice(0, -'index.html'.length)}`;
  return `/${relFile}`;
}

/** Chapter addresses (/es/poblacion-penitenciaria/) and the former ones that redirect to them (src/lib/chapterAddresses.ts). */
export interface ChapterPaths {
  chapters: Set<string>;
  redirects: Set<string>;
}

function chapterPaths(): ChapterPaths {
  const all = chapterAddresses(path.join(REPO, 'content/chapters'));
  return {
    chapters: new Set(all.map((c) => c.url)),
    redirects: new Set(all.flatMap((c) => (c.formerUrl ? [c.formerUrl] : []))),
  };
}

export function pageTypeOf(urlPath: string, known: ChapterPaths = chapterPaths()): PageType {
  const segments = urlPath.split('/').filter(Boolean);
  if (segments.length === 0) return 'root';
  if (segments.includes('embed')) return 'embed';
  if (urlPath === '/404.html' || /^\/[a-z]{2}\/404(\.html|\/)$/.test(urlPath)) return '404';
  if (segments.length === 1 && /^[a-z]{2}$/.test(segments[0]!)) return 'index';
  if (segments.length === 2 && segments[1] === 'charts') return 'catalogue';
  if (segments.length === 2 && segments[1] === 'sources') return 'sources';
  if (known.chapters.has(urlPath)) return 'chapter';
  if (known.redirects.has(urlPath)) return 'redirect';
  return 'other';
}

/** Every HTML page in the build, sorted by path. */
export function builtPages(root: string = DIST_DIR): BuiltPage[] {
  const known = chapterPaths();
  return filesUnder(root)
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const urlPath = urlPathOf(f);
      return { path: urlPath, file: path.join(root, f), type: pageTypeOf(urlPath, known) };
    });
}

export function readPage(page: BuiltPage): string {
  return readFileSync(page.file, 'utf8');
}

/** The budgets shared with the benchmark (budgets.config.json at the repository root). */
export interface Budgets {
  js: Record<string, { pageTypes: PageType[]; totalGzipKB: number; beforeIslandGzipKB?: number }>;
}

export function readBudgets(): Budgets {
  return JSON.parse(readFileSync(path.join(REPO, 'budgets.config.json'), 'utf8')) as Budgets;
}

export const REPO_ROOT = REPO;
