/**
 * What of a line chart's marks a window over its x axis shows. A chart that zooms keeps the points outside its
 * window in the model, so a transition can slide them in and out; a drawing that never moves needs only those
 * it shows (see `still` in define.ts).
 */

/** The points inside the window [x0, x1], ends included: the dots a drawing shows. */
export function pointsInWindow<P extends { x: number }>(
  points: readonly P[],
  [x0, x1]: readonly [number, number],
): P[] {
  return points.filter((p) => p.x >= x0 && p.x <= x1);
}

/**
 * The points of a line (in x order) that draw a part of it inside the window [x0, x1]: those inside, and a
 * neighbour outside wherever the line runs across an edge, so the line still reaches the edge (the plot clips
 * the rest). A line that only passes over the window keeps the two points either side. No point: nothing shows.
 */
export function lineInWindow<P extends { x: number }>(line: readonly P[], [x0, x1]: readonly [number, number]): P[] {
  const crosses = (a: P, b: P) => Math.max(a.x, b.x) >= x0 && Math.min(a.x, b.x) <= x1;
  return line.filter((p, i) => {
    if (p.x >= x0 && p.x <= x1) return true;
    const before = line[i - 1];
    const after = line[i + 1];
    return (before !== undefined && crosses(before, p)) || (after !== undefined && crosses(p, after));
  });
}
