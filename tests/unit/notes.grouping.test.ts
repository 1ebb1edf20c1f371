/**
 * One note marker per sentence or group of figures, not one per number (src/lib/build/noteGroups.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupNotes, sentenceEnds } from '../../src/lib/build/noteGroups';
import { parseChapter, parseMdx } from '../../src/lib/build/parseChapter';
import { checkChapterTree } from '../../src/lib/build/remarkStoryComponents';

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  children?: Node[];
  attributes?: { name?: string; value?: unknown }[];
}
const attr = (node: Node, name: string) => node.attributes?.find((a) => a.name === name)?.value;

/** The text of a tree with figures as [id] and markers as ^n (the note) or ^n/m (the marker, when it differs). */
function read(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.name === 'Fact') return `[${String(attr(node, 'id'))}]`;
  if (node.name === 'NoteRef') {
    const [n, m, tail] = [attr(node, 'n'), attr(node, 'm'), attr(node, 'tail') ?? ''];
    return `${String(tail)}^${n === m ? String(n) : `${String(n)}/${String(m)}`}`;
  }
  const inner = (node.children ?? []).map(read).join('');
  return node.type === 'paragraph' || node.type === 'mdxJsxFlowElement' ? `${inner}\n` : inner;
}

/** Fictional sources: a fact's source is the letter before its dash ("a-1" comes from source a). */
const sourcesOf = (id: string) => [id.split('-')[0]!];

function group(mdx: string) {
  const tree = parseMdx(mdx) as unknown as Node;
  const notes = groupNotes(tree, sourcesOf);
  return { text: read(tree).trim(), notes };
}

describe('sentence ends', () => {
  it('fall after a full stop, question or exclamation mark, with any closing quote', () => {
    const text = 'One. Two? Three! “Four.” Five';
    expect(sentenceEnds(text).map((i) => text.slice(0, i))).toEqual([
      'One.',
      'One. Two?',
      'One. Two? Three!',
      'One. Two? Three! “Four.”',
    ]);
  });

  it('do not fall after an initial or before a word in lower case', () => {
    expect(sentenceEnds('Robert F. Kennedy Human Rights and the D.C. Circuit')).toEqual([]);
    expect(sentenceEnds('about 2 p.m. that day')).toEqual([]);
  });

  it('fall at the end of a text that ends a sentence before the next figure', () => {
    expect(sentenceEnds('It rose. ')).toEqual([8]);
  });
});

