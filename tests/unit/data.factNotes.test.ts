/**
 * The `note` written on a figure in the data module reaches the chapter footnote (ChapterNotes.astro) through the
 * fact that quotes it. Notes are written in English only; the English edition shows them.
 */
import { describe, expect, it } from 'vitest';
import { facts } from '../../src/data/facts';
import { transfer } from '../../src/data/transfer';

describe('fact notes', () => {
  it('a fact carries the note of the figure it quotes', () => {
    expect(facts['venezuelans-sent'].note).toBe(transfer.venezuelansSent.note);
    expect(facts['venezuelans-sent'].note).toBe('Accused by the US government of belonging to Tren de Aragua.');
  });

  it('a date fact does not: the note describes the figure, not the day', () => {
    expect(facts['transfer-date'].note).toBeUndefined();
  });
});
