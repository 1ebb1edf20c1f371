/**
 * Content-Security-Policy for every page, without 'unsafe-inline' for scripts.
 *
 * How the policy reaches the reader:
 * - Astro's `security.csp` (astro.config.mjs) writes a `<meta http-equiv="content-security-policy">` into each
 *   page's <head>, with the sha256 of every script and style Astro itself bundles or inlines (island runtime,
 *   hydration directives, inlined CSS). A meta tag, not a header, because the hashes differ per build and a
 *   headers file with one rule per page would outgrow the rule limits of common hosts.
 * - Astro does not hash `<script is:inline>` or `<style is:inline>` (its documented limitation), so this
 *   integration reads every built page after the build and adds the hash of each inline script and style it
 *   finds to that page's policy. Any inline script a component adds is therefore allowed by its exact text,
 *   and a script injected later (by an extension or an attacker) is not.
 * - What a meta policy cannot carry (frame-ancestors) is in public/_headers, with the other response headers.
 *
 * A page without the meta tag fails the build: it would ship with no script policy at all. The tag is moved to the
 * top of <head>, right after <meta charset>, because a meta policy covers only what follows it.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { executableInlineScripts, inlineStyleTexts, tagsOf } from './html';

const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/i;

/** `'sha256-…'` of a script or style element's text, exactly as the browser hashes it (UTF-8). */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Text of each inline script the browser would run (data blocks such as JSON-LD are not scripts to CSP). */
export function inlineScripts(html: string): string[] {
  return executableInlineScripts(tagsOf(html));
}

/** Text of each inline <style> element. */
export function inlineStyles(html: string): string[] {
  return inlineStyleTexts(tagsOf(html));
}

/** Adds sources to one directive of a policy string (created if missing), keeping every other directive. */
export function addSources(policy: string, directive: string, sources: string[]): string {
  const parts = policy
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  const index = parts.findIndex((p) => p.split(/\s+/)[0] === directive);
  const existing = index === -1 ? [] : parts[index]!.split(/\s+/).slice(1);
  const merged = [...new Set([...existing, ...sources])];
  const rendered = `${directive} ${merged.join(' ')}`;
  if (index === -1) parts.push(rendered);
  else parts[index] = rendered;
  return `${parts.join('; ')};`;
}

/** The opening of <head> up to its <meta charset>, which must come first (within the first 1024 bytes). */
const HEAD_START = /^[\s\S]*?<head\b[^>]*>\s*<meta\s+charset="?[\w-]+"?\s*\/?>/i;

/**
 * The page with the hashes of its own inline scripts and styles added to its meta policy, and the policy moved to
 * the top of <head>, right after <meta charset>. A meta policy governs only what the parser meets after it:
 * Astro writes it after whatever a layout puts first (the embed pages' <base target> and theme script, links to
 * stylesheets), and all of that would load unchecked.
 */
export function withInlineHashes(html: string, file: string): string {
  const meta = META.exec(html);
  if (!meta) throw new Error(`${file}: no Content-Security-Policy meta tag (is security.csp set in astro.config.mjs?)`);
  // The attribute value as written uses no entities for these characters; hashes are base64 (no quotes).
  let policy = meta[1]!;
  policy = addSources(policy, 'script-src', inlineScripts(html).map(cspHash));
  policy = addSources(policy, 'style-src', inlineStyles(html).map(cspHash));
  const rest = html.replace(META, '');
  const start = HEAD_START.exec(rest);
  if (!start) throw new Error(`${file}: no <meta charset> at the top of <head>, where the policy must follow it`);
  return `${start[0]}<meta http-equiv="content-security-policy" content="${policy}">${rest.slice(start[0].length)}`;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

export function cspInlineHashes(): AstroIntegration {
  return {
    name: 'csp-inline-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          const updated = withInlineHashes(html, file);
          if (updated !== html) await writeFile(file, updated);
        }
        logger.info(`inline script and style hashes added to the policy of ${files.length} pages`);
      },
    },
  };
}
