/**
 * Marker shapes, so series stay apart where colour does not tell them apart (forced colours, colour vision
 * deficiencies, print): each line chart gives every series its own shape, and its direct label and key item start
 * with the same shape. Fill still shows confidence, whatever the shape: filled, a ring, a thin ring.
 *
 * Paths are in pixels around the point (0,0). The page draws them once, as a sprite (ShapeDefs.astro), and the
 * live charts refer to it (`<use href="#shape-…">`), so the browser's code carries only their names; chart
 * images draw the same paths (static/svg.ts).
 */
export const SHAPES = {
  circle: 'M-3.6,0a3.6,3.6 0 1 0 7.2,0a3.6,3.6 0 1 0-7.2,0Z',
  square: 'M-3.2-3.2h6.4v6.4h-6.4Z',
  diamond: 'M0-4.5 4.5,0 0,4.5-4.5,0Z',
  triangle: 'M0-4.4 4.3,3.3H-4.3Z',
  'triangle-down': 'M0,4.4 4.3-3.3H-4.3Z',
  bar: 'M-4.6-1.9h9.2v3.8h-9.2Z',
} as const;

export type Shape = keyof typeof SHAPES;

/** The id of a shape in the page's sprite. */
export const shapeId = (shape: Shape) => `shape-${shape}`;

/** Width of the shape that starts a direct label, with its space, in ems of the label's text. */
export const LABEL_MARK_EM = 0.9;
/** Width of a dashed line's sample before the shape, with its space, in ems. */
export const LABEL_DASH_EM = 1.3;
