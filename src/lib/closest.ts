/**
 * Suggestions for a mistyped name (a fact id, a source id, a chart state key), for build errors that say what
 * was probably meant.
 */

/** Suggestions for a mistyped name: the allowed names closest by edit distance. */
export function closest(name: string, candidates: readonly string[], count = 3): string[] {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const tmp = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = tmp;
      }
    }
    return row[b.length]!;
  };
  return [...candidates].sort((x, y) => distance(name, x) - distance(name, y)).slice(0, count);
}
