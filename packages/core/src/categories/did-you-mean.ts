/**
 * "Did you mean" for mistyped category ids: the known ids closest by edit
 * distance, also comparing the last segment alone (users often get the
 * family right and misspell the item, or the reverse).
 */
export function suggestIds(unknown: string, known: Iterable<string>, max = 3): string[] {
  const needle = unknown.trim().toLowerCase();
  const scored: { id: string; score: number }[] = [];
  for (const id of known) {
    const whole = editDistance(needle, id.toLowerCase());
    const lastNeedle = needle.split(".").pop() ?? needle;
    const lastId = id.toLowerCase().split(".").pop() ?? id;
    const tail = editDistance(lastNeedle, lastId) + (needle.includes(".") ? 1 : 0);
    const contains = id.toLowerCase().includes(lastNeedle) && lastNeedle.length >= 3 ? 1 : Infinity;
    scored.push({ id, score: Math.min(whole, tail, contains) });
  }
  const limit = suggestionDistanceLimit(needle);
  return scored
    .filter((s) => s.score <= limit)
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, max)
    .map((s) => s.id);
}

/**
 * How far (in edits) a suggestion may be from what was written: 2, or a third of its length for long
 * words. The one threshold of every did-you-mean in vdx (ids, CLI commands, options and choices).
 */
export function suggestionDistanceLimit(written: string): number {
  return Math.max(2, Math.ceil(written.length / 3));
}

/** Damerau-Levenshtein (optimal string alignment) distance. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[rows - 1]![cols - 1]!;
}
