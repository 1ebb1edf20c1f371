/**
 * PNG from a chart image's SVG, with resvg and the image font only (no system font scan: faster, and the same
 * output on every machine). Build-time and test-time only: this loads a native module and reads font files.
 */
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY, fontFiles } from './fonts';
import { IMAGE_WIDTH } from '../../lib/images';

let files: string[] | undefined;

type Bounds = { left: number; top: number; right: number; bottom: number };

/** The bounding box of the shapes and text positions in a piece of our SVG markup (as written by svg.ts). */
function bounds(markup: string): Bounds | undefined {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const m of markup.matchAll(/<(rect|circle|ellipse|line|path|text)\b([^>]*)>/g)) {
    const a = (name: string) => {
      const v = new RegExp(`\\s${name}="([^"]*)"`).exec(m[2]!)?.[1];
      return v === undefined ? undefined : Number(v);
    };
    const tag = m[1];
    if (tag === 'rect') {
      const x = a('x') ?? 0;
      const y = a('y') ?? 0;
      xs.push(x, x + (a('width') ?? 0));
      ys.push(y, y + (a('height') ?? 0));
    } else if (tag === 'circle' || tag === 'ellipse') {
      const rx = a('r') ?? a('rx') ?? 0;
      const ry = a('r') ?? a('ry') ?? 0;
      xs.push(a('cx')! - rx, a('cx')! + rx);
      ys.push(a('cy')! - ry, a('cy')! + ry);
    } else if (tag === 'line') {
      xs.push(a('x1')!, a('x2')!);
      ys.push(a('y1')!, a('y2')!);
    } else if (tag === 'path') {
      const d = /\sd="([^"]*)"/.exec(m[2]!)?.[1] ?? '';
      const nums = [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((n) => Number(n[0]));
      nums.forEach((n, i) => (i % 2 === 0 ? xs : ys).push(n));
    } else {
      xs.push(a('x')!);
      ys.push(a('y')!);
    }
  }
  if (xs.length === 0) return undefined;
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

/**
 * resvg 2.6 aborts the whole process (a Rust panic, not a JavaScript error, so nothing can catch it) when a
 * group that needs its own layer (a clip path, opacity) has all its content off the canvas. Check each such group
 * and element first, so a layout bug fails the build with a message instead of killing it.
 */
function checkLayers(svg: string, width: number, height: number): void {
  const layers = [
    ...[...svg.matchAll(/<g\b[^>]*\s(?:clip-path|opacity)="[^"]*"[^>]*>([\s\S]*?)<\/g>/g)].map((m) => ({
      what: m[0].slice(0, 60),
      inner: m[1]!,
    })),
    ...[...svg.matchAll(/<(?:path|rect|circle|line|text)\b[^>]*\sopacity="[^"]*"[^>]*>/g)].map((m) => ({
      what: m[0].slice(0, 60),
      inner: m[0],
    })),
  ];
  for (const { what, inner } of layers) {
    const b = bounds(inner);
    if (b && !(b.right >= 0 && b.left <= width && b.bottom >= 0 && b.top <= height)) {
      throw new Error(
        `Chart image: "${what}…" draws nothing on the ${width} × ${height} canvas (its content is at ${JSON.stringify(b)})`,
      );
    }
  }
}

/** Views that draw the same image (a chart's default and a named view equal to it) are rendered once. */
const rendered = new Map<string, Buffer>();

export function svgToPng(svg: string, width = IMAGE_WIDTH): Buffer {
  const key = `${width}:${svg}`;
  const done = rendered.get(key);
  if (done) return done;
  const size = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
  if (!size) throw new Error('Chart image: the SVG has no pixel width and height');
  checkLayers(svg, Number(size[1]), Number(size[2]));
  files ??= fontFiles();
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  })
    .render()
    .asPng();
  rendered.set(key, png);
  return png;
}
