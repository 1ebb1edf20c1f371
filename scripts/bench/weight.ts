/**
 * Bytes per built page, read from the files: HTML, CSS (linked stylesheets and inline <style>) and JavaScript,
 * raw and gzip. JavaScript is counted exactly as the byte-budget gate counts it (scripts/lib/jsWeight.ts, the
 * same code), so the benchmark and `npm test` can never disagree:
 * - before islands: inline scripts and module scripts with their static imports (what runs on load, before any
 *   chart island appears; they start near the viewport, `client:split`);
 * - islands: each astro-island's component and renderer chunks with their static imports, loaded when it scrolls
 *   into view. Per island we also report what only that island brings (chunks no eager script or other island on
 *   the page shares), which is where a budget miss usually comes from.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BuildReader, pageJs } from '../lib/jsWeight';
import { executableInlineScripts, tagsOf } from '../../src/lib/build/html';
import { builtPages, type PageType } from '../lib/builtSite';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface IslandWeight {
  /** Island name from Astro's opts (the component's name). */
  name: string;
  /** client directive: visible, load, idle … */
  client: string;
  componentUrl: string;
  /** The island's component chunk with its static imports (gzip). */
  closureGzip: number;
  /** The part of that closure no eager script and no other island on the page also loads (gzip). */
  ownGzip: number;
}

export interface PageWeight {
  path: string;
  type: PageType;
  html: Bytes;
  css: Bytes & { files: string[]; inlineStyles: number };
  js: {
    total: Bytes;
    beforeIslands: Bytes;
    islands: Bytes;
    inlineScripts: number;
    eagerFiles: string[];
    allFiles: string[];
    islandList: IslandWeight[];
  };
}

const gz = (b: Buffer | string) => gzipSync(b).length;
const len = (b: Buffer | string) => (typeof b === 'string' ? Buffer.byteLength(b) : b.length);

export function pageWeights(root: string): PageWeight[] {
  const reader = new BuildReader(root);
  const fileGzip = new Map<string, number>();
  const gzipOf = (url: string) => {
    let n = fileGzip.get(url);
    if (n === undefined) {
      n = gz(reader.read(url));
      fileGzip.set(url, n);
    }
    return n;
  };
  const readAsset = (url: string) => readFileSync(path.join(root, decodeURIComponent(url.replace(/^\//, ''))));

  return builtPages(root).map((page) => {
    const html = readFileSync(page.file);
    const text = html.toString('utf8');
    const tags = tagsOf(text);
    const resolve = (u: string) => new URL(u, `http://site${page.path}`).pathname;

    const cssFiles = [
      ...new Set(
        tags
          .filter((t) => t.name === 'link' && (t.attrs.get('rel') ?? '').split(/\s+/).includes('stylesheet'))
          .map((t) => resolve(t.attrs.get('href')!)),
      ),
    ];
    const inlineStyles = tags.filter((t) => t.name === 'style').map((t) => t.text ?? '');
    const cssRaw = cssFiles.reduce((s, f) => s + readAsset(f).length, 0) + inlineStyles.reduce((s, c) => s + len(c), 0);
    const cssGzip = cssFiles.reduce((s, f) => s + gz(readAsset(f)), 0) + inlineStyles.reduce((s, c) => s + gz(c), 0);

    const js = pageJs(text, reader, page.path);
    const inline = executableInlineScripts(tags);
    const inlineRaw = inline.reduce((s, c) => s + len(c), 0);
    const eagerRaw = inlineRaw + js.eagerFiles.reduce((s, f) => s + reader.read(f).length, 0);

    // Which chunks each island brings, to find the heavy one.
    const eager = new Set(js.eagerFiles);
    const islands = tags
      .filter((t) => t.name === 'astro-island' && t.attrs.get('component-url'))
      .map((t) => {
        let name = '?';
        try {
          name = (JSON.parse(t.attrs.get('opts') ?? '{}') as { name?: string }).name ?? '?';
        } catch {
          // Keep '?': the name is only a label.
        }
        const entries = ['component-url', 'renderer-url', 'before-hydration-url']
          .map((a) => t.attrs.get(a))
          .filter((u): u is string => Boolean(u))
          .map(resolve);
        const closure = new Set<string>();
        for (const e of entries) reader.closure(e, closure);
        return {
          name,
          client: t.attrs.get('client') ?? '',
          componentUrl: resolve(t.attrs.get('component-url')!),
          closure,
        };
      });
    const islandList: IslandWeight[] = islands.map((island, i) => {
      const others = new Set<string>(eager);
      islands.forEach((o, j) => {
        if (j !== i && o.componentUrl !== island.componentUrl) for (const f of o.closure) others.add(f);
      });
      const own = [...island.closure].filter((f) => !others.has(f));
      return {
        name: island.name,
        client: island.client,
        componentUrl: island.componentUrl,
        closureGzip: [...island.closure].reduce((s, f) => s + gzipOf(f), 0),
        ownGzip: own.reduce((s, f) => s + gzipOf(f), 0),
      };
    });

    return {
      path: page.path,
      type: page.type,
      html: { raw: html.length, gzip: gz(html) },
      css: { raw: cssRaw, gzip: cssGzip, files: cssFiles, inlineStyles: inlineStyles.length },
      js: {
        total: { raw: js.totalRaw, gzip: js.totalGzip },
        beforeIslands: { raw: eagerRaw, gzip: js.beforeIslandGzip },
        islands: { raw: js.totalRaw - eagerRaw, gzip: js.totalGzip - js.beforeIslandGzip },
        inlineScripts: js.inlineScripts,
        eagerFiles: js.eagerFiles,
        allFiles: js.allFiles,
        islandList,
      },
    };
  });
}

/** Every JS chunk in the build with its size, largest first (what to look at when a budget is missed). */
export function chunkSizes(
  root: string,
  pages: PageWeight[],
): { file: string; raw: number; gzip: number; pages: number }[] {
  const reader = new BuildReader(root);
  const usage = new Map<string, number>();
  for (const p of pages) for (const f of p.js.allFiles) usage.set(f, (usage.get(f) ?? 0) + 1);
  return [...usage.entries()]
    .map(([file, n]) => {
      const b = reader.read(file);
      return { file, raw: b.length, gzip: gz(b), pages: n };
    })
    .sort((a, b) => b.gzip - a.gzip);
}
