/**
 * The two files of a new chapter, English and Spanish, for `npm run new:chapter -- NN slug [spanish-slug]`. They pass
 * the content check and the build as written: valid frontmatter, a paragraph with <Fact>s and a <Scrolly> with one
 * step.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHAPTER_FILE, CHAPTER_SLUG, RESERVED_SLUGS, chapterPath } from '../../src/lib/chapterFile';
import { chapterAddresses } from '../../src/lib/chapterAddresses';

const LANGUAGES = ['en', 'es'] as const;

/** Frontmatter as editors write it; the title is quoted because it holds a colon. */
const frontmatter = ({ title, ...plain }: Record<string, string>) =>
  ['---', `title: ${JSON.stringify(title)}`, ...Object.entries(plain).map(([k, v]) => `${k}: ${v}`), '---', ''].join(
    '\n',
  );

function texts(slug: string, published: string, spanishSlug?: string): Record<(typeof LANGUAGES)[number], string> {
  const name = slug.replace(/-/g, ' ');
  const step = "window: [1992, 2019], series: ['wpb', 'government']";
  return {
    en: [
      frontmatter({
        title: `New chapter: ${name}`,
        navTitle: name.slice(0, 40),
        dek: 'Replace this with one or two sentences that say what the chapter tells.',
        published,
      }),
      '{/* Replace the text below. content/README.md lists the components, the charts and the facts. */}',
      '',
      'Every figure comes from the data module through a fact: on <Fact id="transfer-date"/>, <Fact id="men-sent-to-cecot"/> men were flown to CECOT.',
      '',
      '<Scrolly chart="prison-population">',
      `  <Step state={{ ${step} }}>Replace the text of this step. The chart shows the state written in it.</Step>`,
      '</Scrolly>',
      '',
    ].join('\n'),
    es: [
      frontmatter({
        title: `Capítulo nuevo: ${name}`,
        navTitle: name.slice(0, 40),
        dek: 'Sustituya esto por una o dos frases que digan lo que cuenta el capítulo.',
        published,
        ...(spanishSlug ? { slug: spanishSlug } : {}),
      }),
      '{/* Sustituya el texto. content/README.md describe los componentes, los gráficos y los datos. */}',
      '',
      'Cada cifra viene del módulo de datos a través de un dato: el <Fact id="transfer-date"/>, <Fact id="men-sent-to-cecot"/> hombres fueron enviados al CECOT.',
      '',
      '<Scrolly chart="prison-population">',
      `  <Step state={{ ${step} }}>Sustituya el texto de este paso. El gráfico muestra el estado escrito en él.</Step>`,
      '</Scrolly>',
      '',
    ].join('\n'),
  };
}

/**
 * Writes content/chapters/{en,es}/NN-slug.mdx under `chapters`, the Spanish one with `slug: <spanishSlug>` when
 * given, or returns why it will not: a malformed number or slug, a file that exists (nothing is overwritten), a
 * number or an address another chapter uses.
 */
export function newChapter(
  chapters: string,
  number: string | undefined,
  slug: string | undefined,
  published: string,
  spanishSlug?: string,
): { written: string[] } | { refused: string } {
  if (!number || !/^\d\d$/.test(number) || number === '00')
    return {
      refused: `the chapter number must be two digits from 01 to 99, like 07; got ${JSON.stringify(number ?? '')}.`,
    };
  if (!slug || !CHAPTER_FILE.test(`${number}-${slug}.mdx`))
    return {
      refused: `the slug becomes the chapter's URL: lowercase letters, digits and single hyphens, like the-courts; got ${JSON.stringify(slug ?? '')}.`,
    };
  if (spanishSlug !== undefined && (!CHAPTER_SLUG.test(spanishSlug) || RESERVED_SLUGS.includes(spanishSlug)))
    return {
      refused: `the Spanish slug becomes the chapter's Spanish URL: lowercase letters a-z without accents, digits and single hyphens, like las-carceles, and not ${RESERVED_SLUGS.join(', ')}; got ${JSON.stringify(spanishSlug)}.`,
    };
  const name = `${number}-${slug}.mdx`;
  for (const lang of LANGUAGES) {
    const file = path.join(chapters, lang, name);
    if (existsSync(file)) return { refused: `${file} exists; nothing was written (this command never overwrites).` };
  }
  for (const lang of LANGUAGES) {
    const others = existsSync(path.join(chapters, lang)) ? readdirSync(path.join(chapters, lang)) : [];
    const sameNumber = others.find((f) => f.startsWith(`${number}-`));
    if (sameNumber)
      return {
        refused: `number ${number} is taken by ${lang}/${sameNumber}. To put the new chapter before it, first rename that chapter and the ones after it to the next numbers (in both language folders; their slugs and URLs stay the same), then run this again. See "Order of chapters" in content/README.md.`,
      };
    const sameSlug = others.find((f) => f.endsWith(`-${slug}.mdx`) && CHAPTER_FILE.exec(f)?.[2] === slug);
    if (sameSlug) return { refused: `the slug "${slug}" (its URL) is taken by ${lang}/${sameSlug}; choose another.` };
  }
  // Addresses other chapters have through their own slugs (/es/poblacion-penitenciaria/) or had (redirects).
  const taken = chapterAddresses(chapters).flatMap((c) => [c.url, ...(c.formerUrl ? [c.formerUrl] : [])]);
  for (const address of [chapterPath('en', slug), chapterPath('es', slug, spanishSlug)]) {
    if (taken.includes(address))
      return { refused: `the address ${address} is taken by another chapter; choose another slug.` };
  }
  const files = texts(slug, published, spanishSlug);
  const written = LANGUAGES.map((lang) => {
    const file = path.join(chapters, lang, name);
    writeFileSync(file, files[lang], { flag: 'wx' });
    return file;
  });
  return { written };
}
