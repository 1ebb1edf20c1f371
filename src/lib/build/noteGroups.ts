/**
 * One note marker per sentence, not per number. Editors write plain `<Fact id="..."/>` tags; this finds the
 * sentences of a chapter that quote figures and places one marker (`<NoteRef n="..." facts="...">`) after each,
 * whose note lists every figure of the sentence with its source. Two sentences in a row of the same paragraph that
 * quote the same source(s) share one marker, after the second, so one story quoted twice is cited once.
 *
 * A sentence quoting exactly the figures of an earlier note points to that note again. Markers are inserted
 * into the MDX tree by the remark plugin (remarkStoryComponents), after its checks: `n` is the note's number, `m`
 * the marker's own (for its element ids), `facts` the figures it covers, `tail` the text it follows without a
 * space (the sentence's last word and full stop), which it prints.
 */

/** A note: its number, the fact ids of its figures (in order, each once) and the first marker that opens it. */
export interface NoteGroup {
  n: number;
  facts: string[];
  marker: number;
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  children?: Node[];
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** Inline (phrasing) node types: a block holding any of them is a run of sentences. */
const PHRASING = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'inlineCode',
  'break',
  'image',
  'imageReference',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'html',
]);

/**
 * Where sentences end in a text: ".", "!", "?" or "…", with any closing quotes or brackets, before a space or the
 * end of the text, unless the full stop follows an initial ("Robert F. Kennedy", "D.C.") or the next word starts
 * in lower case.
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(/[.!?…]["”’»)\]]*(?=\s|$)/gu)) {
    const before = text.slice(0, m.index);
    if (m[0].startsWith('.') && /(?:^|[\s(.])\p{Lu}$/u.test(before)) continue;
    const after = text.slice(m.index + m[0].length);
    if (/^\s+\p{Ll}/u.test(after)) continue;
    ends.push(m.index + m[0].length);
  }
  return ends;
}

type Token =
  { kind: 'fact'; id: string } | { kind: 'text'; node: Node; parent: Node } | { kind: 'end'; container: Node };

/** The inline content of a block in reading order: texts (at any depth) and facts, then the block's end. */
function tokensOf(container: Node): Token[] {
  const out: Token[] = [];
  const walk = (parent: Node) => {
    for (const child of parent.children ?? []) {
      if (child.type === 'mdxJsxTextElement' && child.name === 'Fact') {
        const id = child.attributes?.find((a) => a.name === 'id')?.value;
        if (typeof id === 'string') out.push({ kind: 'fact', id });
      } else if (child.type === 'text') out.push({ kind: 'text', node: child, parent });
      else if (PHRASING.has(child.type)) walk(child);
    }
  };
  walk(container);
  out.push({ kind: 'end', container });
  return out;
}

/** Blocks whose children include inline content (paragraphs, headings, one-line steps), in reading order. */
function containersOf(tree: Node): Node[] {
  const out: Node[] = [];
  const visit = (node: Node) => {
    if (PHRASING.has(node.type)) return;
    if (node.children?.some((c) => PHRASING.has(c.type))) out.push(node);
    else node.children?.forEach(visit);
  };
  visit(tree);
  return out;
}

/** Where a marker goes: after `offset` characters of a text node, or at the end of a block. */
type Place = { node: Node; parent: Node; offset: number } | { container: Node };

/**
 * Groups the facts of a chapter tree into notes, inserts one `NoteRef` marker per group and returns the notes in
 * reading order. `sourcesOf` gives a fact's source ids (the grouping key for sentences in a row).
 */
export function groupNotes(tree: unknown, sourcesOf: (factId: string) => readonly string[]): NoteGroup[] {
  const groups: { facts: string[]; sources: string; place: Place }[] = [];
  for (const container of containersOf(tree as Node)) {
    let sentence: string[] = [];
    // The group the previous sentence closed, while the sentences run on without one lacking figures.
    let previous: (typeof groups)[number] | undefined;
    const close = (place: Place) => {
      if (sentence.length === 0) {
        previous = undefined;
        return;
      }
      const facts = [...new Set(sentence)];
      const sources = [...new Set(facts.flatMap((id) => sourcesOf(id)))].sort().join(' ');
      if (previous && previous.sources === sources) {
        previous.facts = [...new Set([...previous.facts, ...facts])];
        previous.place = place;
      } else {
        previous = { facts, sources, place };
        groups.push(previous);
      }
      sentence = [];
    };
    for (const token of tokensOf(container)) {
      if (token.kind === 'fact') sentence.push(token.id);
      else if (token.kind === 'end') close({ container: token.container });
      else
        for (const offset of sentenceEnds(token.node.value ?? ''))
          close({ node: token.node, parent: token.parent, offset });
    }
  }

  // A group that quotes exactly the figures of an earlier one reuses its note, as a figure quoted twice did.
  const noteOf = new Map<string, number>();
  const notes: NoteGroup[] = [];
  const markers = groups.map((g, i) => {
    const key = [...g.facts].sort().join(' ');
    let n = noteOf.get(key);
    if (n === undefined) {
      n = notes.length + 1;
      noteOf.set(key, n);
      notes.push({ n, facts: g.facts, marker: i + 1 });
    }
    return { ...g, n, m: i + 1 };
  });
  // Insert from the last place back, so that earlier offsets in a split text stay right.
  for (const g of markers.reverse()) {
    const marker: Node = {
      type: 'mdxJsxTextElement',
      name: 'NoteRef',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'n', value: String(g.n) },
        { type: 'mdxJsxAttribute', name: 'm', value: String(g.m) },
        { type: 'mdxJsxAttribute', name: 'facts', value: g.facts.join(' ') },
      ],
      children: [],
    };
    // The word before the marker goes into it ("prison." + marker), which keeps them on one line: a line may
    // otherwise break before the marker's button, as before any inline block.
    const withTail = (text: string) => {
      const tail = /\S+$/u.exec(text)?.[0] ?? '';
      if (tail) marker.attributes!.push({ type: 'mdxJsxAttribute', name: 'tail', value: tail });
      return text.slice(0, text.length - tail.length);
    };
    if ('container' in g.place) {
      const children = g.place.container.children!;
      const last = children.at(-1);
      if (last?.type === 'text') last.value = withTail(last.value ?? '');
      children.push(marker);
      continue;
    }
    const { node, parent, offset } = g.place;
    const text = node.value ?? '';
    const at = parent.children!.indexOf(node);
    const rest: Node[] = offset < text.length ? [{ type: 'text', value: text.slice(offset) }] : [];
    node.value = withTail(text.slice(0, offset));
    parent.children!.splice(at + 1, 0, marker, ...rest);
  }
  return notes;
}
