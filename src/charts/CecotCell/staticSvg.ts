/**
 * The CECOT cell chart as a fixed-size image (see src/charts/static/): the same model as the live chart
 * (cecotCellModel, in metres), drawn in pixels at one scale across and down so areas stay true. Stroke widths
 * are pixels, as the live chart's non-scaling strokes.
 *
 * The live chart is a tall column (the cell, the two squares under it, notes under those); a 16:9 image has room
 * across, not down. So the close-up draws the cell at the full height of the chart box on the left, and moves
 * the squares, with their labels and at the same scale on their common baseline, to the foot of a column on the
 * right, under the notes. The prison view keeps the model's layout (grid over bars) on the left, notes on the right.
 */
import type { Language } from '../../data/types';
import type { StaticChart } from '../define';
import { el, group, lineHeight, paragraph, textLines, type Box } from '../static/svg';
import { resolveColour, themed } from '../static/theme';
import { widest, wrap, wrapBalanced } from '../static/text';
import { cecotCellModel, type HtmlLabel, type Rect } from './model';
import { isBeyondRoom, isInCell } from './people';
import type { CecotCellState } from './state';

const GAP = 44;
const LABEL = { size: 12.5, leading: 1.25 };
const STRONG = { size: 13.5, weight: 'bold' as const, leading: 1.25 };
const NOTES = { size: 16, leading: 1.45 };

/** Metres to pixels: x and y scale alike (k px per metre), from an origin. */
interface Mapping {
  X: (m: number) => number;
  Y: (m: number) => number;
  k: number;
}

function mapping(k: number, originX: number, originY: number, fromX: number, fromY: number): Mapping {
  return { k, X: (m) => originX + (m - fromX) * k, Y: (m) => originY + (m - fromY) * k };
}

type Placed = { left: number; right: number; top: number; bottom: number };

/**
 * Labels as the live chart places them (metres), wrapped at this size. A wrapped label can reach the one below
 * it (longer languages wrap more), so each label that would overlap one already placed is pushed down under it.
 */
function labels(
  list: readonly HtmlLabel[],
  m: Mapping,
  widthOf: (l: HtmlLabel) => number,
  placed: Placed[] = [],
): string {
  return list
    .filter((l) => l.visible && l.lines.length > 0)
    .map((l) => {
      const width = widthOf(l);
      const lines = l.lines.flatMap((line) => {
        const style = line.strong ? STRONG : LABEL;
        const weight = line.strong ? ('bold' as const) : ('normal' as const);
        return wrapBalanced(line.text, width, style.size, weight).map((text) => ({ text, weight, style }));
      });
      const height = lines.reduce((h, line) => h + lineHeight(line.style), 0);
      let top = l.anchor === 'bottom' ? m.Y(l.y) - height : m.Y(l.y);
      const x = l.align === 'center' ? m.X(l.x) + width / 2 : m.X(l.x);
      const textWidth = widest(
        lines.map((line) => line.text),
        STRONG.size,
        'bold',
      );
      const left = l.align === 'center' ? x - textWidth / 2 : x;
      for (const p of placed)
        if (left < p.right && left + textWidth > p.left && top < p.bottom + 2 && top + height > p.top)
          top = p.bottom + 2;
      placed.push({ left, right: left + textWidth, top, bottom: top + height });
      return lines
        .map((line) => {
          const out = textLines(x, top, [[{ text: line.text, weight: line.weight }]], {
            ...line.style,
            anchor: l.align === 'center' ? 'middle' : 'start',
          });
          top += lineHeight(line.style);
          return out;
        })
        .join('\n');
    })
    .join('\n');
}

function rect(m: Mapping, r: Rect, a: Record<string, string | number | undefined>): string {
  return el('rect', { x: m.X(r.x), y: m.Y(r.y), width: r.w * m.k, height: r.h * m.k, ...a });
}

/** Paragraphs from `top` in a column; returns the markup. */
function notesColumn(notes: readonly string[], left: number, top: number, width: number): string {
  const out: string[] = [];
  for (const n of notes) {
    const p = paragraph(left, top, n, width, NOTES);
    out.push(p.svg);
    top += p.height + 12;
  }
  return group(out);
}

function notesHeight(notes: readonly string[], width: number): number {
  return notes.reduce((h, n) => h + wrap(n, width, NOTES.size).length * lineHeight(NOTES) + 12, -12);
}

function prison(model: ReturnType<typeof cecotCellModel>, box: Box): string {
  const view = model.view;
  const k = Math.min(box.height / view.h, (box.width * 0.45) / view.w);
  const m = mapping(k, box.x, box.y, view.x, view.y);
  const p = model.prison;
  const parts = [
    group(p.cells.map((c) => rect(m, c, { fill: themed('c-bunk'), stroke: themed('c-bunk'), 'stroke-width': 0.75 }))),
    group(
      p.bars.map((b) =>
        rect(m, b, {
          fill: b.dashed ? 'none' : resolveColour(b.color),
          stroke: resolveColour(b.color),
          'stroke-width': b.dashed ? 2 : 1.5,
          'stroke-dasharray': b.dashed ? '6 4' : undefined,
        }),
      ),
    ),
    labels(p.labels, m, (l) => l.width * k),
  ];
  const left = m.X(view.x + view.w) + GAP;
  const width = box.x + box.width - left;
  const top = box.y + Math.max(0, (box.height - notesHeight(p.notes, width)) / 2);
  return [...parts, notesColumn(p.notes, left, top, width)].join('\n');
}

