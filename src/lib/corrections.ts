/**
 * How the corrections log (src/data/corrections.ts) reaches readers: the words of a note, the address of an
 * entry, a chapter's "Updated" date, and the Atom feed partners follow. Pages and the feed call these with the
 * real log; tests pass fixture logs.
 */
import { corrections, entriesForChapter, newestFirst, type LogEntry } from '../data/corrections';
import type { Language } from '../data/types';
import { formatDate } from './format';
import { t } from './i18n';

/** The corrections page of a language; every language uses the same path, as the sources page does. */
export const correctionsPath = (lang: Language): string => `/${lang}/corrections/`;
/** The Atom feed of a language. */
export const feedPath = (lang: Language): string => `/${lang}/corrections.xml`;
/** An entry's anchor on the corrections page. */
export const entryPath = (lang: Language, entry: LogEntry): string => `${correctionsPath(lang)}#${entry.id}`;

/** "Correction, 3 December 2026" / "Actualización, 3 de diciembre de 2026". */
export function entryLabel(entry: LogEntry, lang: Language): string {
  return t(lang, 'corrections.label', {
    kind: t(lang, `corrections.kind.${entry.kind}`),
    date: formatDate(entry.date, lang),
  });
}

/** What the story said and what it says now, each as a full sentence with its lead-in. */
export function entryTexts(entry: LogEntry, lang: Language): { said: string; says: string } {
  return {
    said: t(lang, 'corrections.said', { text: entry.said[lang] }),
    says: t(lang, 'corrections.says', { text: entry.says[lang] }),
  };
}

/** A chapter's last update: the newest of its frontmatter `updated` and the dates of log entries that name it. */
export function chapterUpdated(
  slug: string,
  frontmatterUpdated: Date | undefined,
  log: readonly LogEntry[] = corrections,
): Date | undefined {
  const times = entriesForChapter(slug, log).map((e) => Date.parse(`${e.date}T00:00:00Z`));
  if (frontmatterUpdated) times.push(frontmatterUpdated.getTime());
  return times.length ? new Date(Math.max(...times)) : undefined;
}

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface FeedInput {
  lang: Language;
  /** The site's origin (astro.config `site`). */
  site: URL;
  /** The feed's date when the log is empty: the story's latest publication or update. */
  siteUpdated: Date;
  log?: readonly LogEntry[];
}

const atomDate = (day: string) => `${day}T00:00:00Z`;

/**
 * The Atom feed (RFC 4287) of a language: one entry per log entry, newest first, each linking to its anchor on
 * the corrections page. Entry ids are their stable URLs, so a reader's feed client never shows one twice.
 */
export function correctionsFeed({ lang, site, siteUpdated, log = corrections }: FeedInput): string {
  const entries = newestFirst(log);
  const abs = (p: string) => new URL(p, site).href;
  const updated = entries[0] ? atomDate(entries[0].date) : siteUpdated.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const x = escapeXml;
  const items = entries.map((e) => {
    const { said, says } = entryTexts(e, lang);
    const url = abs(entryPath(lang, e));
    return [
      '  <entry>',
      `    <id>${x(url)}</id>`,
      `    <title>${x(entryLabel(e, lang))}</title>`,
      `    <published>${atomDate(e.date)}</published>`,
      `    <updated>${atomDate(e.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${x(url)}"/>`,
      `    <category term="${e.kind}" label="${x(t(lang, `corrections.kind.${e.kind}`))}"/>`,
      `    <summary type="text">${x(`${said} ${says}`)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>${x(abs(feedPath(lang)))}</id>`,
    `  <title>${x(t(lang, 'corrections.feedTitle'))}</title>`,
    `  <subtitle>${x(t(lang, 'corrections.dek'))}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${x(t(lang, 'site.author'))}</name><uri>${x(abs(`/${lang}/`))}</uri></author>`,
    `  <link rel="self" type="application/atom+xml" href="${x(abs(feedPath(lang)))}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(abs(correctionsPath(lang)))}"/>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}
