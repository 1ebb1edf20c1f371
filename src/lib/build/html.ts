/**
 * Reading built HTML: the elements of a page with their attributes, through parse5 (the WHATWG parsing algorithm,
 * as a browser reads the page). The CSP step, the quality gates and the benchmark all read pages through here.
 *
 * Parsed with scripting off, so the content of <noscript> is elements (its fallback images are links and requests
 * like any other), as a reader without JavaScript gets it.
 */
import { parse, type DefaultTreeAdapterTypes as Nodes } from 'parse5';

export interface Tag {
  /** Lower-case element name. */
  name: string;
  /** Attributes, names lower-cased, values decoded; a bare attribute has the value ''. */
  attrs: Map<string, string>;
  /** For <script> and <style>: their text, exactly as written. */
  text?: string;
}

const RAW_TEXT = new Set(['script', 'style']);

/** Every element in document order, those inside <template> and <noscript> included. */
export function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  const visit = (node: Nodes.ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      // Names as written, lower-cased (parse5 gives SVG's camelCase ones, and xlink:href as href with a prefix).
      const attrs = child.attrs.map(
        (a) => [(a.prefix ? `${a.prefix}:${a.name}` : a.name).toLowerCase(), a.value] as const,
      );
      const tag: Tag = { name: child.tagName.toLowerCase(), attrs: new Map(attrs) };
      if (RAW_TEXT.has(child.tagName))
        tag.text = child.childNodes.map((n) => (n.nodeName === '#text' ? (n as Nodes.TextNode).value : '')).join('');
      tags.push(tag);
      visit(child.tagName === 'template' ? (child as Nodes.Template).content : child);
    }
  };
  visit(parse(html, { scriptingEnabled: false }));
  return tags;
}

/** Inline <script> elements that a browser executes (no src, a JavaScript type), with their exact text. */
export function executableInlineScripts(tags: readonly Tag[]): string[] {
  return tags
    .filter((t) => t.name === 'script' && !t.attrs.has('src') && isJavaScriptType(t.attrs.get('type')))
    .map((t) => t.text ?? '');
}

/** Text of each inline <style> element. */
export function inlineStyleTexts(tags: readonly Tag[]): string[] {
  return tags.filter((t) => t.name === 'style').map((t) => t.text ?? '');
}

/** True for the script types a browser runs (classic or module); false for data blocks such as JSON-LD. */
export function isJavaScriptType(type: string | undefined): boolean {
  if (type === undefined || type.trim() === '') return true;
  const t = type.trim().toLowerCase();
  return t === 'module' || t === 'text/javascript' || t === 'application/javascript';
}
