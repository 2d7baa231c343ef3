/** A report that cannot be merged: printed as `vdx: message`, exit 2. */
export class MergeError extends Error {
  override readonly name = "MergeError";
}

export interface ShardMarker {
  index: number;
  count: number;
  units: string[];
}

/** Every shard 1..n exactly once, or no shard markers at all (reports of disjoint scans). */
export function checkShards(markers: readonly (ShardMarker | undefined)[]): void {
  if (markers.every((m) => m === undefined)) return;
  if (markers.some((m) => m === undefined)) throw new MergeError("some reports are shards (--shard) and some are not");
  const count = markers[0]!.count;
  if (markers.some((m) => m!.count !== count))
    throw new MergeError(`the reports are shards of different splits (${[...new Set(markers.map((m) => m!.count))].join(", ")} shards)`);
  const seen = new Set<number>();
  for (const marker of markers) {
    if (seen.has(marker!.index)) throw new MergeError(`shard ${marker!.index}/${count} is given twice`);
    seen.add(marker!.index);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0)
    throw new MergeError(
      `shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${count}`).join(", ")} missing: a merged report would leave findings out`,
    );
}

/** Fails unless `value` is the same in every report. */
export function sameEverywhere<T>(reports: readonly T[], what: string, value: (report: T) => string): void {
  const values = new Set(reports.map(value));
  if (values.size > 1) throw new MergeError(`the reports differ in ${what} (${[...values].join(" vs ")}): they are not shards of one scan`);
}

/**
 * Lists already in report order, merged by file: a stable merge that compares only the file, so two
 * entries of one file (always from one shard) keep their order.
 */
export function byFile<T>(lists: readonly (readonly T[])[], fileOf: (item: T) => string): T[] {
  const all = lists.flatMap((list, shard) => list.map((item, position) => ({ item, shard, position, file: fileOf(item) })));
  all.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.shard - b.shard || a.position - b.position));
  return all.map((entry) => entry.item);
}
