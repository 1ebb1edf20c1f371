import { describe, expect, it } from 'vitest';
import { isHydrationMarker, withoutHydrationMarkers } from './hydrationMarkers';

describe('withoutHydrationMarkers', () => {
  it('removes every kind of marker Svelte writes for hydration', () => {
    expect(
      withoutHydrationMarkers('<!--[--><p>a</p><!--]--><!--[0--><b></b><!--]--><!--[-1--><!--]--><!--[!--><!---->'),
    ).toBe('<p>a</p><b></b>');
  });

  it('keeps other comments and text that only looks like a marker', () => {
    const html = '<!-- a note --><p>&lt;!--[--&gt; <!--[x--></p>';
    expect(withoutHydrationMarkers(html)).toBe(html);
  });
});

describe('isHydrationMarker', () => {
  it.each(['<!--[-->', '<!--]-->', '<!--[0-->', '<!--[-1-->', '<!--[!-->', '<!---->'])('%s is one', (comment) => {
    expect(isHydrationMarker(comment)).toBe(true);
  });

  it.each(['<!-- a note -->', '<!--[x-->', '<!--[--><!--]-->', '<!--astro:end-->'])('%s is not', (comment) => {
    expect(isHydrationMarker(comment)).toBe(false);
  });
});
