/**
 * `npm run new:fact` (scripts/lib/newFact.ts): a figure typed on the command line becomes a record of
 * content/data/facts.yaml that the site reads as it reads the others, and a wrong field writes nothing.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newFact, type NewFact } from '../../scripts/lib/newFact';
import { parseFacts } from '../../src/data/factsFile';
import { SOURCE_IDS } from '../../src/data/sources';
import { FACT_IDS } from '../../src/data/facts';

let root = '';
const files = () => ({
  facts: path.join(root, 'content/data/facts.yaml'),
  sources: path.join(root, 'content/data/sources.yaml'),
});
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'new-fact-'));
  cpSync('content/data', path.join(root, 'content/data'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const fact: NewFact = {
  id: 'men-interviewed-relatives',
  value: '150',
  unit: 'count',
  date: '2025-11-12',
  source: 'cnn-localnews8-2025-11-11',
  confidence: 'high',
  qualifier: 'about',
  note: 'Relatives, lawyers and others: not former detainees.',
  noteEs: 'Familiares, abogados y otras personas: no exdetenidos.',
  comment: 'The report also interviewed about 150 relatives, lawyers and others.',
};

describe('new:fact', () => {
  it('appends a record that reads back as the fact typed, and leaves the rest of the file as it was', () => {
    const before = readFileSync(files().facts, 'utf8');
    expect(newFact(fact, files(), new Set(FACT_IDS))).toHaveProperty('written');
    const after = readFileSync(files().facts, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after).toContain(
      '# The report also interviewed about 150 relatives, lawyers and others.\nmen-interviewed-relatives:\n',
    );
    const parsed = parseFacts(after, new Set(SOURCE_IDS));
    expect(parsed.problems).toEqual([]);
    expect(parsed.facts['men-interviewed-relatives']).toEqual({
      value: 150,
      unit: 'count',
      date: '2025-11-12',
      sources: ['cnn-localnews8-2025-11-11'],
      confidence: 'high',
      qualifier: 'about',
      note: 'Relatives, lawyers and others: not former detainees.',
      noteEs: 'Familiares, abogados y otras personas: no exdetenidos.',
    });
  });

  it('refuses, writing nothing, a figure the file would refuse, with every reason', () => {
    const before = readFileSync(files().facts, 'utf8');
    const outcome = newFact(
      { ...fact, value: '1,600', source: 'cnn-localnews8-2025-11-1', noteEs: undefined },
      files(),
      new Set(FACT_IDS),
    );
    expect(outcome).toEqual({
      refused: [
        expect.stringMatching(/field "value": expected a number .*got "1,600"/),
        expect.stringMatching(
          /field "source": unknown source id "cnn-localnews8-2025-11-1" .*closest: "cnn-localnews8-2025-11-11"/,
        ),
        expect.stringMatching(/field "es.note": missing/),
      ],
    });
    expect(readFileSync(files().facts, 'utf8')).toBe(before);
  });

  it('refuses an id another fact has, in the file or in a dataset', () => {
    expect(newFact({ ...fact, id: 'men-interviewed' }, files(), new Set(FACT_IDS))).toEqual({
      refused: ['the fact id "men-interviewed" is taken; choose another'],
    });
    expect(newFact({ ...fact, id: 'men-sent-to-cecot' }, files(), new Set(FACT_IDS))).toHaveProperty('refused');
  });

  it('writes a date fact without a value', () => {
    const { value: _value, qualifier: _qualifier, note: _note, noteEs: _noteEs, ...rest } = fact;
    expect(newFact({ ...rest, id: 'report-day', unit: 'date' }, files(), new Set(FACT_IDS))).toHaveProperty('written');
    const parsed = parseFacts(readFileSync(files().facts, 'utf8'), new Set(SOURCE_IDS));
    expect(parsed.facts['report-day']).toMatchObject({ unit: 'date', date: '2025-11-12' });
  });
});
