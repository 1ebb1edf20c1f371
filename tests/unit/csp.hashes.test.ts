/**
 * The post-build step that adds each page's inline scripts and styles to its Content-Security-Policy meta tag
 * (src/lib/build/cspHashes.ts).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addSources, cspHash, inlineScripts, inlineStyles, withInlineHashes } from '../../src/lib/build/cspHashes';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('cspHash', () => {
  it('is the base64 sha256 of the exact text, quoted as CSP wants it', () => {
    expect(cspHash("document.documentElement.classList.add('js');")).toBe(
      sha("document.documentElement.classList.add('js');"),
    );
    // A browser hashes the UTF-8 bytes; whitespace counts.
    expect(cspHash(' a ')).not.toBe(cspHash('a'));
    expect(cspHash('é')).toBe(`'sha256-${createHash('sha256').update(Buffer.from('é', 'utf8')).digest('base64')}'`);
  });
});

describe('inline scripts and styles', () => {
  const html =
    '<head><script>one()</script><script type="module">two()</script><script src="/x.js"></script>' +
    '<script type="application/ld+json">{"a":1}</script><style>p{}</style></head>' +
    '<body><SCRIPT type="text/javascript">three()</SCRIPT><style media="print">b{}</style></body>';

  it('finds the scripts a browser runs, not external ones or data blocks', () => {
    expect(inlineScripts(html)).toEqual(['one()', 'two()', 'three()']);
  });

  it('finds every inline style', () => {
    expect(inlineStyles(html)).toEqual(['p{}', 'b{}']);
  });
});

describe('addSources', () => {
  it.each([
    [
      "default-src 'self'; script-src 'self'",
      'script-src',
      ["'sha256-a'"],
      "default-src 'self'; script-src 'self' 'sha256-a';",
    ],
    ["script-src 'self' 'sha256-a';", 'script-src', ["'sha256-a'"], "script-src 'self' 'sha256-a';"],
    ["default-src 'self';", 'style-src', ["'sha256-b'"], "default-src 'self'; style-src 'sha256-b';"],
    [
      "style-src-attr 'unsafe-inline'; style-src 'self'",
      'style-src',
      ["'sha256-c'"],
      "style-src-attr 'unsafe-inline'; style-src 'self' 'sha256-c';",
    ],
  ])('%s + %s %j', (policy, directive, sources, expected) => {
    expect(addSources(policy, directive, sources)).toBe(expected);
  });
});

describe('withInlineHashes', () => {
  it("adds the page's inline script and style hashes to its meta policy", () => {
    const page =
      `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self';">` +
      '<script>go()</script><style>a{}</style></head>';
    const out = withInlineHashes(page, 'page.html');
    expect(out).toContain(`script-src 'self' ${sha('go()')};`);
    expect(out).toContain(`style-src 'self' ${sha('a{}')};`);
    expect(out).not.toContain('unsafe-inline');
  });

  it('moves the policy to the top of <head>, right after <meta charset>, so it covers everything after it', () => {
    const policy = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self';">`;
    const page =
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><base target="_blank"><script>go()</script>' +
      `<link rel="stylesheet" href="/a.css"><meta name="viewport" content="width=device-width">${policy}<title>x</title></head><body></body></html>`;
    const out = withInlineHashes(page, 'page.html');
    expect(out).toMatch(
      /^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]*"><base target="_blank"><script>go\(\)<\/script><link rel="stylesheet" href="\/a.css"><meta name="viewport" content="width=device-width"><title>x<\/title>/,
    );
    expect(out.match(/http-equiv="content-security-policy"/g)).toHaveLength(1);
  });

  it('fails on a page without <meta charset> at the top of its head', () => {
    const policy = `<meta http-equiv="content-security-policy" content="default-src 'self';">`;
    expect(() => withInlineHashes(`<head><script>x()</script>${policy}</head>`, 'dist/y/index.html')).toThrow(
      /dist\/y\/index.html: no <meta charset>/,
    );
  });

  it('fails on a page without a policy', () => {
    expect(() => withInlineHashes('<head><script>x()</script></head>', 'dist/x/index.html')).toThrow(
      /dist\/x\/index.html: no Content-Security-Policy/,
    );
  });
});
