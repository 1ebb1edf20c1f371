/**
 * A package our source imports only for work done while the site is built (writing the CSV downloads, rendering
 * the static images) is a devDependency; `dependencies` is for what reaches the reader's browser. "Reaches the browser" is read from the source:
 * the packages imported, directly or through our own modules, by the Svelte components, the bundled <script>
 * blocks of .astro files and the embed scripts (src/embeds/bundle.ts inlines them into pages).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve('.');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

const IMPORT =
  /(?:\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?|\bimport\s*\(\s*|\bexport\s+[\w*{}\s,$]+\s+from\s+)['"]([^'"]+)['"]/g;

/** Specifiers a piece of code imports at run time (type-only imports are erased). */
function importsOf(code: string): string[] {
  return [...code.matchAll(IMPORT)].filter((m) => !/^import\s+type\b/.test(m[0])).map((m) => m[1]!);
}

/** The file a relative specifier names, trying the extensions our sources use. */
function resolveRelative(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.js`, path.join(base, 'index.ts')];
  if (base.endsWith('.js')) candidates.push(base.replace(/\.js$/, '.ts'));
  return candidates.find((c) => existsSync(c) && !c.endsWith('/'));
}

const packageName = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;

/** The browser's code: what each entry point is, as source text to read imports from. */
function browserEntries(): { file: string; code: string }[] {
  const src = filesUnder(path.join(ROOT, 'src'));
  const svelte = src.filter((f) => f.endsWith('.svelte')).map((file) => ({ file, code: readFileSync(file, 'utf8') }));
  const astroScripts = src
    .filter((f) => f.endsWith('.astro'))
    .flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
        .filter((m) => !/\bis:inline\b/.test(m[1]!))
        .map((m) => ({ file, code: m[2]! })),
    );
  const embeds = ['host', 'child', 'theme', 'stepper'].map((name) => {
    const file = path.join(ROOT, 'src/embeds', `${name}.ts`);
    return { file, code: readFileSync(file, 'utf8') };
  });
  return [...svelte, ...astroScripts, ...embeds];
}

function packagesInBrowser(): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const queue = browserEntries();
  while (queue.length > 0) {
    const { file, code } = queue.pop()!;
    for (const specifier of importsOf(code)) {
      if (specifier.startsWith('.')) {
        const target = resolveRelative(file, specifier);
        if (target && !seen.has(target) && /\.(ts|js|svelte)$/.test(target)) {
          seen.add(target);
          queue.push({ file: target, code: readFileSync(target, 'utf8') });
        }
      } else if (!specifier.includes(':')) {
        found.add(packageName(specifier));
      }
    }
  }
  return found;
}

/** Packages any file under src/ imports by name (build-time code included). */
function packagesImportedBySource(): Set<string> {
  const found = new Set<string>();
  for (const file of filesUnder(path.join(ROOT, 'src')).filter((f) => /\.(ts|svelte|astro)$/.test(f)))
    for (const specifier of importsOf(readFileSync(file, 'utf8')))
      if (!specifier.startsWith('.') && !specifier.includes(':') && !specifier.startsWith('~/'))
        found.add(packageName(specifier));
  return found;
}

describe('dependencies', () => {
  const inBrowser = packagesInBrowser();
  const imported = packagesImportedBySource();

  it('finds the packages the charts are drawn with (the walk over the sources works)', () => {
    for (const name of ['svelte', 'layercake', 'scrollama']) expect(inBrowser, name).toContain(name);
    expect(imported).toContain('d3-dsv');
  });

  it('chart models (d3-scale, d3-array) run on the server only: the browser draws what they worked out', () => {
    for (const name of ['d3-scale', 'd3-array']) {
      expect(imported, name).toContain(name);
      expect(inBrowser, name).not.toContain(name);
    }
  });

  it('every package our source imports that never reaches the browser is a devDependency', () => {
    const buildTimeOnly = [...imported].filter((name) => !inBrowser.has(name) && name in pkg.dependencies);
    expect(buildTimeOnly).toEqual([]);
  });

  it('no package is listed in both', () => {
    expect(Object.keys(pkg.dependencies).filter((name) => name in pkg.devDependencies)).toEqual([]);
  });
});
