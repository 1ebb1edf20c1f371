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

export function datasetCsv(dataset: Dataset): string {
  return csvFormat(exportRows(dataset), [...EXPORT_COLUMNS]) + '\n';
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
