/**
 * Long paths drawn once per page (src/charts/sharedPaths.ts): the first drawing keeps a long path and names it,
 * later drawings on the same page copy it with <use>, and nothing else in the markup changes.
 */
import { describe, expect, it } from 'vitest';
import { SHARE_FROM, SharedPaths, sharedPathsOf } from './sharedPaths';

const long = 'M0 0' + 'h1v1h-1z'.repeat(Math.ceil(SHARE_FROM / 8));
const drawing = (d: string, cls = 'place s-abc', extra = '') =>
  `<svg><g transform="scale(2)"><path d="${d}" class="${cls}" vector-effect="non-scaling-stroke"${extra}></path></g></svg>`;

describe('shared paths', () => {
  it('keeps the first long path, with an id, and copies it in later drawings', () => {
    const page = new SharedPaths();
    const first = page.share(drawing(long));
    const id = /<path id="(sp-[a-z0-9]+)"/.exec(first)?.[1];
    expect(id).toBeDefined();
    expect(first).toContain(`d="${long}"`);
    const second = page.share(drawing(long, 'place s-abc', ' data-ro-row="0"'));
    expect(second).toBe(
      `<svg><g transform="scale(2)"><use href="#${id}" class="place s-abc" data-ro-row="0"></use></g></svg>`,
    );
  });

  it('leaves short paths, and the same path drawn with another class, as they are', () => {
    const page = new SharedPaths();
    const short = drawing('M0 0h1v1z');
    expect(page.share(short)).toBe(short);
    expect(page.share(short)).toBe(short);
    page.share(drawing(long));
    expect(page.share(drawing(long, 'frame s-abc'))).toMatch(/^<svg><g transform="scale\(2\)"><path id="sp-/);
  });

  it('starts afresh on every page, so that each page holds the path it copies', () => {
    const [a, b] = [{}, {}];
    expect(sharedPathsOf(a).share(drawing(long))).toContain('<path id=');
    expect(sharedPathsOf(a).share(drawing(long))).toContain('<use href=');
    expect(sharedPathsOf(b).share(drawing(long))).toContain('<path id=');
  });

  it('reads a self-closing path too', () => {
    const page = new SharedPaths();
    page.share(`<path d="${long}" class="x"/>`);
    expect(page.share(`<path d="${long}" class="x"/>`)).toMatch(/^<use href="#sp-[a-z0-9]+" class="x"><\/use>$/);
  });
});
