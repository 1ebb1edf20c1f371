/**
 * Gate: safe to deploy. The response headers in `_headers` (public/_headers, copied into the build) and each
 * page's meta Content-Security-Policy, read from the files, then exercised in Chromium with the headers applied as
 * a static host would:
 * - every file gets nosniff and a Referrer-Policy; hashed assets are cached for a year, pages briefly;
 * - no header is set by two rules that can match the same path (hosts disagree on how to merge those);
 * - embeds may be framed by any site, every other page only by ours (checked by framing them from another origin);
 * - every page's policy comes first in <head> (right after <meta charset>: a meta policy covers only what follows
 *   it), allows scripts only from our origin or by exact hash, never 'unsafe-inline', and lists the hash of each
 *   inline script and style it contains;
 * - pages of every kind load, hydrate and run under that policy with no violation reported.
 */
import { mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { cspHash } from '../../../src/lib/build/cspHashes';
import { launchBrowser, newPage } from '../../../scripts/lib/browser';
import { headersFor, matchingRules, readHeadersFile } from '../../../scripts/lib/headersFile';
import { DIST_DIR, startStaticServer, type StaticServer } from '../../../scripts/lib/staticServer';
import { executableInlineScripts, tagsOf } from '../../../src/lib/build/html';
import { hydrateAll } from './browse';
import { builtPages, filesUnder, readPage, urlPathOf, type BuiltPage } from '../../../scripts/lib/builtSite';

const pages = builtPages();
const rules = readHeadersFile(path.join(DIST_DIR, '_headers'));
const files = filesUnder(DIST_DIR).filter((f) => f !== '_headers');
/** Addresses no file answers: the host serves 404.html there, under the headers of the address asked for. */
const unknownPaths = ['/no-such-page/', '/no-such-page', '/a/b/c/', '/no-such.html', '/en/no-such-page/', '/es/x'];
/** Every address that answers with HTML: each page by its folder URL and by its file, and unknown addresses. */
const htmlAddresses = [
  ...new Set([...pages.map((p) => p.path), ...files.filter((f) => f.endsWith('.html')).map((f) => `/${f}`)]),
  ...unknownPaths,
];
const header = (urlPath: string, name: string) => {
  const all = headersFor(rules, urlPath);
  return Object.entries(all).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
};

/** Directive name → sources, from a policy string. */
function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

function metaPolicy(page: BuiltPage): Map<string, string[]> | undefined {
  const meta = tagsOf(readPage(page)).find(
    (t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  return meta ? parsePolicy(meta.attrs.get('content') ?? '') : undefined;
}

describe('_headers', () => {
  it('is in the build and has rules', () => {
    expect(rules.length).toBeGreaterThan(3);
  });

  it('no header name is set by two rules matching the same path, unless the later one detaches it first', () => {
    const clashes: string[] = [];
    const paths = [...files.map(urlPathOf), ...unknownPaths, '/embed/en/no-such-chart/'];
    for (const urlPath of paths) {
      const setBy = new Map<string, number[]>();
      for (const rule of matchingRules(rules, urlPath)) {
        for (const name of rule.detach) setBy.delete(name.toLowerCase());
        for (const [name] of rule.headers)
          setBy.set(name.toLowerCase(), [...(setBy.get(name.toLowerCase()) ?? []), rule.line]);
      }
      for (const [name, lines] of setBy)
        if (lines.length > 1) clashes.push(`${urlPath}: ${name} set on lines ${lines.join(', ')}`);
    }
    expect(clashes.length, clashes.slice(0, 20).join('\n')).toBe(0);
  });

  it('every file: nosniff and strict-origin-when-cross-origin', () => {
    const missing = files
      .map(urlPathOf)
      .filter(
        (p) =>
          header(p, 'X-Content-Type-Options') !== 'nosniff' ||
          header(p, 'Referrer-Policy') !== 'strict-origin-when-cross-origin',
      );
    expect(missing).toEqual([]);
  });

  it('hashed assets are immutable for a year; pages are cached briefly', () => {
    const wrong: string[] = [];
    for (const f of files.filter((f) => f.startsWith('_astro/'))) {
      const cc = header(`/${f}`, 'Cache-Control') ?? '';
      if (!/max-age=31536000/.test(cc) || !/immutable/.test(cc)) wrong.push(`/${f}: ${cc}`);
    }
    for (const page of pages) {
      const cc = header(page.path, 'Cache-Control') ?? '';
      const maxAge = Number(/max-age=(\d+)/.exec(cc)?.[1] ?? NaN);
      if (!(maxAge <= 600) || /immutable/.test(cc)) wrong.push(`${page.path}: ${cc || 'no Cache-Control'}`);
    }
    expect(wrong).toEqual([]);
  });

  it('embeds are frameable by anyone; every other HTML response (files, /index.html, 404s) only by this site', () => {
    const wrong: string[] = [];
    for (const address of htmlAddresses) {
      const csp = parsePolicy(header(address, 'Content-Security-Policy') ?? '');
      const ancestors = csp.get('frame-ancestors')?.join(' ');
      const xfo = header(address, 'X-Frame-Options');
      if (address.startsWith('/embed/')) {
        if (ancestors !== '*' || xfo !== undefined)
          wrong.push(`${address}: frame-ancestors ${ancestors}, X-Frame-Options ${xfo}`);
      } else if (ancestors !== "'self'" || xfo !== 'SAMEORIGIN') {
        wrong.push(`${address}: frame-ancestors ${ancestors}, X-Frame-Options ${xfo}`);
      }
    }
    expect(htmlAddresses).toContain('/index.html');
    expect(wrong).toEqual([]);
  });

  it('embeds are kept out of search results', () => {
    for (const page of pages.filter((p) => p.type === 'embed'))
      expect(header(page.path, 'X-Robots-Tag'), page.path).toBe('noindex');
  });
});

describe("each page's Content-Security-Policy meta tag", () => {
  it('comes first in <head>, right after <meta charset>, so nothing loads or runs before it applies', () => {
    const late: string[] = [];
    for (const page of pages) {
      const tags = tagsOf(readPage(page));
      const head = tags.findIndex((t) => t.name === 'head');
      const [charset, policy] = [tags[head + 1], tags[head + 2]];
      if (
        head === -1 ||
        charset?.name !== 'meta' ||
        !charset.attrs.has('charset') ||
        policy?.name !== 'meta' ||
        policy.attrs.get('http-equiv')?.toLowerCase() !== 'content-security-policy'
      ) {
        const before = tags
          .slice(head + 1)
          .findIndex(
            (t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy',
          );
        const preceding = tags.slice(head + 1, head + 1 + Math.max(before, 0)).map((t) => t.name);
        late.push(`${page.path}: after ${preceding.join(', ')}`);
      }
    }
    expect(late.length, late.slice(0, 20).join('\n')).toBe(0);
  });

  it('allows scripts from our origin and by hash only, and lists every inline script and style on the page', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const policy = metaPolicy(page);
      if (!policy) {
        problems.push(`${page.path}: no CSP meta tag`);
        continue;
      }
      const scriptSrc = policy.get('script-src') ?? [];
      const styleSrc = policy.get('style-src') ?? [];
      if (policy.get('default-src')?.join(' ') !== "'self'") problems.push(`${page.path}: default-src is not 'self'`);
      if (
        scriptSrc.some(
          (s) => s === "'unsafe-inline'" || s === "'unsafe-eval'" || s === '*' || /^(https?|data):/.test(s),
        )
      ) {
        problems.push(`${page.path}: script-src ${scriptSrc.join(' ')}`);
      }
      if (policy.has('script-src-elem') || policy.has('script-src-attr'))
        problems.push(`${page.path}: unexpected script-src-elem/attr`);
      const tags = tagsOf(readPage(page));
      for (const script of executableInlineScripts(tags)) {
        if (!scriptSrc.includes(cspHash(script)))
          problems.push(`${page.path}: inline script not in script-src: ${script.slice(0, 60)}`);
      }
      for (const style of tags.filter((t) => t.name === 'style')) {
        if (!styleSrc.includes(cspHash(style.text ?? '')))
          problems.push(`${page.path}: inline style not in style-src: ${(style.text ?? '').slice(0, 60)}`);
      }
    }
    expect(problems.length, problems.slice(0, 30).join('\n')).toBe(0);
  });
});

describe('pages under the deployment headers, in Chromium', () => {
  let server: StaticServer;
  let other: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    // A second origin, as a partner site would be, with one page framing an embed and one framing a chapter.
    const partner = mkdtempSync(path.join(tmpdir(), 'cecot-partner-'));
    [server, browser] = await Promise.all([startStaticServer({ applyHeadersFile: true }), launchBrowser()]);
    const embed = pages.find((p) => p.type === 'embed')!.path;
    const chapter = pages.find((p) => p.type === 'chapter')!.path;
    writeFileSync(
      path.join(partner, 'index.html'),
      `<!doctype html><html lang="en"><title>Partner</title>` +
        `<iframe id="embed" title="embed" src="${server.url}${embed}"></iframe>` +
        `<iframe id="chapter" title="chapter" src="${server.url}${chapter}"></iframe>` +
        `<iframe id="root-file" title="root" src="${server.url}/index.html"></iframe>` +
        `<iframe id="unknown" title="unknown" src="${server.url}/no/such/page/"></iframe></html>`,
    );
    other = await startStaticServer({ root: partner });
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([server?.close(), other?.close()]);
  });

  /** One page of each kind a reader meets; scrollers, islands and embed scripts all run. */
  function sample(): string[] {
    const pick = (type: BuiltPage['type'], test: (p: BuiltPage) => boolean = () => true) =>
      pages.find((p) => p.type === type && test(p))?.path;
    return [
      pick('index'),
      pick('chapter', (p) => readPage(p).includes('data-scrolly')),
      pick('catalogue'),
      pick('sources'),
      pick('embed'),
      pick('other', (p) => readPage(p).includes('<iframe')),
      pick('404'),
    ].filter((p): p is string => p !== undefined);
  }

  for (const pathname of sample()) {
    it(`${pathname} runs with no CSP violation`, async () => {
      const page = await newPage(browser, { width: 1280, height: 900 });
      const reports: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to (load|execute|apply|frame|connect)/i.test(m.text()))
          reports.push(m.text());
      });
      // Playwright's init scripts are exempt from the page's policy, so this listener sees every violation.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(
            `Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
          );
        });
      });
      try {
        const response = await page.goto(server.url + pathname, { waitUntil: 'load' });
        expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors/);
        await hydrateAll(page);
        await page.waitForLoadState('networkidle');
        // Step controls exercise the scroll controller and island updates under the policy.
        const next = page.locator('[data-step-next]').first();
        if (await next.count()) {
          await next.scrollIntoViewIfNeeded();
          await next.click();
        }
        expect(page.errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
      } finally {
        await page.context().close();
      }
      expect(reports).toEqual([]);
    });
  }

  it('another site can frame an embed but not a chapter, /index.html or the 404 page at an unknown address', async () => {
    const page = await newPage(browser, { width: 1280, height: 900 });
    try {
      await page.goto(`${other.url}/`, { waitUntil: 'load' });
      const embedFrame = page.frameLocator('#embed');
      await expect.poll(() => embedFrame.locator('[data-chart-svg]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      // A frame refused by frame-ancestors ends on the browser's error page, with none of the page in it.
      for (const id of ['chapter', 'root-file', 'unknown']) {
        const refused = await (await page.locator(`#${id}`).elementHandle())!.contentFrame();
        await expect.poll(() => refused!.url(), { timeout: 10_000 }).toMatch(/^chrome-error:/);
        expect(await refused!.locator('main').count(), id).toBe(0);
      }
    } finally {
      await page.context().close();
    }
  });
});

// Keeps the list of files honest: a build with no HTML would pass the loops above vacuously.
it('the build has pages of every kind', () => {
  const kinds = new Set(pages.map((p) => p.type));
  for (const kind of ['index', 'chapter', 'catalogue', 'embed'] as const) expect(kinds.has(kind), kind).toBe(true);
  expect(readdirSync(DIST_DIR)).toContain('_headers');
});
