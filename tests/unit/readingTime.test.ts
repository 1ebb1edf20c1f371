/**
 * Reading time on the front page's chapter cards (src/lib/readingTime.ts): the words a reader reads, at 200 a
 * minute, rounded up.
 */
import { describe, expect, it } from 'vitest';
import { readingMinutes, wordCount, WORDS_PER_MINUTE } from '../../src/lib/readingTime';

const text = [
  '---',
  'title: Not counted',
  'dek: Nor this',
  '---',
  '',
  'They sent <Fact id="men-sent-to-cecot"/> men on **one** night.',
  '',
  '<Scrolly chart="cecot-cell" id="cell">',
  '  <Step state={{ occupants: 80 }}>Eighty people in one cell.</Step>',
  '</Scrolly>',
].join('\n');

describe('reading time', () => {
  it('counts the prose and the step cards, a figure as one word, and no frontmatter, component or prop', () => {
    // They sent 261 men on one night (7) + Eighty people in one cell (5).
    expect(wordCount(text)).toBe(12);
  });

  it('rounds up to whole minutes, never under one', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes(words(WORDS_PER_MINUTE))).toBe(1);
    expect(readingMinutes(words(WORDS_PER_MINUTE + 1))).toBe(2);
    expect(readingMinutes(words(WORDS_PER_MINUTE * 5))).toBe(5);
  });
});
