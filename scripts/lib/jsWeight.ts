/**
 * How much JavaScript a built page makes a browser download, read from the files alone (deterministic, so it
 * can gate; the benchmark reports the same figures).
 *
 * - "before islands": inline scripts and `<script type="module" src>` (plus `<link rel="modulepreload">`), with
 *   every chunk they import statically. This runs on load, before any chart island (`client:split`) appears.
 * - "total": the above plus each island's component and renderer URLs (and a before-hydration script when Astro
 *   emits one), with their static imports: everything the page runs once every island has hydrated.
 *
 * Each file counts once per page. Sizes are gzip at zlib's default level (what a CDN serves), summed per file, in
 * bytes; budgets are in KiB (1024 bytes).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { executableInlineScripts, tagsOf } from '../../src/lib/build/html';

export interface PageJs {
  /** Files (URL paths) that run before any island is visible. */
  eagerFiles: string[];
  /** All files, eager and island. */
  allFiles: string[];
  inlineScripts: number;
  /** gzip bytes: inline scripts + eager files. */
  beforeIslandGzip: number;
  /** gzip bytes: inline scripts + all files. */
  totalGzip: number;
  /** raw bytes: inline scripts + all files. */
  totalRaw: number;
}

/**
 * Static import specifiers in a built (minified) ES module: `import{a}from"./x.js"`, `import"./x.js"`,
 * `export*from"./x.js"`. Dynamic `import("./x.js")` is not static and is left out.
 */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const re =
    /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$]+\s*,?\s*)?(?:\*\s*as\s*[\w$]+\s*|\*\s*|\{[^}]*\}\s*)?(?:from\s*)?["']([^"'\n]+)["']/g;
  for (const m of code.matchAll(re)) found.push(m[1]!);
  return found;
}

function gzipBytes(content: string | Buffer): number {
  return gzipSync(content).length;
}

/** Reads a site-relative JS URL from the build, with a per-run cache. */
export class BuildReader {
  private cache = new Map<string, Buffer>();
  constructor(private readonly root: string) {}

  read(urlPath: string): Buffer {
    let content = this.cache.get(urlPath);
    if (!content) {
      const file = path.join(this.root, decodeURIComponent(urlPath.replace(/^\//, '')));
      try {
        content = readFileSync(file);
      } catch {
        throw new Error(`JavaScript file ${urlPath} referenced by the build is missing from it (${file})`);
      }
      this.cache.set(urlPath, content);
    }
    return content;
  }

  /** The file and everything it imports statically, as URL paths. */
  closure(entry: string, into: Set<string> = new Set()): Set<string> {
    if (into.has(entry)) return into;
    into.add(entry);
    for (const spec of staticImports(this.read(entry).toString('utf8'))) {
      if (!spec.startsWith('.') && !spec.startsWith('/')) {
        throw new Error(`${entry} imports "${spec}", a bare specifier a browser cannot load`);
      }
      this.closure(new URL(spec, `http://site${entry}`).pathname, into);
    }
    return into;
  }
}

export function pageJs(html: string, reader: BuildReader, pageUrl: string): PageJs {
  const tags = tagsOf(html);
  const resolve = (u: string) => new URL(u, `http://site${pageUrl}`).pathname;
  const eagerEntries: string[] = [];
  const islandEntries: string[] = [];
  for (const tag of tags) {
    const src = tag.attrs.get('src');
    if (tag.name === 'script' && src !== undefined) eagerEntries.push(resolve(src));
    if (tag.name === 'link' && tag.attrs.get('rel') === 'modulepreload')
      eagerEntries.push(resolve(tag.attrs.get('href')!));
    if (tag.name === 'astro-island') {
      for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
        const u = tag.attrs.get(attr);
        if (u) islandEntries.push(resolve(u));
      }
    }
  }
  const inline = executableInlineScripts(tags);
  const inlineGzip = inline.reduce((sum, s) => sum + gzipBytes(s), 0);
  const inlineRaw = inline.reduce((sum, s) => sum + Buffer.byteLength(s), 0);

  const eager = new Set<string>();
  for (const e of eagerEntries) reader.closure(e, eager);
  const all = new Set(eager);
  for (const e of islandEntries) reader.closure(e, all);

  const sumGzip = (files: Set<string>) => [...files].reduce((sum, f) => sum + gzipBytes(reader.read(f)), 0);
  return {
    eagerFiles: [...eager].sort(),
    allFiles: [...all].sort(),
    inlineScripts: inline.length,
    beforeIslandGzip: inlineGzip + sumGzip(eager),
    totalGzip: inlineGzip + sumGzip(all),
    totalRaw: inlineRaw + [...all].reduce((sum, f) => sum + reader.read(f).length, 0),
  };
}
