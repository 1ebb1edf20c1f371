import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withReference, editorsReference } from '../../src/lib/docs/editorsReference';
import { CHART_IDS } from '../../src/charts/states';
import { FACT_IDS } from '../../src/data/facts';
import { ALLOWED } from '../../src/lib/build/remarkStoryComponents';
import { readdirSync } from 'node:fs';

const guide = readFileSync('content/README.md', 'utf8');

describe("editors' guide (content/README.md)", () => {
  it('has an up-to-date generated reference (run `npm run docs` if this fails)', () => {
    expect(withReference(guide)).toBe(guide);
  });

  it('lists every chart and every fact', () => {
    const reference = editorsReference();
    for (const id of CHART_IDS) expect(reference).toContain(`\`${id}\``);
    for (const id of FACT_IDS) expect(reference).toContain(`\`${id}\``);
  });

  it('documents every component chapters may use, and each has a component file', () => {
    const files = readdirSync('src/components/mdx').map((f) => f.replace(/\.astro$/, ''));
    for (const name of Object.keys(ALLOWED)) {
      expect(guide).toContain(`<${name}`);
      expect(files).toContain(name);
    }
  });
});
