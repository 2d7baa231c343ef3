import type ts from "typescript";

/** How the source files of one program state differ from an earlier state's. */
export interface FileListStep {
  /** Files of the earlier list that are gone, and files of the new list that are new (an edited file is in both). */
  left: ts.SourceFile[];
  came: ts.SourceFile[];
  /**
   * Whether the step is edits only: the same file names in the same order, `left[i]` replaced by `came[i]`.
   * Files added, removed or reordered make it false.
   */
  edit: boolean;
}

/**
 * The difference between two lists of source files, as an editor's successive program states give them:
 * an unchanged file keeps its `SourceFile` object, an edited one gets a new object at the same position.
 * Compared position by position when the lengths agree (one pass, no set of every file); by sets otherwise.
 */
export function fileListStep(before: readonly ts.SourceFile[], after: readonly ts.SourceFile[]): FileListStep {
  if (before.length !== after.length) {
    const next = new Set(after);
    const previous = new Set(before);
    return { left: before.filter((file) => !next.has(file)), came: after.filter((file) => !previous.has(file)), edit: false };
  }
  const left: ts.SourceFile[] = [];
  const came: ts.SourceFile[] = [];
  let edit = true;
  for (let i = 0; i < after.length; i++) {
    const was = before[i]!;
    const is = after[i]!;
    if (was === is) continue;
    left.push(was);
    came.push(is);
    if (was.fileName !== is.fileName) edit = false;
  }
  return { left, came, edit };
}
