/**
 * `npm run docs`: regenerates the chart and fact reference at the end of content/README.md.
 *
 * The reference formats facts with the code the site uses, which imports UI strings from `virtual:ui-strings/…`
 * modules that only the build's Vite plugin can provide; so the generator is loaded through Vite (with that plugin),
 * as the build and the unit tests load it, rather than straight from Node.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'vite';
import { uiStrings } from '../src/lib/build/uiStrings';

const vite = await createServer({
  configFile: false,
  logLevel: 'error',
  plugins: [uiStrings()],
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
});
try {
  const { withReference } = (await vite.ssrLoadModule(
    '/src/lib/docs/editorsReference.ts',
  )) as typeof import('../src/lib/docs/editorsReference');
  const path = 'content/README.md';
  const before = await readFile(path, 'utf8');
  const after = withReference(before);
  if (after !== before) await writeFile(path, after);
  console.log(after === before ? `${path} is up to date` : `${path} updated`);
} finally {
  await vite.close();
}
