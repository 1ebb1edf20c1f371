/**
 * How a source is cited to readers: publisher, title (in its own language), date, and who produced the figure.
 * Used by chapter notes, the sources page and chart source lines, so citations read the same everywhere.
 */
import { sources, type SourceId } from '../data/sources';
import type { Language, Source } from '../data/types';
import { formatDate } from './format';
import { t } from './i18n';

export function sourceRecord(id: SourceId): Source {
  return sources[id];
}

/** "El Salvador Now, 15 April 2025" — short form for source lines under charts. */
export function shortCitation(id: SourceId, lang: Language): string {
  const s = sources[id];
  return s.published ? `${s.publisher}, ${formatDate(s.published, lang)}` : s.publisher;
}

/**
 * The short name credited under a chart: an explicit `credit`, else who produced the figure (the part of `via`
 * before any comma: "AP, citing Cristosal" → "AP"), else the publisher without its parenthetical.
 */
export function creditOf(id: SourceId): string {
  const s = sources[id];
  return s.credit ?? s.via?.split(',')[0]?.trim() ?? s.publisher.replace(/\s*\(.*\)$/, '');
}

/** Credits named once each, in order, with the first source's URL for each, for a chart's source line. */
export function creditsOf(ids: readonly SourceId[]): { name: string; url: string }[] {
  const seen = new Map<string, string>();
  for (const id of ids) if (!seen.has(creditOf(id))) seen.set(creditOf(id), sources[id].url);
  return [...seen].map(([name, url]) => ({ name, url }));
}

/** The date part of a full citation: "published 8 April 2024" or "undated copy". */
export function publishedText(id: SourceId, lang: Language): string {
  const s = sources[id];
  return s.published ? t(lang, 'sources.published', { date: formatDate(s.published, lang) }) : t(lang, 'sources.undated');
}

/** Anchor on the sources page for a source. */
export function sourceAnchor(id: SourceId): string {
  return `source-${id}`;
}
