/**
 * Gate: no broken internal link, asset or fragment in the build, and every link to another site opens safely.
 *
 * A crawler over the built files (no server, no network): every href, src, srcset, poster, island URL, social
 * image and CSS url() that points into the site must name a file in the build (`/path/` is `/path/index.html`;
 * `/path` without the slash is reported, since it costs readers a redirect), and every `#fragment` must name an
 * element on its target page. Links to other sites are not fetched (the gates must not depend on the network);
 * they must carry rel="noopener noreferrer".
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../../scripts/lib/staticServer';
import { tagsOf, type Tag } from '../../../src/lib/build/html';
import { cssUrls, srcsetUrls } from './markup';
import { builtPages, filesUnder, readPage } from '../../../scripts/lib/builtSite';

const pages = builtPages();

/** The site's public origin (from astro.config `site`), read from the canonical links the build wrote. */
const SITE_ORIGIN = (() => {
  for (const page of pages) {
    const canonical = tagsOf(readPage(page)).find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical');
    if (canonical) return new URL(canonical.attrs.get('href')!).origin;
  }
  return 'https://site.invalid';
})();

const LOCAL = 'http://local.invalid';

interface Reference {
  from: string;
  url: string;
  /** What referred to it, for the failure message. */
  via: string;
}

/** URL-bearing attributes, by element ('*' for any element). */
const URL_ATTRS: [string, string][] = [
  ['*', 'href'],
  ['*', 'src'],
  ['video', 'poster'],
  ['object', 'data'],
  ['form', 'action'],
  ['astro-island', 'component-url'],
  ['astro-island', 'renderer-url'],
  ['astro-island', 'before-hydration-url'],
];
const URL_METAS = new Set(['og:image', 'og:url', 'twitter:image', 'og:image:secure_url']);

function referencesIn(pagePath: string, tags: Tag[]): Reference[] {
  const refs: Reference[] = [];
  const add = (url: string, via: string) => refs.push({ from: pagePath, url: url.trim(), via });
  for (const tag of tags) {
    for (const [element, attr] of URL_ATTRS) {
      if (element !== '*' && element !== tag.name) continue;
      const value = tag.attrs.get(attr);
      if (value !== undefined) add(value, `<${tag.name} ${attr}>`);
    }
    const srcset = tag.attrs.get('srcset') ?? tag.attrs.get('imagesrcset');
    if (srcset) for (const u of srcsetUrls(srcset)) add(u, `<${tag.name} srcset>`);
    if (tag.name === 'meta') {
      const key = tag.attrs.get('property') ?? tag.attrs.get('name') ?? '';
      if (URL_METAS.has(key)) add(tag.attrs.get('content') ?? '', `<meta ${key}>`);
    }
    const style = tag.attrs.get('style');
    if (style) for (const u of cssUrls(style)) add(u, `style attribute of <${tag.name}>`);
    if (tag.name === 'style' && tag.text) for (const u of cssUrls(tag.text)) add(u, '<style>');
  }
  return refs;
}

/** Ids and anchor names on a page. */
function anchorsOf(tags: Tag[]): Set<string> {
  const ids = new Set<string>();
  for (const tag of tags) {
    const id = tag.attrs.get('id');
    if (id) ids.add(id);
    if (tag.name === 'a' && tag.attrs.get('name')) ids.add(tag.attrs.get('name')!);
  }
  return ids;
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/** The build file a site path names, or an explanation of why none does. */
function resolveInBuild(pathname: string): { file: string } | { problem: string } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { problem: 'malformed percent-encoding' };
  }
  const target = path.join(DIST_DIR, decoded);
  if (decoded.endsWith('/')) {
    const index = path.join(target, 'index.html');
    return isFile(index) ? { file: index } : { problem: 'no index.html in the build for this folder' };
  }
  if (isFile(target)) return { file: target };
  if (isFile(path.join(target, 'index.html'))) return { problem: 'missing trailing slash (costs a redirect)' };
  return { problem: 'no such file in the build' };
}

const parsed = new Map(pages.map((p) => [p.path, tagsOf(readPage(p))]));
const anchorsByFile = new Map<string, Set<string>>();
const anchorsFor = (file: string) => {
  let ids = anchorsByFile.get(file);
  if (!ids) {
    ids = anchorsOf(tagsOf(readFileSync(file, 'utf8')));
    anchorsByFile.set(file, ids);
  }
  return ids;
};

describe('links in the build', () => {
  it('finds pages to crawl', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  it('every internal link, asset and fragment resolves', () => {
    const refs: Reference[] = [];
    for (const [pagePath, tags] of parsed) refs.push(...referencesIn(pagePath, tags));
    // Stylesheets and their url()s (fonts, images) are assets too.
    for (const rel of filesUnder(DIST_DIR).filter((f) => f.endsWith('.css'))) {
      for (const u of cssUrls(readFileSync(path.join(DIST_DIR, rel), 'utf8')))
        refs.push({ from: `/${rel}`, url: u, via: 'CSS url()' });
    }

    const broken: string[] = [];
    let checked = 0;
    for (const ref of refs) {
      if (ref.url === '') {
        broken.push(`${ref.from}: empty URL in ${ref.via}`);
        continue;
      }
      if (/^(mailto|tel|data|blob|javascript):/i.test(ref.url)) continue;
      const url = new URL(ref.url, LOCAL + ref.from);
      const internal = url.origin === LOCAL || url.origin === SITE_ORIGIN;
      if (!internal) continue;
      checked++;
      const resolved = resolveInBuild(url.pathname);
      if ('problem' in resolved) {
        broken.push(`${ref.from}: ${ref.via} ${ref.url} → ${resolved.problem}`);
        continue;
      }
      const fragment = url.hash.slice(1);
      if (fragment && resolved.file.endsWith('.html')) {
        let id: string;
        try {
          id = decodeURIComponent(fragment);
        } catch {
          id = fragment;
        }
        if (!anchorsFor(resolved.file).has(id))
          broken.push(`${ref.from}: ${ref.via} ${ref.url} → no element with id "${id}"`);
      }
    }
    expect(checked).toBeGreaterThan(pages.length);
    expect(broken.length, `broken internal references:\n${broken.join('\n')}`).toBe(0);
  });

  it('every link to another site has rel="noopener noreferrer"', () => {
    const unsafe: string[] = [];
    for (const [pagePath, tags] of parsed) {
      for (const tag of tags) {
        if (tag.name !== 'a' && tag.name !== 'area') continue;
        const href = tag.attrs.get('href');
        if (!href || /^(mailto|tel):/i.test(href)) continue;
        const url = new URL(href, LOCAL + pagePath);
        if (url.origin === LOCAL || url.origin === SITE_ORIGIN) continue;
        const rel = new Set((tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/));
        if (!rel.has('noopener') || !rel.has('noreferrer'))
          unsafe.push(`${pagePath}: ${href} (rel="${tag.attrs.get('rel') ?? ''}")`);
      }
    }
    expect(unsafe.length, `external links without rel="noopener noreferrer":\n${unsafe.join('\n')}`).toBe(0);
  });
});
