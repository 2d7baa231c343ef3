import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import { fileCallNames, type FileCallNames } from "./file-call-names.js";
import { fileListStep } from "../../program/file-list-step.js";

/**
 * Every file's call-name part (file-call-names.ts) filed under the names it
 * holds. Filing all names of a large project is a pass over every name of
 * every file; an editor's program states differ from the last one by the
 * edited file, so the filing is kept and brought up to date by difference:
 * the parts of files that left are taken out, those of files that came in
 * are added. One filing per `ts` module is kept for a few projects at once;
 * a state takes the one closest to it.
 */
export class FilePartsByName {
  private files: readonly ts.SourceFile[] = [];
  // By name, then by file: an edit takes the edited file's old part out of lists that can hold every file.
  private readonly calls = new Map<string, Map<ts.SourceFile, FileCallNames>>();
  private readonly writes = new Map<string, Map<ts.SourceFile, FileCallNames>>();
  private readonly subclasses = new Map<string, Map<ts.SourceFile, FileCallNames>>();

  private constructor(private readonly ts: TS) {}

  /** The filing for `files`, taken from the closest kept one (which then describes `files`). */
  static of(ts: TS, files: readonly ts.SourceFile[]): FilePartsByName {
    let kept = filings.get(ts);
    if (!kept) filings.set(ts, (kept = []));
    const current = kept.find((filing) => filing.files === files);
    if (current) return current;
    let best: FilePartsByName | undefined;
    let bestDistance = Infinity;
    for (const filing of kept) {
      const distance = filing.distanceTo(files);
      if (distance < bestDistance) [best, bestDistance] = [filing, distance];
    }
    // Beyond half the files, refiling costs as much as filing anew: start a new one (and forget the oldest).
    if (!best || bestDistance > files.length / 2) {
      best = new FilePartsByName(ts);
      kept.push(best);
      if (kept.length > MAX_FILINGS) kept.shift();
    } else {
      kept.splice(kept.indexOf(best), 1);
      kept.push(best);
    }
    best.syncTo(files);
    return best;
  }

  /** The parts holding calls (or writes) under `name`, in the order of `files` of the last sync. */
  holding(kind: PartKind, name: string, position: (file: ts.SourceFile) => number): readonly FileCallNames[] {
    const filed = this.filed(kind).get(name);
    if (!filed) return [];
    return [...filed].sort((a, b) => position(a[0]) - position(b[0])).map(([, part]) => part);
  }

  /** Whether `test` holds for a part filed under `name`, in no particular order. */
  some(kind: PartKind, name: string, test: (part: FileCallNames) => boolean): boolean {
    for (const part of this.filed(kind).get(name)?.values() ?? []) if (test(part)) return true;
    return false;
  }

  private filed(kind: PartKind): Map<string, Map<ts.SourceFile, FileCallNames>> {
    return kind === "calls" ? this.calls : kind === "writes" ? this.writes : this.subclasses;
  }

  private distanceTo(files: readonly ts.SourceFile[]): number {
    if (this.files === files) return 0;
    const step = fileListStep(this.files, files);
    return step.left.length + step.came.length;
  }

  private syncTo(files: readonly ts.SourceFile[]): void {
    if (this.files === files) return;
    const { left, came } = fileListStep(this.files, files);
    // A file that only moved leaves and comes back: taking out before adding keeps it filed once.
    for (const file of left) this.file(file, false);
    for (const file of came) this.file(file, true);
    this.files = files;
  }

  private file(file: ts.SourceFile, add: boolean): void {
    const part = fileCallNames(this.ts, file);
    for (const name of part.calls.keys()) change(this.calls, name, file, add ? part : undefined);
    for (const name of part.writes.keys()) change(this.writes, name, file, add ? part : undefined);
    for (const name of part.subclasses.keys()) change(this.subclasses, name, file, add ? part : undefined);
  }
}

export type PartKind = "calls" | "writes" | "subclasses";

const MAX_FILINGS = 4;
const filings = new WeakMap<TS, FilePartsByName[]>();

/** Files `part` under `name` for `file`, or takes the file out when `part` is undefined. */
function change(map: Map<string, Map<ts.SourceFile, FileCallNames>>, name: string, file: ts.SourceFile, part: FileCallNames | undefined): void {
  let byFile = map.get(name);
  if (part) {
    if (!byFile) map.set(name, (byFile = new Map<ts.SourceFile, FileCallNames>()));
    byFile.set(file, part);
    return;
  }
  byFile?.delete(file);
  if (byFile?.size === 0) map.delete(name);
}
