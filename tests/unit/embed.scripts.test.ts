/**
 * The embed scripts as shipped (src/embeds/bundle.ts builds them): the host script partners include as
 * /embed.js stays under 1.5 KB gzipped, and so do the scripts every embed page inlines, together; the minified
 * host and child scripts behave as specified when run against a stand-in DOM (the browser tests in
 * tests/e2e/embed.test.ts do the same with real frames, and drive the stepper).
 */
import { gzipSync } from 'node:zlib';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { embedScript } from '../../src/embeds/bundle';
import { HEIGHT_REQUEST, MAX_HEIGHT } from '../../src/embeds/protocol';

const GZIP_BUDGET = 1536;

describe('sizes', () => {
  it('keeps the host script under 1.5 KB gzipped', async () => {
    const host = await embedScript('host');
    const gzipped = gzipSync(host, { level: 9 }).length;
    console.info(`embed.js: ${host.length} B raw, ${gzipped} B gzipped`);
    expect(gzipped).toBeLessThan(GZIP_BUDGET);
  });

  it('keeps the three scripts inlined in every embed page (theme, stepper, resize reporter) under 1.5 KB gzipped', async () => {
    const scripts = await Promise.all((['theme', 'stepper', 'child'] as const).map((name) => embedScript(name)));
    const gzipped = scripts.reduce((n, s) => n + gzipSync(s).length, 0);
    console.info(`embed page scripts: ${scripts.reduce((n, s) => n + s.length, 0)} B raw, ${gzipped} B gzipped`);
    expect(gzipped).toBeLessThan(GZIP_BUDGET);
  });

  it('wraps every script so nothing but the host flag reaches the global scope', async () => {
    for (const name of ['host', 'child', 'theme', 'stepper'] as const)
      expect(await embedScript(name)).toMatch(/^\(\(\)=>\{[\s\S]*\}\)\(\);$/);
  });
});

type Listener = (event: { data: unknown; source: unknown }) => void;

interface FakeFrame {
  contentWindow: { postMessage: (data: unknown, origin: string) => void; received: unknown[] };
  style: { height?: string };
}

function fakeFrame(): FakeFrame {
  const received: unknown[] = [];
  return { contentWindow: { received, postMessage: (data) => received.push(data) }, style: {} };
}

/** Runs the built host script in a fresh global with `frames` as the page's iframe[data-cecot-embed]. */
async function runHost(frames: FakeFrame[], global: Record<string, unknown> = {}) {
  const listeners: Listener[] = [];
  const context: Record<string, unknown> = {
    ...global,
    document: {
      querySelectorAll: (selector: string) => {
        expect(selector).toBe('iframe[data-cecot-embed]');
        return frames;
      },
    },
    addEventListener: (type: string, listener: Listener) => {
      if (type === 'message') listeners.push(listener);
    },
  };
  context['window'] = context;
  runInNewContext(await embedScript('host'), context);
  const post = (data: unknown, source: unknown) => listeners.forEach((l) => l({ data, source }));
  return { listeners, post, context };
}

