/**
 * The NewsArticle JSON-LD of the story and its chapters (src/lib/share.ts).
 */
import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd } from '../../src/lib/share';

const site = new URL('https://example.org');
const input = {
  lang: 'en' as const,
  article: { headline: 'A </script><b>headline', published: new Date('2025-04-01T00:00:00Z') },
  description: 'Dek',
  canonical: new URL('/en/chapter/', site),
  image: 'https://example.org/images/en/prison-population/default.png',
  site,
};

describe('newsArticleJsonLd', () => {
  it('has the fields search engines read, with dateModified defaulting to datePublished', () => {
    const data = JSON.parse(newsArticleJsonLd(input)) as Record<string, unknown>;
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'A </script><b>headline',
      datePublished: '2025-04-01T00:00:00.000Z',
      dateModified: '2025-04-01T00:00:00.000Z',
      url: 'https://example.org/en/chapter/',
      inLanguage: 'en',
      image: ['https://example.org/images/en/prison-population/default.png'],
      publisher: { '@type': 'Organization', url: 'https://example.org/' },
    });
    expect((data['author'] as { name: string }[])[0]!.name).toBeTruthy();
  });

  it('uses the update date when there is one', () => {
    const data = JSON.parse(
      newsArticleJsonLd({ ...input, article: { ...input.article, modified: new Date('2025-06-02T00:00:00Z') } }),
    );
    expect(data.dateModified).toBe('2025-06-02T00:00:00.000Z');
  });

  it('cannot close its script element', () => {
    expect(newsArticleJsonLd(input)).not.toMatch(/</);
  });
});
