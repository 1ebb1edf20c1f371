/**
 * How the corrections log reaches readers (src/lib/corrections.ts, ChapterCorrections.astro): the Atom feed,
 * parsed by a real XML parser and checked against RFC 4287's required elements; the chapter's foot note and
 * "Updated" date. Fixture logs only; no clock.
 */
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { LogEntry } from '../../src/data/corrections';
import { chapterUpdated, correctionsFeed, entryLabel, escapeXml } from '../../src/lib/corrections';

const SITE = new URL('https://cecot-explainer.example');
const SITE_UPDATED = new Date('2026-11-26T00:00:00Z');

const log: LogEntry[] = [
  {
    id: 'transfer-count',
    date: '2026-12-01',
    kind: 'correction',
    said: { en: 'It said 261 men <were> sent & "held".', es: 'Decía que se enviaron 261 hombres.' },
    says: { en: 'It says 262 men were sent.', es: 'Dice que se enviaron 262 hombres.' },
    facts: ['men-sent-to-cecot'],
    charts: [],
    chapters: ['the-flights'],
  },
  {
    id: 'deaths-refresh',
    date: '2026-12-03',
    kind: 'update',
    said: { en: 'The count ran to February.', es: 'El conteo llegaba hasta febrero.' },
    says: { en: 'It runs to March.', es: 'Llega hasta marzo.' },
    facts: [],
    charts: ['deaths-in-custody'],
    chapters: ['deaths-in-custody'],
  },
];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'link'].includes(name),
});
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

interface AtomLink {
  '@rel': string;
  '@href': string;
  '@type'?: string;
}
interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  summary: { '#text': string };
  link: AtomLink[];
}
interface AtomFeed {
  feed: {
    '@xmlns': string;
    id: string;
    title: string;
    updated: string;
    author: { name: string };
    link: AtomLink[];
    entry?: AtomEntry[];
  };
}

function parseFeed(xml: string): AtomFeed['feed'] {
  expect(SyntaxValidator.validate(xml)).toBe(true);
  return (parser.parse(xml) as AtomFeed).feed;
}

describe('the corrections feed (Atom, RFC 4287)', () => {
  it('is valid with an empty log: feed id, title, author, self link, no entries, updated = the story date', () => {
    const feed = parseFeed(correctionsFeed({ lang: 'en', site: SITE, siteUpdated: SITE_UPDATED, log: [] }));
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://cecot-explainer.example/en/corrections.xml');
    expect(feed.title).toBe('Inside CECOT: corrections and updates');
    expect(feed.updated).toBe('2026-11-26T00:00:00Z');
    expect(feed.author.name).toBe('The data desk');
    expect(feed.link).toContainEqual({
      '@rel': 'self',
      '@type': 'application/atom+xml',
      '@href': 'https://cecot-explainer.example/en/corrections.xml',
    });
    expect(feed.link).toContainEqual({
      '@rel': 'alternate',
      '@type': 'text/html',
      '@href': 'https://cecot-explainer.example/en/corrections/',
    });
    expect(feed.entry).toBeUndefined();
  });

  it('lists entries newest first, each with id, title, updated, summary and a link to its anchor', () => {
    const feed = parseFeed(correctionsFeed({ lang: 'en', site: SITE, siteUpdated: SITE_UPDATED, log }));
    expect(feed.updated).toBe('2026-12-03T00:00:00Z');
    const entries = feed.entry!;
    expect(entries.map((e) => e.id)).toEqual([
      'https://cecot-explainer.example/en/corrections/#deaths-refresh',
      'https://cecot-explainer.example/en/corrections/#transfer-count',
    ]);
    for (const e of entries) {
      expect(e.updated).toMatch(RFC3339);
      expect(e.title).not.toBe('');
      expect(e.link).toEqual([{ '@rel': 'alternate', '@type': 'text/html', '@href': e.id }]);
    }
    expect(entries[0]!.title).toBe('Update, 3 December 2026');
    expect(entries[1]!.title).toBe('Correction, 1 December 2026');
  });

  it('escapes text, so markup in an entry reads back as the same characters', () => {
    const xml = correctionsFeed({ lang: 'en', site: SITE, siteUpdated: SITE_UPDATED, log });
    expect(xml).not.toContain('<were>');
    const parsed = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false }).parse(
      xml,
    ) as {
      feed: { entry: { summary: { '#text': string } }[] };
    };
    expect(parsed.feed.entry[1]!.summary['#text']).toBe(
      'Before: It said 261 men <were> sent & "held". Now: It says 262 men were sent.',
    );
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('is written in Spanish for the Spanish edition', () => {
    const feed = parseFeed(correctionsFeed({ lang: 'es', site: SITE, siteUpdated: SITE_UPDATED, log }));
    expect(feed.title).toBe('Dentro del CECOT: correcciones y actualizaciones');
    expect(feed.entry!.map((e) => e.title)).toEqual([
      'Actualización, 3 de diciembre de 2026',
      'Corrección, 1 de diciembre de 2026',
    ]);
    expect(feed.entry![0]!.id).toBe('https://cecot-explainer.example/es/corrections/#deaths-refresh');
  });
});

type ChapterComponent = Parameters<AstroContainer['renderToString']>[0];

/** Renders the foot note with a fixture log, without the attributes Astro adds for styles and dev tools. */
async function renderNote(props: { lang: 'en' | 'es'; slug: string; log: readonly LogEntry[] }): Promise<string> {
  // Imported by a path in a variable: svelte-check, which type-checks this file too, cannot resolve .astro modules.
  const file = '../../src/components/notes/ChapterCorrections.astro';
  const component = ((await import(/* @vite-ignore */ file)) as { default: ChapterComponent }).default;
  const container = await AstroContainer.create();
  const html = await container.renderToString(component, { props });
  return html.replace(/ data-astro-[\w-]+(="[^"]*")?/g, '');
}

describe('a chapter named by the log', () => {
  it('is "Updated" on the newest of its frontmatter date and its entries', () => {
    expect(chapterUpdated('the-flights', undefined, log)?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(chapterUpdated('the-flights', new Date('2026-12-02'), log)?.toISOString()).toBe('2026-12-02T00:00:00.000Z');
    expect(chapterUpdated('methods', undefined, log)).toBeUndefined();
    expect(chapterUpdated('methods', new Date('2026-11-30'), log)?.toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });

  it('shows each entry at its foot, in its language, linking to the corrections page', async () => {
    const en = await renderNote({ lang: 'en', slug: 'the-flights', log });
    expect(en).toContain('Corrections and updates to this chapter');
    expect(en).toContain('<strong>Correction, 1 December 2026.</strong>');
    expect(en).toContain('Before: It said 261 men &lt;were&gt; sent &amp; &quot;held&quot;.');
    expect(en).toContain('Now: It says 262 men were sent.');
    expect(en).toContain('href="/en/corrections/#transfer-count"');
    expect(en).not.toContain('deaths-refresh');

    const es = await renderNote({ lang: 'es', slug: 'deaths-in-custody', log });
    expect(es).toContain(`<strong>${entryLabel(log[1]!, 'es')}.</strong>`);
    expect(es).toContain('Antes: El conteo llegaba hasta febrero. Ahora: Llega hasta marzo.');
    expect(es).toContain('href="/es/corrections/#deaths-refresh"');
  });

  it('renders nothing when no entry names the chapter', async () => {
    const html = await renderNote({ lang: 'en', slug: 'methods', log });
    expect(html.trim()).toBe('');
  });
});
