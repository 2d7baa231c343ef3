import type { SourceLocation } from "./location.js";

/**
 * What a taint-engine run tells a caller that chooses the program and the focus itself: a PR check
 * that analyses only what a change touches, or one shard of a CI matrix (`scan/focused/`). The
 * engine finds code outside the files it starts from in two ways only: through the checker (which
 * follows imports, so the program has that code) and through its syntactic index of calls and writes
 * by name. A caller that builds the program from a subset of the project must load every file that
 * holds a name the engine looked up; and to report every flow that passes through some files, it must
 * know where flows outside the focus would be reported and which reaches still wait for callers.
 * Every method is optional; the engine's results do not depend on the observer.
 */
export interface EngineObserver {
  /**
   * The engine's answer depends on every call (`calls`: callers of a function) or write (`writes`: of a
   * class field or module variable) named `name` of a declaration in `declaredIn`. (A question that one
   * confirmed caller answers — "is this function called at all?" — is reported only when none was found.)
   */
  lookedUp?(kind: "calls" | "writes", name: string, declaredIn: string): void;
  /** A complete flow left out of a focused run's results: where it would be reported and every place it passes through. */
  flowOutsideFocus?(location: SourceLocation, steps: readonly SourceLocation[]): void;
  /**
   * With `observeFiles`: what each function declared there leaves to its callers — a tainted return
   * value, writes of caller data into cells, and reaches (where each would be reported now, and whether
   * a caller still supplies the destination, so that the finding lands at a caller's call).
   */
  summarised?(unit: UnitSpan, callableNames: readonly string[], summary: ObservedSummary): void;
  /** A call in `callerFile` was confirmed to call the function at offset `pos` of `unitFile` (the engine asked whether it is called at all). */
  callerConfirmed?(unitFile: string, pos: number, callerFile: string): void;
  /** Concrete data was stored in a cell (a class field or module variable declared in `declaredIn` at offset `pos`) by the code of `writer`. */
  cellWritten?(declaredIn: string, pos: number, writer: UnitSpan): void;
}

/** Where a unit of analysis (a function, or a file's top-level code) is: its file and 1-based first and last line. */
export interface UnitSpan {
  file: string;
  start: number;
  end: number;
}

export interface ObservedSummary {
  returnsTaint: boolean;
  writesCallerData: boolean;
  reaches: readonly { location: SourceLocation; destinationFromCaller: boolean }[];
}
