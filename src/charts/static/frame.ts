/**
 * The frame of every chart image, as a graphics desk ships a chart: headline, dek, the chart, a key to the dot
 * shapes when the chart has dots, the source line naming publishers with the "as of" date, and the site's name.
 * Light theme, concrete colours, one font (fonts.ts). The chart itself is drawn by a callback into the box left
 * between header and footer, so its renderer knows its pixel size before it places anything.
 */
import { FONT_STACK } from './fonts';
import { el, escapeXml, lineHeight, paragraph, textLines, type Box, type Run } from './svg';
import { themed } from './theme';
import { textWidth, wrap } from './text';
import { IMAGE_HEIGHT, IMAGE_WIDTH } from '../../lib/images';

export interface FrameText {
  title: string;
  dek: string;
  /** Key to the dot shapes; omitted for charts without data points. */
  key: string | undefined;
  /** "Sources" (bold) and the credits with the "as of" date. */
  sourcesLabel: string;
  sources: string;
  /** The site's name, bottom right. */
  credit: string;
  /** The state in words: the SVG's <desc>, for anyone opening the file with a screen reader. */
  description: string;
}

const MARGIN_X = 40;
const MARGIN_TOP = 30;
const MARGIN_BOTTOM = 22;
const TITLE = { size: 30, weight: 'bold' as const, leading: 1.2 };
const DEK = { size: 18, leading: 1.35, fill: themed('fg-muted') };
const SMALL = { size: 13, leading: 1.4, fill: themed('fg-muted') };

export function frame(text: FrameText, draw: (box: Box) => string, width = IMAGE_WIDTH, height = IMAGE_HEIGHT): string {
  const inner = width - 2 * MARGIN_X;
  const parts: string[] = [el('rect', { width, height, fill: themed('bg') })];

  // Header.
  let y = MARGIN_TOP;
  const title = paragraph(MARGIN_X, y, text.title, inner, { ...TITLE, fill: themed('fg') }, 2);
  parts.push(title.svg);
  y += title.height + 6;
  const dek = paragraph(MARGIN_X, y, text.dek, inner, DEK, 3);
  parts.push(dek.svg);
  y += dek.height + 18;
  const bodyTop = y;

  // Footer, from the bottom up: the site's name on the right of the source line, which wraps beside it.
  const creditWidth = textWidth(text.credit, SMALL.size, 'bold');
  const sourceWidth = inner - creditWidth - 28;
  const label = `${text.sourcesLabel}: `;
  const labelWidth = textWidth(label, SMALL.size, 'bold');
  const sourceLines = wrap(text.sources, sourceWidth, SMALL.size, 'normal', Infinity, labelWidth);
  const lines: (string | Run[])[] = sourceLines.map((l, i) =>
    i === 0 ? [{ text: label, weight: 'bold', fill: themed('fg') }, { text: l }] : l,
  );
  const footerHeight = lines.length * lineHeight(SMALL);
  const footerTop = height - MARGIN_BOTTOM - footerHeight;
  parts.push(textLines(MARGIN_X, footerTop, lines, SMALL));
  parts.push(
    textLines(width - MARGIN_X, footerTop, [text.credit], {
      ...SMALL,
      weight: 'bold',
      fill: themed('fg'),
      anchor: 'end',
    }),
  );
  let bottom = footerTop - 10;
  parts.push(
    el('line', {
      x1: MARGIN_X,
      x2: width - MARGIN_X,
      y1: bottom,
      y2: bottom,
      stroke: themed('rule'),
      'stroke-width': 1,
    }),
  );
  bottom -= 8;
  if (text.key) {
    const key = paragraph(MARGIN_X, bottom - lineHeight(SMALL), text.key, inner, SMALL, 1);
    parts.push(key.svg);
    bottom -= key.height + 6;
  }

  const box: Box = { x: MARGIN_X, y: bodyTop, width: inner, height: bottom - bodyTop };
  parts.push(draw(box));

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_STACK)}">`,
    el('title', {}, escapeXml(text.title)),
    el('desc', {}, escapeXml(text.description)),
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
