/**
 * The data downloads: each dataset as CSV and JSON, one row per figure with its source columns, so anyone can
 * check a number without reading our code. CSV is written with d3-dsv (quoting and escaping done right).
 */
import { csvFormat } from 'd3-dsv';
import { datasets, type Dataset } from '../data/index';
import { sources } from '../data/sources';

export const EXPORT_COLUMNS = [
  'series',
  'date',
  'value',
  'unit',
  'qualifier',
  'confidence',
  'note',
  'source_id',
  'source_publisher',
  'source_via',
  'source_title',
  'source_url',
  'source_published',
  'source_accessed',
  'source_language',
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number>;

export function exportRows(dataset: Dataset): ExportRow[] {
  return dataset.rows.map((r) => {
    const s = sources[r.source];
    return {
      series: r.series,
      date: r.date,
      value: r.value,
      unit: r.unit,
      qualifier: r.qualifier,
      confidence: r.confidence,
      note: r.note,
      source_id: r.source,
      source_publisher: s.publisher,
      source_via: s.via ?? '',
      source_title: s.title,
      source_url: s.url,
      source_published: s.published ?? '',
      source_accessed: s.accessed,
      source_language: s.language,
    };
  });
}

/**
 * What a spreadsheet takes for the start of a formula when it opens a CSV: =, +, -, @, and a tab or carriage
 * return before them. A text cell (a note, a source title) starting so could run as a formula on a reader's
 * machine, so the export refuses it and the build fails with the place to fix. Numbers are not checked: a negative
 * value is a number to a spreadsheet, and d3-dsv writes it as one.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Throws on the first text cell a spreadsheet would read as a formula, naming the dataset, row and column. */
export function checkCsvCells(dataset: Dataset, rows: ExportRow[]): void {
  for (const [i, row] of rows.entries()) {
    for (const column of EXPORT_COLUMNS) {
      const cell = row[column];
      if (typeof cell === 'string' && FORMULA_START.test(cell))
        throw new Error(
          `CSV export of dataset "${dataset.id}", row ${i + 1}, column "${column}": the text ${JSON.stringify(cell.slice(0, 40))} ` +
            'starts with a character that spreadsheets read as the start of a formula (=, +, -, @, tab, carriage return); reword it',
        );
    }
  }
}

export function datasetCsv(dataset: Dataset): string {
  const rows = exportRows(dataset);
  checkCsvCells(dataset, rows);
  return csvFormat(rows, [...EXPORT_COLUMNS]) + '\n';
}

export function datasetJson(dataset: Dataset): string {
  return (
    JSON.stringify(
      {
        id: dataset.id,
        title: dataset.title,
        description: dataset.description,
        columns: EXPORT_COLUMNS,
        rows: exportRows(dataset),
      },
      null,
      2,
    ) + '\n'
  );
}

export function findDataset(id: string): Dataset {
  const found = datasets.find((d) => d.id === id);
  if (!found) throw new Error(`No dataset "${id}"`);
  return found;
}

export function dataUrl(id: string, ext: 'csv' | 'json'): string {
  return `/data/${id}.${ext}`;
}
