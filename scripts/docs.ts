/** `npm run docs`: regenerates the chart and fact reference at the end of content/README.md. */
import { readFile, writeFile } from 'node:fs/promises';
import { withReference } from '../src/lib/docs/editorsReference';

const path = 'content/README.md';
const before = await readFile(path, 'utf8');
const after = withReference(before);
if (after !== before) await writeFile(path, after);
console.log(after === before ? `${path} is up to date` : `${path} updated`);
