/**
 * A small HTML tokenizer for the gates that read built files (links, JS weight, CSP hashes, sharing tags).
 *
 * Why not a full parser: the input is our own build output (Astro writes quoted attributes and well-formed
 * tags), the gates only need start tags, their attributes and the text of <script>/<style> elements, and a
 * dependency-free reader keeps the gates independent of transitive packages. Comments are skipped; the content of
 * <script>, <style>, <textarea> and <title> is raw text (never read as tags); attribute values are decoded.
 */

export interface Tag {
  /** Lower-case element name. */
  name: string;
  /** Attributes, names lower-cased, values decoded; a bare attribute has the value ''. */
  attrs: Map<string, string>;
  /** Offset of the `<` in the source. */
  start: number;
  /** For raw-text elements (script, style, textarea, title): their text, as written. */
  text?: string;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes character references in text or an attribute value (named ones we meet in builds, and numeric). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;

/** Every start tag in document order (end tags and comments are skipped). */
export function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const nameMatch = /^<([a-zA-Z][\w:-]*)/.exec(html.slice(lt, lt + 64));
    if (!nameMatch) {
      i = lt + 1;
      continue;
    }
    const name = nameMatch[1]!.toLowerCase();
    let j = lt + nameMatch[0].length;
    const attrs = new Map<string, string>();
    // Read attributes until the tag's closing `>` (which may not appear inside a quoted value).
    for (;;) {
      while (j < html.length && /\s|\//.test(html[j]!)) j++;
      if (j >= html.length || html[j] === '>') break;
      ATTR.lastIndex = j;
      const m = ATTR.exec(html);
      if (!m) {
        j++;
        continue;
      }
      const key = m[1]!.toLowerCase();
      if (!attrs.has(key)) attrs.set(key, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
      j = ATTR.lastIndex;
    }
    const tag: Tag = { name, attrs, start: lt };
    i = j + 1;
    if (RAW_TEXT.has(name)) {
      // Searched case-insensitively in the original string (a lower-cased copy can differ in length).
      const closing = new RegExp(`</${name}`, 'ig');
      closing.lastIndex = i;
      const close = closing.exec(html)?.index ?? -1;
      const end = close === -1 ? html.length : close;
      tag.text = html.slice(i, end);
      i = end;
    }
    tags.push(tag);
  }
  return tags;
}

/** Inline <script> elements that a browser executes (no src, a JavaScript type), with their exact text. */
export function executableInlineScripts(tags: Tag[]): string[] {
  return tags
    .filter((t) => t.name === 'script' && !t.attrs.has('src') && isJavaScriptType(t.attrs.get('type')))
    .map((t) => t.text ?? '');
}

/** True for the script types a browser runs (classic or module); false for data blocks such as JSON-LD. */
export function isJavaScriptType(type: string | undefined): boolean {
  if (type === undefined || type.trim() === '') return true;
  const t = type.trim().toLowerCase();
  return t === 'module' || t === 'text/javascript' || t === 'application/javascript';
}

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
