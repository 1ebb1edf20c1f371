/**
 * URLs that built pages reference outside of plain attributes, for the link and privacy gates. The pages
 * themselves are read with parse5 (src/lib/build/html.ts).
 */

/** URLs in a srcset attribute (the descriptors dropped). */
export function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** url(...) references in CSS text, excluding data: URIs. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)]
    .map((m) => (m[1] ?? m[2] ?? m[3] ?? '').trim())
    .filter((u) => u !== '' && !u.startsWith('data:') && !u.startsWith('#'));
}
