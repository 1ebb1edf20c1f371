/**
 * How a source is cited to readers: publisher, title (in its own language), date, and who produced the figure.
 * Used by chapter notes, the sources page and chart source lines, so citations read the same everywhere.
 */
import { sources, sourcesEs, type SourceId } from '../data/sources';
import type { Language } from '../data/types';
import { formatDate } from './format';
import { t } from './i18n';

/** The publisher's name with its note ("Webjosh (copy of CNN)") in the reader's language (`es:` in sources.yaml). */
export function publisherOf(id: SourceId, lang: Language): string {
  const p = sources[id].publisher;
  return lang === 'es' ? (sourcesEs[id]?.publisher ?? p) : p;
}

/**
 * The publisher readers see in a chapter's notes: for a copy or a wire story, whoever published it first ("CNN" for
 * "Webjosh (copy of CNN)", "AP" for "KESQ (AP)", "World Prison Brief" for its copy on GitHub); any other publisher
 * as written ("El Heraldo (Honduras)"). Which copy was read stays on the sources page, with its address.
 */
export function originalPublisherOf(id: SourceId, lang: Language): string {
  const publisher = publisherOf(id, lang);
  const m = /^(.+?) \((.+)\)$/s.exec(publisher);
  if (!m) return publisher;
  const [, site, note] = m as unknown as [string, string, string];
  const copy = /^(?:copy of|republication of|copia del?|republicación de) (.+)$/.exec(note);
  if (copy) return copy[1]!.replace(/^the /, '');
  // A copy whose original is the site's own name (the World Prison Brief on GitHub), or of unknown origin.
  if (/^(?:copy on|copia en|republication$|republicación$)/.test(note)) return site;
  // A wire or network story carried by a news site, "KESQ (AP)", "Liputan6 (AFP photo captions)": the note names
  // the producer that `via` gives first.
  const producer = viaOf(id, 'en')?.split(',')[0]?.trim();
  if (producer && (sources[id].publisher.endsWith(`(${producer})`) || note.includes(producer))) return producer;
  return publisher;
}

/** Who produced the figure, in the reader's language; undefined when the publisher did. */
export function viaOf(id: SourceId, lang: Language): string | undefined {
  const v = sources[id].via;
  return v !== undefined && lang === 'es' ? (sourcesEs[id]?.via ?? v) : v;
}

/**
 * The page's title and the language it is written in, or our description of a page without a headline
 * (`described`: readers see it as a description, without quotation marks). A real headline stays in its own
 * language in every edition; a description is given in the edition's language.
 */
export function titleOf(id: SourceId, lang: Language): { text: string; lang: string; described: boolean } {
  const s = sources[id];
  const es = lang === 'es' ? sourcesEs[id]?.title : undefined;
  const [text, textLang] = es ? [es, lang] : [s.title, s.language];
  // sources.yaml refuses brackets in a headline, so a bracketed title is always one of our descriptions.
  const described = /^\[.*\]$/s.test(text);
  return { text: described ? text.slice(1, -1) : text, lang: described ? lang : textLang, described };
}

/**
 * The short name credited under a chart: an explicit `credit`, else who produced the figure (the part of `via`
 * before any comma: "AP, citing Cristosal" → "AP"), else the publisher without its parenthetical.
 */
export function creditOf(id: SourceId, lang: Language = 'en'): string {
  const s = sources[id];
  if (s.credit) return s.credit;
  const creditEs = lang === 'es' ? sourcesEs[id]?.credit : undefined;
  if (creditEs) return creditEs;
  // The Spanish `via` is a phrase with its article ("la Dirección General…"); a credit is a name.
  const via = viaOf(id, lang)
    ?.split(',')[0]
    ?.trim()
    .replace(/^(?:el|la|los|las) (.)/, (_, c: string) => c.toUpperCase());
  return via ?? publisherOf(id, lang).replace(/\s*\(.*\)$/, '');
}

/** Credits named once each, in order, with the first source's URL for each, for a chart's source line. */
export function creditsOf(ids: readonly SourceId[], lang: Language = 'en'): { name: string; url: string }[] {
  const seen = new Map<string, string>();
  for (const id of ids) if (!seen.has(creditOf(id, lang))) seen.set(creditOf(id, lang), sources[id].url);
  return [...seen].map(([name, url]) => ({ name, url }));
}

/** The date part of a full citation: "published 8 April 2024" or "undated copy". */
export function publishedText(id: SourceId, lang: Language): string {
  const s = sources[id];
  return s.published
    ? t(lang, 'sources.published', { date: formatDate(s.published, lang) })
    : t(lang, 'sources.undated');
}

/** Anchor on the sources page for a source. */
export function sourceAnchor(id: SourceId): string {
  return `source-${id}`;
}
