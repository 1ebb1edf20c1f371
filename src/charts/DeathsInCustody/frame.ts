/**
 * One frame of the deaths timeline at a cutoff, a decimal year that the chart tweens between steps: which points
 * each line has reached, the faint stub towards the next report, the labels at the lines' tips. The browser runs
 * this on every frame of a transition, from the model the server worked out (model.ts), so it imports nothing but
 * types and the label-wrapping estimate; the server, the images and the tests call it at the step's own date.
 */
import type { DeathCounter } from '../../data/deaths';
import { wrappedLines } from '../dodge';
import { LABEL_MARK_EM, type Shape } from '../shapes';
import type { DeathsModel, TimelinePoint } from './model';

export interface FrameLabel {
  key: DeathCounter;
  x: number;
  y: number;
  /** Full name and value, e.g. "Cristosal ≥261"; wide screens. */
  text: string;
  /** Compact name and value, e.g. "SJH 487"; narrow screens. */
  shortText: string;
  color: string;
  shape: Shape;
  /** 'right': beside a line still growing (or at the chart's end); 'below': under a series that has ended. */
  side: 'right' | 'below';
  /** Lines the full text wraps to at LABEL_WIDTH_EM (the compact text takes one); TipLabels spreads labels by them. */
  lines: number;
}

export interface FrameSeries {
  counter: DeathCounter;
  color: string;
  shape: Shape;
  shown: boolean;
  /** The line through the reported points the cutoff has reached. */
  line: [number, number][];
  /**
   * From the latest reported point part-way to the next one, ending at the cutoff, so the line advances
   * continuously; drawn faint because no one reported a figure along it yet. Empty when the series has ended.
   */
  stub: [number, number][];
  /** Every reported point, with whether the cutoff has reached it. */
  dots: (TimelinePoint & { visible: boolean })[];
}

export interface TimelineFrame {
  series: FrameSeries[];
  labels: FrameLabel[];
  markerVisible: boolean;
}

/** Tolerance for comparing a tweened cutoff with a point's date (tweens can end a hair short of their target). */
const EPSILON = 1e-6;

/** How far under its line's end a label set 'below' starts, in pixels (TipLabels and the image). */
export const LABEL_BELOW_PX = 7;

/** Widest a full label may be on wide screens, in ems of its text (TipLabels' max-width); longer names wrap. */
export const LABEL_WIDTH_EM = 12;

export function timelineFrame(
  model: DeathsModel,
  cutoff: number,
  yDomain: [number, number] = model.yDomain,
): TimelineFrame {
  const labels: FrameLabel[] = [];

  const series = model.series.map((s) => {
    const reached = s.points.filter((p) => p.x <= cutoff + EPSILON);
    const next = s.points[reached.length];
    const last = reached.at(-1);
    const line: [number, number][] = reached.map((p) => [p.x, p.y]);
    const stub: [number, number][] = [];
    let tipX = last?.x;
    if (last && next && cutoff > last.x) {
      const f = (cutoff - last.x) / (next.x - last.x);
      stub.push([last.x, last.y], [cutoff, last.y + f * (next.y - last.y)]);
      tipX = cutoff;
    }
    if (s.shown && last && tipX !== undefined) {
      const value = last.valueText;
      const growing = next !== undefined || tipX >= model.xDomain[1] - EPSILON;
      const nearBaseline = last.y < (yDomain[1] - yDomain[0]) * 0.12;
      labels.push({
        key: s.counter,
        x: tipX,
        // The label sits at the height of the latest reported figure, not at the line's moving tip.
        y: last.y,
        text: `${s.label} ${value}`,
        shortText: `${s.shortLabel} ${value}`,
        color: s.color,
        shape: s.shape,
        side: growing || nearBaseline ? 'right' : 'below',
        lines: wrappedLines(`${s.label} ${value}`, LABEL_WIDTH_EM - LABEL_MARK_EM),
      });
    }
    return {
      counter: s.counter,
      color: s.color,
      shape: s.shape,
      shown: s.shown,
      line,
      stub,
      dots: s.points.map((p) => ({ ...p, visible: p.x <= cutoff + EPSILON })),
    };
  });

  return { series, labels, markerVisible: model.marker.shown && model.marker.x <= cutoff + EPSILON };
}
