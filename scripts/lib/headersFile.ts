/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages share) and tells which headers a static host
 * would add to a response for a URL path, so the browser tests can load pages under the real deployment headers.
 *
 * Format: a line with a path pattern, then indented `Name: value` lines, or `! Name` lines that detach a header
 * an earlier (broader) rule set; `#` starts a comment. In a pattern, `*` matches any run of characters (slashes
 * included) and `:name` one path segment. Every matching rule applies, in file order: first its detaches, then its
 * headers; a header that is already set gets the new value joined with ", " (Cloudflare Pages' behaviour; our own
 * file never relies on the joining, and a gate checks that).
 *
 * Netlify reads the same file differently in two ways the file is written to survive: it skips `! Name` lines (no
 * colon), and where two matching rules set one header, the later rule's value wins instead of being joined.
 */
import { readFileSync } from 'node:fs';

export interface HeaderRule {
  pattern: string;
  /** Line number of the pattern, for messages. */
  line: number;
  headers: [name: string, value: string][];
  /** Header names this rule removes from what earlier rules set (`! Name`). */
  detach: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), line: i + 1, headers: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detach = /^\s+!\s*([A-Za-z0-9-]+)\s*$/.exec(raw);
    if (rule && detach) {
      rule.detach.push(detach[1]!);
      continue;
    }
    const colon = raw.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path: ${raw}`);
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) =>
      part === '*'
        ? '.*'
        : part.startsWith(':') && part.length > 1
          ? '[^/]+'
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`);
}

export function ruleMatches(rule: HeaderRule, urlPath: string): boolean {
  return patternToRegExp(rule.pattern).test(urlPath);
}

/** The rules that apply to a URL path, in file order. */
export function matchingRules(rules: HeaderRule[], urlPath: string): HeaderRule[] {
  return rules.filter((r) => ruleMatches(r, urlPath));
}

/** Headers a host would add for a URL path (names as written; repeated names joined with ", "). */
export function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of matchingRules(rules, urlPath)) {
    for (const name of rule.detach) {
      for (const key of Object.keys(out)) if (key.toLowerCase() === name.toLowerCase()) delete out[key];
    }
    for (const [name, value] of rule.headers) {
      const key = Object.keys(out).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

export function readHeadersFile(file: string): HeaderRule[] {
  return parseHeadersFile(readFileSync(file, 'utf8'));
}
