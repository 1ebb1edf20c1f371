/**
 * Chapters from the content collection, by language and in order. A chapter's file name is NN-slug.mdx: NN
 * gives the order, the slug the chapter's key (the same in every language: it pairs the two files and is what
 * the corrections log names). Its address is /<lang>/<slug>/, where the slug is the frontmatter `slug` if it has
 * one (Spanish chapters have Spanish slugs), else the file name's; the file name's address then redirects.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Language } from '../data/types';
import { LANGUAGES, isLanguage } from './i18n';
import { chapterPath } from './chapterFile';

export type Chapter = CollectionEntry<'chapters'>;

export interface ChapterRef {
  readonly entry: Chapter;
  readonly lang: Language;
  /** The file name's slug, the same in every language (`prison-population`). */
  readonly key: string;
  /** The slug of the chapter's address in its language (`poblacion-penitenciaria`). */
  readonly slug: string;
  readonly number: number;
  /** The chapter's URL path (`/es/poblacion-penitenciaria/`). */
  readonly url: string;
  /** The file name's address when it is not `url`: it redirects there (`/es/prison-population/`). */
  readonly formerUrl?: string | undefined;
}

const FILE = /^([a-z]{2})\/(\d{2})-([a-z0-9-]+)$/;

export function describeChapter(entry: Chapter): ChapterRef {
  const m = FILE.exec(entry.id);
  if (!m || !isLanguage(m[1])) {
    throw new Error(`Chapter file "${entry.filePath ?? entry.id}" must be content/chapters/<en|es>/NN-slug.mdx`);
  }
  const lang = m[1];
  const key = m[3]!;
  const slug = entry.data.slug ?? key;
  const url = chapterPath(lang, key, slug);
  const former = chapterPath(lang, key);
  return { entry, lang, key, slug, number: Number(m[2]), url, formerUrl: former === url ? undefined : former };
}

export async function chaptersIn(lang: Language): Promise<ChapterRef[]> {
  const all = await getCollection('chapters');
  return all
    .map(describeChapter)
    .filter((c) => c.lang === lang)
    .sort((a, b) => a.number - b.number);
}

/**
 * The same page in every language, by URL path: a chapter's twin at its own slug (/en/prison-population/ and
 * /es/poblacion-penitenciaria/), any other page under the other language's prefix (/en/sources/, /es/sources/).
 * Undefined for pages outside the /<lang>/ editions (the root, embeds).
 */
export async function editionsOf(pathname: string): Promise<Record<Language, string> | undefined> {
  const [, first = '', ...rest] = pathname.split('/');
  if (!isLanguage(first)) return undefined;
  const chapters = (await getCollection('chapters')).map(describeChapter);
  const here = chapters.find((c) => c.lang === first && c.url === pathname);
  const editions = {} as Record<Language, string>;
  for (const lang of LANGUAGES) {
    const twin = here && chapters.find((c) => c.lang === lang && c.key === here.key);
    editions[lang] = twin ? twin.url : `/${lang}/${rest.join('/')}`;
  }
  return editions;
}

/** The page language from its URL (/en/..., /embed/es/...), English when none is given. */
export function languageOfPage(url: URL): Language {
  const segments = url.pathname.split('/').filter(Boolean);
  const found = segments.find((s) => isLanguage(s));
  return found && isLanguage(found) ? found : 'en';
}
