/**
 * The ids of the records in content/data/*.yaml as TypeScript types (src/data/contentIds.ts), so code that cites
 * a source or quotes a fact by id still fails `npm run check` on a typo, as it did when the records were
 * TypeScript. The file is written, when it differs, by `npm run check:content`, `npm run docs` and the build;
 * editors never edit it. It only types ids: the content files themselves are read and checked at load
 * (sourcesFile.ts, factsFile.ts), so a stale copy can never let a wrong id through the build.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, parseDocument } from 'yaml';

export const CONTENT_IDS_FILE = 'src/data/contentIds.ts';

function idsIn(file: string): string[] {
  if (!existsSync(file)) return [];
  const doc = parseDocument(readFileSync(file, 'utf8'));
  if (doc.errors.length > 0 || !isMap(doc.contents)) return [];
  return doc.contents.items.flatMap((p) => (isScalar(p.key) ? [String(p.key.value)] : []));
}

const union = (name: string, ids: readonly string[], doc: string) =>
  `/** ${doc} */\nexport type ${name} =${ids.length === 0 ? ' never' : ids.map((id) => `\n  | '${id.replace(/'/g, "\\'")}'`).join('')};\n`;

/** The module's text for the content files under `root` (formatted as prettier formats it). */
export function contentIdsModule(root: string): string {
  const data = path.join(root, 'content', 'data');
  return [
    '// Generated from content/data/sources.yaml and facts.yaml by src/lib/build/contentIds.ts (run by',
    '// `npm run check:content`, `npm run docs` and the build). Do not edit: edit the YAML files.',
    '',
    union('SourceId', idsIn(path.join(data, 'sources.yaml')), 'Ids of the sources in content/data/sources.yaml.'),
    union('ContentFactId', idsIn(path.join(data, 'facts.yaml')), 'Ids of the facts in content/data/facts.yaml.'),
  ].join('\n');
}

/**
 * Rewrites src/data/contentIds.ts when the content files changed; true when it did. A folder without both the
 * content files and src/data (a test's temporary project) is left alone.
 */
export function writeContentIds(root: string): boolean {
  const file = path.join(root, CONTENT_IDS_FILE);
  if (!existsSync(path.dirname(file)) || !existsSync(path.join(root, 'content', 'data', 'sources.yaml'))) return false;
  const text = contentIdsModule(root);
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  writeFileSync(file, text);
  return true;
}