function closeUp(model: ReturnType<typeof cecotCellModel>, box: Box): string {
  const view = model.view;
  const cell = model.cell;
  const margin = -view.x;
  // The cell (with the model's margin) takes the box's height.
  const k = Math.min(box.height / (cell.h + 2 * margin), (box.width * 0.45) / view.w);
  const m = mapping(k, box.x, box.y, view.x, view.y);
  const X = m.X;
  const Y = m.Y;
  const person = themed('c-person');
  const parts: string[] = [];
  parts.push(rect(m, cell, { fill: themed('bg-raised'), stroke: themed('fg'), 'stroke-width': 2.5 }));
  parts.push(
    group(model.frames.map((f) => rect(m, f, { fill: themed('bg'), stroke: themed('c-bunk'), 'stroke-width': 1.5 }))),
  );
  parts.push(
    group(
      model.places.map((pl) =>
        el('rect', {
          x: X(pl.x + 0.05),
          y: Y(pl.y + 0.07),
          width: (pl.w - 0.1) * k,
          height: (pl.h - 0.14) * k,
          rx: 0.06 * k,
          fill: 'none',
          stroke: themed('c-bunk'),
          'stroke-width': 0.75,
        }),
      ),
    ),
  );
  parts.push(
    group(
      model.fixtures.map((f) => {
        const toilet = f.kind === 'toilet';
        return (
          el('rect', {
            x: X(f.x),
            y: Y(f.y),
            width: f.w * k,
            height: f.h * k,
            rx: (toilet ? 0.22 : 0.05) * k,
            fill: themed('bg'),
            stroke: themed('fg-muted'),
            'stroke-width': 1.25,
          }) +
          el('ellipse', {
            cx: X(f.x + f.w / 2),
            cy: Y(f.y + f.h * (toilet ? 0.58 : 0.5)),
            rx: f.w * (toilet ? 0.28 : 0.32) * k,
            ry: f.h * (toilet ? 0.26 : 0.28) * k,
            fill: 'none',
            stroke: themed('fg-muted'),
            'stroke-width': 1,
          })
        );
      }),
    ),
  );
  // People: one mark each; those beyond what the overlaid standard allows are smaller rings, as in the live chart.
  parts.push(
    group(
      model.people
        .filter((p) => isInCell(model, p))
        .map((p) => {
          const beyond = isBeyondRoom(model, p);
          return el('circle', {
            cx: X(p.x),
            cy: Y(p.y),
            r: 0.19 * k * (beyond ? 0.62 : 1),
            fill: beyond ? themed('bg') : person,
            stroke: beyond ? person : themed('bg'),
            'stroke-width': beyond ? 0.07 * 0.62 * k : 0.5,
          });
        }),
    ),
  );
  const inCell = model.cellLabels.filter((l) => l.y <= cell.y + cell.h);
  parts.push(labels(inCell, m, (l) => l.width * k));

  // The right column: the squares' strip of the model (below the cell, up to the common baseline), moved to the
  // column's foot at the same scale; the notes above it.
  const left = X(cell.x + cell.w) + margin * k + GAP;
  const width = box.x + box.width - left;
  const baseline = model.perPerson.baseline;
  const stripTop = cell.y + cell.h;
  const s = mapping(k, left, box.y + box.height - (baseline - stripTop) * k, cell.x, stripTop);
  const squares: string[] = [];
  for (const sq of [model.perPerson, model.standard]) {
    if (sq.side <= 0) continue;
    const color = resolveColour(sq.color);
    squares.push(
      el('rect', {
        x: s.X(sq.x),
        y: s.Y(sq.baseline - sq.side),
        width: sq.side * k,
        height: sq.side * k,
        fill: color,
        'fill-opacity': 0.22,
        stroke: color,
        'stroke-width': 2,
        'stroke-dasharray': sq === model.standard ? '5 3' : undefined,
      }),
    );
  }
  const stripLabels = model.cellLabels.filter((l) => l.y > cell.y + cell.h);
  // In the column the last label may run to the column's right edge.
  squares.push(
    labels(stripLabels, s, (l) => (l.x + l.width >= cell.x + cell.w - 0.25 ? left + width - s.X(l.x) : l.width * k)),
  );

  const notesBottom = s.Y(stripTop) - 16;
  const top = box.y + Math.max(0, (notesBottom - box.y - notesHeight(model.cellNotes, width)) / 2);
  return [...parts, group(squares), notesColumn(model.cellNotes, left, top, width)].join('\n');
}

function draw(state: CecotCellState, lang: Language, box: Box): string {
  const model = cecotCellModel(state, lang);
  return state.scale === 'prison' ? prison(model, box) : closeUp(model, box);
}

export const cecotCellImage: StaticChart<CecotCellState> = {
  draw,
  hasDots: () => false,
};
