/**
 * Long paths drawn once per page. A page's still drawings of one chart often repeat a long path exactly: the CECOT
 * cell's 80 bunk places are the same in every step's drawing for readers without JavaScript (6.8 KB each, 34 KB of
 * the chapter). The first drawing to use such a path keeps it, with an id; the others draw it with `<use>`, which
 * renders the same geometry in their own coordinates (a zoom's transform applies as it did to the path). A `<use>`
 * copy is styled by the rules that match the path it copies, so only a path whose drawings style it alike is
 * shared: the same path with the same class, which is how a chart draws the same thing.
 *
 * Only for drawings that are never hydrated (src/components/chart/WithoutHydrationMarkers.astro): an island's
 * markup must stay what its component renders.
 */

import { createHash } from 'node:crypto';

/** Paths shorter than this stay where they are: a `<use>` and its id save too little. */
export const SHARE_FROM = 500;

const PATH = /<path\b([^>]*?)\sd="([^"]*)"([^>]*?)\s*\/?>(?:<\/path>)?/g;

/** A short, stable id for a path's geometry and class: the same on every build of the same page. */
const idOf = (key: string) => `sp-${createHash('sha256').update(key).digest('hex').slice(0, 10)}`;

const classOf = (attrs: string) => / class="([^"]*)"/.exec(attrs)?.[1] ?? '';

/** One page's shared paths: create one per page, and pass each still drawing through `share` in any order. */
export class SharedPaths {
  private readonly kept = new Map<string, string>();

  /** The drawing's markup, with each long path it repeats from an earlier drawing drawn as a `<use>` of it. */
  share(html: string): string {
    return html.replace(PATH, (whole, before: string, d: string, after: string) => {
      if (d.length < SHARE_FROM) return whole;
      const key = `${classOf(before + after)}\n${d}`;
      const id = this.kept.get(key);
      if (id === undefined) {
        const fresh = idOf(key);
        if ([...this.kept.values()].includes(fresh))
          throw new Error(`Shared paths: two different paths hash to ${fresh}; lengthen the id`);
        this.kept.set(key, fresh);
        return `<path id="${fresh}"${before} d="${d}"${after}></path>`;
      }
      // The copy keeps its class and data attributes; drawing attributes come from the path it copies.
      const rest = `${before}${after}`.replace(/\svector-effect="[^"]*"/, '');
      return `<use href="#${id}"${rest}></use>`;
    });
  }
}

const pages = new WeakMap<object, SharedPaths>();

/** The shared paths of the page being rendered, by its request (one object per page render). */
export function sharedPathsOf(page: object): SharedPaths {
  let shared = pages.get(page);
  if (!shared) pages.set(page, (shared = new SharedPaths()));
  return shared;
}