describe('host script', () => {
  it('sizes the frame whose window sent the height, in either format', async () => {
    const [a, b] = [fakeFrame(), fakeFrame()];
    const { post } = await runHost([a, b]);
    post({ sentinel: 'amp', type: 'embed-size', height: 812 }, b.contentWindow);
    expect(b.style.height).toBe('812px');
    expect(a.style.height).toBeUndefined();
    post('pymxPYMxanyxPYMxheightxPYMx640.4', a.contentWindow);
    expect(a.style.height).toBe('641px');
  });

  it('asks frames that may have reported before it ran to report again', async () => {
    const frames = [fakeFrame(), fakeFrame()];
    await runHost(frames);
    for (const frame of frames) expect(frame.contentWindow.received).toEqual([HEIGHT_REQUEST]);
  });

  it('ignores heights from any other window, and bad heights from its own frames', async () => {
    const frame = fakeFrame();
    const { post } = await runHost([frame]);
    post({ sentinel: 'amp', type: 'embed-size', height: 500 }, frame.contentWindow);
    const stranger = fakeFrame().contentWindow;
    for (const data of [{ sentinel: 'amp', type: 'embed-size', height: 90 }, 'pymxPYMxidxPYMxheightxPYMx90']) {
      post(data, stranger);
      post(data, null);
      post(data, undefined);
    }
    for (const height of [Number.NaN, -5, 0, 'tall', '12px', '1e3', { n: 1 }, [90], Number.POSITIVE_INFINITY, null]) {
      post({ sentinel: 'amp', type: 'embed-size', height }, frame.contentWindow);
    }
    for (const height of ['NaN', '-5', '0', 'tall', '12px', '1e3', 'Infinity', '', ' ']) {
      post(`pymxPYMxidxPYMxheightxPYMx${height}`, frame.contentWindow);
    }
    expect(frame.style.height).toBe('500px');
    post({ sentinel: 'amp', type: 'embed-size', height: 1e9 }, frame.contentWindow);
    expect(frame.style.height).toBe(`${MAX_HEIGHT}px`);
  });

  it('is not switched off by an element with id="cecotEmbed" (which the browser shows as window.cecotEmbed)', async () => {
    const frame = fakeFrame();
    const element = { tagName: 'A', id: 'cecotEmbed', href: '#' };
    const { listeners, post } = await runHost([frame], { cecotEmbed: element });
    expect(listeners).toHaveLength(1);
    post({ sentinel: 'amp', type: 'embed-size', height: 838 }, frame.contentWindow);
    expect(frame.style.height).toBe('838px');
  });

  it('installs one listener however many times the page includes it', async () => {
    const frame = fakeFrame();
    const first = await runHost([frame]);
    const context = first.context;
    runInNewContext(await embedScript('host'), context);
    expect(first.listeners).toHaveLength(1);
  });
});

/** Runs the built child reporter with a page `height`, a query string and a parent window. */
async function runChild(search: string, height: number, options: { top?: boolean } = {}) {
  const toParent: unknown[] = [];
  const parent = { postMessage: (data: unknown, origin: string) => toParent.push([data, origin]) };
  const observers: (() => void)[] = [];
  const listeners: Listener[] = [];
  const page = { height };
  const context: Record<string, unknown> = {
    URLSearchParams,
    location: { search },
    document: { documentElement: { getBoundingClientRect: () => ({ height: page.height }) }, body: {} },
    ResizeObserver: class {
      constructor(callback: () => void) {
        observers.push(callback);
      }
      observe() {}
    },
    addEventListener: (type: string, listener: Listener) => {
      if (type === 'message') listeners.push(listener);
    },
  };
  context['window'] = context;
  context['parent'] = options.top ? context : parent;
  runInNewContext(await embedScript('child'), context);
  const resize = (h: number) => {
    page.height = h;
    observers.forEach((o) => o());
  };
  const send = (data: unknown, source: unknown) => listeners.forEach((l) => l({ data, source }));
  return { toParent, resize, send, parent };
}

describe('child reporter', () => {
  it('reports the rounded-up height to the parent in AMP format, and in Pym format when Pym set a childId', async () => {
    const { toParent, resize } = await runChild('?initialWidth=600&childId=box&parentTitle=x', 0);
    resize(812.3);
    expect(toParent).toEqual([
      [{ sentinel: 'amp', type: 'embed-size', height: 813 }, '*'],
      ['pymxPYMxboxxPYMxheightxPYMx813', '*'],
    ]);
  });

  it('reports only changes, and again when its parent asks', async () => {
    const { toParent, resize, send, parent } = await runChild('', 0);
    resize(700);
    resize(700);
    expect(toParent).toHaveLength(1);
    send(HEIGHT_REQUEST, { postMessage() {} });
    send('hello', parent);
    expect(toParent).toHaveLength(1);
    send(HEIGHT_REQUEST, parent);
    expect(toParent).toHaveLength(2);
  });

  it("answers Pym's width message for its own id only", async () => {
    const { toParent, resize, send, parent } = await runChild('?childId=box', 0);
    resize(300);
    expect(toParent).toHaveLength(2);
    send('pymxPYMxotherxPYMxwidthxPYMx600', parent);
    expect(toParent).toHaveLength(2);
    send('pymxPYMxboxxPYMxwidthxPYMx600', parent);
    expect(toParent).toHaveLength(4);
  });

  it('does nothing when it is not in a frame', async () => {
    const { toParent, resize } = await runChild('?childId=box', 0, { top: true });
    resize(500);
    expect(toParent).toEqual([]);
  });
});
