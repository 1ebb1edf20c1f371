/**
 * The data downloads (src/lib/exportData.ts): every dataset in src/data/index.ts as CSV and JSON, one row per
 * figure with its source columns. A download must read back to exactly what we published, including notes and
 * titles that contain commas and quotes.
 */
import { describe, expect, it } from 'vitest';
import { csvParse, csvParseRows } from 'd3-dsv';
import { datasets, type Dataset } from '../../src/data/index';
import { sources } from '../../src/data/sources';
import { dataUrl, datasetCsv, datasetJson, EXPORT_COLUMNS, exportRows, findDataset } from '../../src/lib/exportData';

/** What a row looks like after a CSV round trip: every cell is text. */
const asText = (row: Record<string, string | number>) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)]));

describe('the list of datasets', () => {
  it('ids are unique', () => {
    const ids = datasets.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(datasets.map((d) => d.id))('"%s" is URL-safe kebab-case', (id) => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(dataUrl(id, 'csv')).toBe(`/data/${id}.csv`);
    expect(dataUrl(id, 'json')).toBe(`/data/${id}.json`);
  });

  it('findDataset finds each dataset by id and names a missing one', () => {
    for (const d of datasets) expect(findDataset(d.id)).toBe(d);
    expect(() => findDataset('prison-populaton')).toThrow('No dataset "prison-populaton"');
  });
});

describe.each(datasets.map((d) => [d.id, d] as [string, Dataset]))('dataset %s', (_, dataset) => {
  const csv = datasetCsv(dataset);
  const json = JSON.parse(datasetJson(dataset)) as {
    id: string;
    title: string;
    description: string;
    columns: string[];
    rows: Record<string, string | number>[];
  };

  it('has a title, a description and at least one row', () => {
    expect(dataset.title.trim()).not.toBe('');
    expect(dataset.description.trim()).not.toBe('');
    expect(dataset.rows.length).toBeGreaterThan(0);
  });

  it('CSV: the header is EXPORT_COLUMNS and the file ends with a newline', () => {
    expect(csvParseRows(csv)[0]).toEqual([...EXPORT_COLUMNS]);
    expect(csv.endsWith('\n')).toBe(true);
  });

  it('CSV: one line of data per row of the dataset', () => {
    expect(csvParse(csv)).toHaveLength(dataset.rows.length);
  });

  it('CSV: reads back to exactly the exported rows', () => {
    const parsed = csvParse(csv);
    expect(parsed.columns).toEqual([...EXPORT_COLUMNS]);
    expect(parsed.map((r) => ({ ...r }))).toEqual(exportRows(dataset).map(asText));
  });

  it('JSON: id, title, description, columns and rows', () => {
    expect(json).toMatchObject({ id: dataset.id, title: dataset.title, description: dataset.description });
    expect(json.columns).toEqual([...EXPORT_COLUMNS]);
    expect(json.rows).toHaveLength(dataset.rows.length);
    expect(json.rows).toEqual(exportRows(dataset));
  });

  it('JSON: every row has every column, a number as value and its source’s details', () => {
    json.rows.forEach((row, i) => {
      expect(Object.keys(row)).toEqual([...EXPORT_COLUMNS]);
      expect(typeof row['value']).toBe('number');
      const source = sources[dataset.rows[i]!.source];
      expect(row).toMatchObject({
        source_id: dataset.rows[i]!.source,
        source_publisher: source.publisher,
        source_via: source.via ?? '',
        source_title: source.title,
        source_url: source.url,
        source_published: source.published ?? '',
        source_accessed: source.accessed,
        source_language: source.language,
      });
      expect(String(row['source_url'])).toMatch(/^https?:\/\//);
    });
  });
});

describe('CSV quoting', () => {
  const all = datasets.flatMap((d) => exportRows(d).map((row) => ({ dataset: d, row })));

  it('a note with both a comma and a quote round-trips exactly', () => {
    const found = all.find(({ row }) => String(row.note).includes(',') && String(row.note).includes('"'));
    expect(found, 'the data should contain a note with a comma and a quote').toBeDefined();
    const { dataset, row } = found!;
    const parsed = csvParse(datasetCsv(dataset)).find((r) => r['series'] === row.series && r['date'] === row.date);
    expect(parsed?.['note']).toBe(row.note);
  });

  it('a source title with a comma round-trips exactly', () => {
    const found = all.find(({ row }) => String(row.source_title).includes(','));
    expect(found, 'the data should contain a source title with a comma').toBeDefined();
    const { dataset, row } = found!;
    const parsed = csvParse(datasetCsv(dataset)).find((r) => r['series'] === row.series && r['date'] === row.date);
    expect(parsed?.['source_title']).toBe(row.source_title);
  });

  it('quotes, commas and line breaks in a made-up row survive', () => {
    const note = 'He said "more than 300", then, later:\nfewer.';
    const dataset: Dataset = {
      id: 'test',
      title: 'Test',
      description: 'Test',
      rows: [
        {
          series: 'a,b',
          date: '2024',
          value: 1.5,
          unit: 'people',
          qualifier: 'about',
          confidence: 'low',
          note,
          source: 'cnn-2025-03-17',
        },
      ],
    };
    const [row] = csvParse(datasetCsv(dataset));
    expect(row).toMatchObject({ series: 'a,b', value: '1.5', note, qualifier: 'about', source_id: 'cnn-2025-03-17' });
  });
});

describe('CSV cells a spreadsheet would run as formulas', () => {
  const made = (note: string, value = 1.5, series = 'a'): Dataset => ({
    id: 'test',
    title: 'Test',
    description: 'Test',
    rows: [
      {
        series: 'ok',
        date: '2023',
        value: 2,
        unit: 'people',
        qualifier: 'about',
        confidence: 'low',
        note: '',
        source: 'cnn-2025-03-17',
      },
      {
        series,
        date: '2024',
        value,
        unit: 'people',
        qualifier: 'about',
        confidence: 'low',
        note,
        source: 'cnn-2025-03-17',
      },
    ],
  });

  it.each(['=HYPERLINK("https://example.com","x")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1'])(
    'a text cell starting %j fails the export, naming the dataset, row and column',
    (note) => {
      expect(() => datasetCsv(made(note))).toThrow(/dataset "test", row 2, column "note"/);
    },
  );

  it('checks every text column, not only notes', () => {
    expect(() => datasetCsv(made('', 1, '=cmd'))).toThrow(/dataset "test", row 2, column "series"/);
  });

  it('a negative number is a number, not a formula', () => {
    const [, row] = csvParse(datasetCsv(made('fell by a third', -3.5)));
    expect(row?.['value']).toBe('-3.5');
  });

  it('such characters later in a cell are plain text', () => {
    const [, row] = csvParse(datasetCsv(made('from 2 to -3 (=1 in 2); see @source')));
    expect(row?.['note']).toBe('from 2 to -3 (=1 in 2); see @source');
  });
});
