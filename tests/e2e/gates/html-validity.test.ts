/**
 * Gate: valid HTML. The Nu HTML Checker (vnu-jar, the validator behind validator.w3.org/nu) over every HTML file
 * in the build: zero errors. Warnings and infos are not gated (among them vnu's own reading of our meta CSP, which
 * it evaluates against file: URLs, where 'self' matches nothing).
 *
 * Only proven false positives from the frameworks are filtered, each below with the reason; anything else fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../../scripts/lib/staticServer';
import { REPO_ROOT } from '../../../scripts/lib/builtSite';

const VNU_JAR = path.join(REPO_ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const FALSE_POSITIVES: { why: string; test: (m: VnuMessage) => boolean }[] = [
  {
    // LayerCake's ScaledSvg lines keep a constant stroke width with `vector-effect: non-scaling-stroke`, a property
    // of SVG 2 that every current browser supports; vnu's CSS checker (CSS 2.1/3 property list) does not know it.
    why: 'vector-effect CSS property',
    test: (m) => /^CSS: “vector-effect”: Property “vector-effect” doesn't exist\.$/.test(m.message),
  },
  {
    // Container queries (`container-type`, `container`, `@container`; CSS Containment Module Level 3) size the
    // chart labels and panels to the chart's own width; every current browser supports them, and vnu's CSS checker
    // predates them. It only sees them when Astro inlines a small stylesheet into the page's <style>.
    why: 'CSS container queries',
    test: (m) =>
      /^CSS: Unrecognized at-rule “@container”\.?$/.test(m.message) ||
      /^CSS: “container(-type|-name)?”: Property “container(-type|-name)?” doesn't exist\.?$/.test(m.message),
  },
  {
    // CSS anchor positioning (`position-area`, `position-try-fallbacks`, `anchor-name`, `position-anchor`) places an
    // opened note under its marker, flipping above it near the screen's foot (NoteRef.astro, inside
    // `@supports (position-area: bottom)`, so a browser without it centres the note instead). vnu's CSS checker
    // predates the module; it sees the rules when Astro inlines the stylesheet into the page.
    why: 'CSS anchor positioning',
    test: (m) =>
      /^CSS: “(position-area|position-try-fallbacks|position-try|anchor-name|position-anchor)”: Property “\1” doesn't exist\.?$/.test(
        m.message,
      ),
  },
  {
    // Astro's renderer writes `<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>` just
    // before the first island in <body>; no option moves it to <head>. vnu reports it with the rule of the
    // withdrawn `<style scoped>` ("first child of its parent"). Every browser applies a <style> in body, and this
    // one only sets the island wrappers to display: contents, so the filter hides no problem readers would meet.
    why: "Astro's island <style> element in body",
    test: (m) =>
      m.message === 'A “style” element in “body” must be the first child of its parent.' && isAstroIslandStyle(m),
  },
];

/** The reported element is Astro's island style (vnu's extract is cut short, so the file is read at that line). */
function isAstroIslandStyle(m: VnuMessage): boolean {
  if (!m.url || m.lastLine === undefined) return false;
  const line = readFileSync(fileURLToPath(m.url), 'utf8').split('\n')[m.lastLine - 1] ?? '';
  return line.includes('<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>');
}

function runVnu(): VnuMessage[] {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error) {
    throw new Error(
      'The HTML validator needs Java, and `java` was not found. Install a runtime with ' +
        '`apt-get update && apt-get install -y default-jre-headless` (as root; .ci/run does this), then re-run.',
    );
  }
  if (!existsSync(VNU_JAR)) throw new Error(`vnu.jar not found at ${VNU_JAR}: run \`npm ci\`.`);
  const run = spawnSync('java', ['-Xss1m', '-jar', VNU_JAR, '--format', 'json', '--skip-non-html', DIST_DIR], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  // vnu prints its JSON report on stderr and exits 1 when it found errors.
  try {
    return (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`vnu did not produce a JSON report (exit ${run.status}):\n${run.stderr.slice(0, 2000)}`);
  }
}

describe('Nu HTML Checker over the build', () => {
  it('reports zero errors (framework false positives filtered, see above)', () => {
    const messages = runVnu();
    const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
    const real = errors.filter((m) => !FALSE_POSITIVES.some((fp) => fp.test(m)));
    const lines = real.map((m) => {
      const file = m.url ? path.relative(DIST_DIR, m.url.replace(/^file:/, '')) : '?';
      return `${file}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim().slice(0, 160)}` : ''}`;
    });
    expect(lines.length, `vnu errors:\n${lines.join('\n')}`).toBe(0);
  }, 300_000);
});
