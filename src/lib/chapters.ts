/**
 * Chapters from the content collection, by language and in order. A chapter's file name is NN-slug.mdx: NN
 * gives the order, the slug the URL (/en/slug/), the same slug in every language.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Language } from '../data/types';
import { isLanguage } from './i18n';

export type Chapter = CollectionEntry<'chapters'>;

export interface ChapterRef {
  readonly entry: Chapter;
  readonly lang: Language;
  readonly slug: string;
  readonly number: number;
  readonly url: string;
}

const FILE = /^([a-z]{2})\/(\d{2})-([a-z0-9-]+)$/;

export function describeChapter(entry: Chapter): ChapterRef {
  const m = FILE.exec(entry.id);
  if (!m || !isLanguage(m[1])) {
    throw new Error(`Chapter file "${entry.filePath ?? entry.id}" must be content/chapters/<en|es>/NN-slug.mdx`);
  }
  const lang = m[1];
  return { entry, lang, number: Number(m[2]), slug: m[3]!, url: `/${lang}/${m[3]}/` };
}

export async function chaptersIn(lang: Language): Promise<ChapterRef[]> {
  const all = await getCollection('chapters');
  return all
    .map(describeChapter)
    .filter((c) => c.lang === lang)
    .sort((a, b) => a.number - b.number);
}

/** The page language from its URL (/en/..., /embed/es/...), English when none is given. */
export function languageOfPage(url: URL): Language {
  const segments = url.pathname.split('/').filter(Boolean);
  const found = segments.find((s) => isLanguage(s));
  return found && isLanguage(found) ? found : 'en';
}
