/**
 * The Spanish edition's mechanical conventions (content/README.md, "Spanish edition"), checked on the text the
 * generators write: every fact's note and formula, every source's credit line, and the UI strings. No ISO dates in
 * Spanish prose, no English bracketed notes, and a capital letter after every full stop.
 */
import { describe, expect, it } from 'vitest';
import es from '../../content/i18n/es.json';
import { facts, FACT_IDS } from '../../src/data/facts';
import { sources, SOURCE_IDS } from '../../src/data/sources';
import { formulaIn, t } from '../../src/lib/i18n';
import { creditOf, publishedText, titleOf, viaOf } from '../../src/lib/citation';
import { formatDate, formatFact } from '../../src/lib/format';

const ISO_DATE = /\b\d{4}-\d{2}(?:-\d{2})?\b/;
/** A full stop followed by a lower-case letter ("…2026. cifra de …"), outside numbers and abbreviations. */
const LOWER_AFTER_STOP = /[a-záéíóúñ)\d”]\. +[a-záéíóúñ]/;
const ENGLISH_IN_BRACKETS = /\[[^\]]*\b(?:the|and|of|report|page|wording|copy|from)\b[^\]]*\]/i;

/** A chapter note as ChapterNotes.astro writes it. */
function noteOf(id: (typeof FACT_IDS)[number]): string {
  const f = facts[id];
  return [
    `${formatFact(f, 'es')}.`,
    t('es', 'notes.refersTo', { date: formatDate(f.date, 'es') }),
    f.formula ? t('es', 'notes.derived', { formula: formulaIn('es', f.formula) }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** A source line as the sources page writes it. */
function sourceLine(id: (typeof SOURCE_IDS)[number]): string {
  const via = viaOf(id, 'es');
  return [
    `“${titleOf(id, 'es').text}”, ${publishedText(id, 'es')}; ${t('es', 'sources.accessed', { date: formatDate(sources[id].accessed, 'es') })}.`,
    via ? `${t('es', 'sources.via', { via })}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

describe('Spanish generated text', () => {
  it.each(FACT_IDS)('the note of %s has no ISO date and a capital after each full stop', (id) => {
    const note = noteOf(id);
    expect(note).not.toMatch(ISO_DATE);
    expect(note).not.toMatch(LOWER_AFTER_STOP);
  });

  it.each(SOURCE_IDS)('the source line of %s reads as Spanish prose', (id) => {
    const line = sourceLine(id);
    expect(line).not.toMatch(ISO_DATE);
    expect(line).not.toMatch(LOWER_AFTER_STOP);
    if (titleOf(id, 'es').lang === 'es') expect(line).not.toMatch(ENGLISH_IN_BRACKETS);
    expect(creditOf(id, 'es')).toMatch(/^[A-Z0-9ÁÉÍÓÚÑ]/);
  });

  it('the credit line names job titles in lower case, set off with commas', () => {
    expect(t('es', 'sources.via', { via: viaOf('elmundo-villatoro-89000', 'es')! })).toBe(
      'Origen de la cifra: el ministro de Seguridad, Gustavo Villatoro',
    );
  });

  it.each(Object.entries(es))(
    'UI string %s has no ISO date, no English bracket, no lower case after a full stop',
    (_, text) => {
      expect(text).not.toMatch(ISO_DATE);
      expect(text).not.toMatch(ENGLISH_IN_BRACKETS);
      expect(text).not.toMatch(LOWER_AFTER_STOP);
    },
  );
});
