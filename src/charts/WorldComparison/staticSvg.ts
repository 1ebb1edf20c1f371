/**
 * The world comparison as a fixed-size image (see src/charts/static/): the same model as the live chart
 * (worldModel), drawn as in the page: the unit above, names right-aligned in a column, bars scaled to the longest,
 * the rate in bold and the date of the figure after each bar.
 */
import type { Language } from '../../data/types';
import type { StaticChart } from '../define';
import { el, textLines, type Box } from '../static/svg';
import { themed } from '../static/theme';
import { textWidth, widest } from '../static/text';
import { worldModel } from './model';
import type { WorldComparisonState } from './state';

const SIZE = 16;
const UNIT_SIZE = 14;
/** Height of the unit line and the space under it. */
const UNIT_HEIGHT = UNIT_SIZE * 1.3 + 10;

function draw(state: WorldComparisonState, lang: Language, box: Box): string {
  const { unit, rows } = worldModel(state, lang);
  const names = widest(
    rows.map((r) => r.name),
    SIZE,
    'bold',
  );
  const after = Math.max(...rows.map((r) => textWidth(`${r.valueText} · ${r.dateText}`, SIZE, 'bold'))) + 12;
  const trackLeft = box.x + names + 12;
  const track = box.x + box.width - after - trackLeft;
  // Rows share the height under the unit, up to a comfortable maximum.
  const row = Math.min(44, (box.height - UNIT_HEIGHT) / rows.length);
  const bar = Math.min(24, row - 10);
  const out: string[] = [textLines(box.x, box.y, [unit], { size: UNIT_SIZE, fill: themed('fg-muted') })];
  rows.forEach((r, i) => {
    const top = box.y + UNIT_HEIGHT + i * row + (row - bar) / 2;
    const text = top + (bar - SIZE * 1.3) / 2;
    const w = Math.max(2, (r.width / 100) * track);
    const weight = r.salvador ? 'bold' : 'normal';
    out.push(textLines(trackLeft - 12, text, [r.name], { size: SIZE, weight, anchor: 'end' }));
    out.push(
      el('rect', { x: trackLeft, y: top, width: w, height: bar, fill: themed(r.salvador ? 'c-wpb' : 'c-press') }),
    );
    out.push(
      textLines(
        trackLeft + w + 8,
        text,
        [
          [
            { text: r.valueText, weight: 'bold' },
            { text: ` · ${r.dateText}`, weight: 'normal', fill: themed('fg-muted') },
          ],
        ],
        { size: SIZE },
      ),
    );
  });
  return out.join('\n');
}

export const worldComparisonImage: StaticChart<WorldComparisonState> = {
  draw,
  hasDots: () => false,
};