describe('note markers', () => {
  it('put one marker after a sentence with several figures, after its full stop', () => {
    expect(group('It held <Fact id="a-1"/> people in space for <Fact id="a-2"/>. Then it grew.').text).toBe(
      'It held [a-1] people in space for [a-2].^1 Then it grew.',
    );
  });

  it('give each sentence its own marker when the sources differ, and none to a sentence without figures', () => {
    const { text, notes } = group('AP counted <Fact id="a-1"/>. No one else did. CNN counted <Fact id="c-1"/>.');
    expect(text).toBe('AP counted [a-1].^1 No one else did. CNN counted [c-1].^2');
    expect(notes).toEqual([
      { n: 1, facts: ['a-1'], marker: 1 },
      { n: 2, facts: ['c-1'], marker: 2 },
    ]);
  });

  it('group sentences in a row from the same source under one marker, after the last of them', () => {
    const { text, notes } = group(
      'AP counted <Fact id="a-1"/> cells. AP said each held <Fact id="a-2"/>. AP added <Fact id="a-3"/> toilets.',
    );
    expect(text).toBe('AP counted [a-1] cells. AP said each held [a-2]. AP added [a-3] toilets.^1');
    expect(notes).toEqual([{ n: 1, facts: ['a-1', 'a-2', 'a-3'], marker: 1 }]);
  });

  it('do not group sentences from the same source across a sentence without figures or a paragraph', () => {
    expect(group('AP: <Fact id="a-1"/>. Nothing here. AP: <Fact id="a-2"/>.\n\nAP: <Fact id="a-3"/>.').text).toBe(
      'AP: [a-1].^1 Nothing here. AP: [a-2].^2\nAP: [a-3].^3',
    );
  });

  it('list a figure quoted twice in one sentence once', () => {
    expect(group('By <Fact id="a-1" show="date"/> it had reached <Fact id="a-1"/>.').notes).toEqual([
      { n: 1, facts: ['a-1'], marker: 1 },
    ]);
  });

  it('point a later sentence with exactly the figures of an earlier note to that note', () => {
    const { text, notes } = group(
      'On <Fact id="a-1"/> it began.\n\nCNN: <Fact id="c-1"/>.\n\nSince <Fact id="a-1"/>, more.',
    );
    expect(text).toBe('On [a-1] it began.^1\nCNN: [c-1].^2\nSince [a-1], more.^1/3');
    expect(notes.map((n) => n.n)).toEqual([1, 2]);
  });

  it('put the marker at the end of a paragraph that ends without a full stop', () => {
    expect(group('Figures as of <Fact id="a-1"/>').text).toBe('Figures as of [a-1]^1');
  });

  it('count figures inside emphasis or links as part of their sentence', () => {
    expect(group('It was *<Fact id="a-1"/> in all*. [CNN](https://example.org) said <Fact id="c-1"/>.').text).toBe(
      'It was [a-1] in all.^1 CNN said [c-1].^2',
    );
  });

  it('mark sentences inside steps and callouts, including one-line steps', () => {
    const mdx = [
      '<Scrolly chart="cecot-cell" id="cell">',
      '  <Step state={{ occupants: 80 }}>AP: <Fact id="a-1"/>. CNN: <Fact id="c-1"/>.</Step>',
      '</Scrolly>',
      '',
      '<Callout>',
      'AP: <Fact id="a-2"/>.',
      '</Callout>',
    ].join('\n');
    expect(group(mdx).text.replace(/\s+/g, ' ')).toBe('AP: [a-1].^1 CNN: [c-1].^2 AP: [a-2].^3');
  });
});

describe('the word before a marker', () => {
  it('goes into the marker, so that a line never starts with one', () => {
    const tree = parseMdx('They landed that night. CNN counted <Fact id="c-1"/> of them.') as unknown as Node;
    groupNotes(tree, sourcesOf);
    const marker = tree.children![0]!.children!.find((c) => c.name === 'NoteRef')!;
    expect(attr(marker, 'tail')).toBe('them.');
    expect(tree.children![0]!.children!.at(-2)!.value).toBe(' of ');
  });

  it('is only the full stop after a figure', () => {
    const tree = parseMdx('It was <Fact id="c-1"/>. Then more.') as unknown as Node;
    groupNotes(tree, sourcesOf);
    expect(
      attr(
        tree.children![0]!.children!.find((c) => c.name === 'NoteRef')!,
        'tail',
      ),
    ).toBe('.');
  });
});

describe('the published chapters', () => {
  const root = path.join(process.cwd(), 'content', 'chapters');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));

  it.each(files)(
    '%s: every figure is in the note of its sentence, and there are fewer markers than figures',
    (file) => {
      const { tree } = parseChapter(readFileSync(path.join(root, file), 'utf8'));
      const { notes } = checkChapterTree(tree, file);
      const text = read(tree as unknown as Node);
      const figures = [...text.matchAll(/\[([a-z0-9-]+)\]/g)].length;
      const markers = [...text.matchAll(/\^\d+/g)].length;
      if (figures > 1) expect(markers).toBeLessThan(figures);
      // Read in order, each figure is covered by the next marker after it.
      const pending: string[] = [];
      for (const m of text.matchAll(/\[([a-z0-9-]+)\]|\^(\d+)/g)) {
        if (m[1]) pending.push(m[1]);
        else {
          const note = notes.find((n) => n.n === Number(m[2]))!;
          expect(note.facts, `note ${m[2]} of ${file}`).toEqual(expect.arrayContaining(pending));
          pending.length = 0;
        }
      }
      expect(pending, `figures after the last marker of ${file}`).toEqual([]);
    },
  );
});
