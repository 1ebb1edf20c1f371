/**
 * `npm run new:chapter -- 07 the-courts los-tribunales`: creates content/chapters/en/07-the-courts.mdx and its
 * Spanish twin (at /es/los-tribunales/; without the third word, at the English slug), ready to edit, that pass `npm run check:content` and the build as they are. Refuses to overwrite anything.
 */
import path from 'node:path';
import { newChapter } from './lib/newChapter';

const [number, slug, spanishSlug] = process.argv.slice(2);
const today = new Date().toISOString().slice(0, 10);
const outcome = newChapter(path.join('content', 'chapters'), number, slug, today, spanishSlug);
if ('refused' in outcome) {
  console.error(
    `new:chapter: ${outcome.refused}\nUsage: npm run new:chapter -- NN slug [spanish-slug]   (for example: npm run new:chapter -- 08 the-courts los-tribunales)`,
  );
  process.exitCode = 1;
} else {
  console.log(`Created:\n${outcome.written.map((f) => `  ${f}`).join('\n')}`);
  console.log('Next: edit both files, preview with npm run dev, then run npm run check:content.');
}
