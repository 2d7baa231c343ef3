import type ts from "typescript";
import { createReuseScope, type ReuseScope } from "@vdx/core";

type TS = typeof ts;

/**
 * Per-file results kept across program states. An editor builds a new
 * program after every keystroke, and the language service hands unchanged
 * files over as the same `SourceFile` objects; a result computed for a file
 * stays right while everything the checker could have consulted for it is
 * the same object again. That rule lives in core (`createReuseScope`, the one
 * the sink matcher uses too), so the plugin and the engine cannot disagree on
 * when a result is stale.
 *
 * Results live as long as their `owner` (the project knowledge they were
 * computed with: pack, schema fields, root) and their `SourceFile`.
 */
export class SourceFileReuse<T> {
  /** `purpose` keeps the results of different users of the same owner apart. */
  constructor(private readonly purpose: string) {}

  /** The view of one program state; create one per program and use it for all files of that state. */
  inProgram(typescript: TS, program: ts.Program, owner: object): ProgramReuse<T> {
    return createReuseScope<T>(typescript, program, program.getTypeChecker(), owner, `eslint-plugin\u0000${this.purpose}`);
  }
}

export type ProgramReuse<T> = ReuseScope<T>;
