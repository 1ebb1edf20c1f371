/**
 * Reading built pages (src/lib/build/html.ts): what the CSP step, the quality gates and the benchmark see of a page.
 */
import { describe, expect, it } from 'vitest';
import { executableInlineScripts, inlineStyleTexts, tagsOf } from '../../src/lib/build/html';

const names = (html: string) => tagsOf(html).map((t) => t.name);

describe('tagsOf', () => {
  it('lists every element in document order, with lower-cased names and decoded attribute values', () => {
    const tags = tagsOf(
      '<!doctype html><html><head><title>A &amp; B</title></head><body><A HREF="/x?a=1&amp;b=2">x</A></body></html>',
    );
    expect(tags.map((t) => t.name)).toEqual(['html', 'head', 'title', 'body', 'a']);
    expect(tags.at(-1)!.attrs.get('href')).toBe('/x?a=1&b=2');
  });

  it.each([
    ['<noscript>', '<body><noscript><img src="/fallback.png" alt=""></noscript></body>', 'img'],
    ['<template>', '<body><template><img src="/later.png" alt=""></template></body>', 'img'],
    ['inline SVG, names lower-cased', '<body><svg><clipPath id="c"></clipPath></svg></body>', 'clippath'],
  ])('reads elements inside %s', (_, html, name) => {
    expect(names(html)).toContain(name);
  });

  it('keeps prefixed attribute names as written', () => {
    const use = tagsOf('<body><svg><use xlink:href="#a"></use></svg></body>').find((t) => t.name === 'use')!;
    expect([...use.attrs.keys()]).toEqual(['xlink:href']);
  });

  it('gives script and style text exactly as written, markup-like text included', () => {
    const tags = tagsOf(
      '<head><script>if (a < b && c) x("</div>");</script><style>a::after{content:"&amp;"}</style></head>',
    );
    expect(executableInlineScripts(tags)).toEqual(['if (a < b && c) x("</div>");']);
    expect(inlineStyleTexts(tags)).toEqual(['a::after{content:"&amp;"}']);
  });

  it('does not count a commented-out script', () => {
    expect(
      executableInlineScripts(tagsOf('<head><!-- <script>old()</script> --><script>now()</script></head>')),
    ).toEqual(['now()']);
  });
});
