import { describe, expect, it } from 'vitest';
import { withoutHydrationMarkers } from './hydrationMarkers';

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
