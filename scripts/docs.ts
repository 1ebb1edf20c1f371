/**
 * `npm run docs`: regenerates the chart and fact reference at the end of content/README.md. The reference
 * formats facts with the site's own code, so it is loaded through Vite (scripts/lib/viteModules.ts). It also
 * refreshes the id types generated from content/data (src/data/contentIds.ts), as the build does.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { writeContentIds } from '../src/lib/build/contentIds';
import { withModule } from './lib/viteModules';

writeContentIds(process.cwd());

type Reference = typeof import('../src/lib/docs/editorsReference');

await withModule<Reference, void>('/src/lib/docs/editorsReference.ts', async ({ withReference }) => {
  const path = 'content/README.md';
  const before = await readFile(path, 'utf8');
  const after = withReference(before);
  if (after !== before) await writeFile(path, after);
  console.log(after === before ? `${path} is up to date` : `${path} updated`);
});
