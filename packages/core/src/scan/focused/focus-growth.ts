import type { EngineObserver, UnitSpan } from "../../model/engine-observer.js";
import type { SourceLocation } from "../../model/location.js";
import type { ScanProgram } from "../../program/create-scan-program.js";
import { posixPath } from "../../paths/report-paths.js";
import { cellName } from "./cell-name.js";
import type { ProjectGraph } from "./project-graph.js";

/** PR mode's change as a focused analysis sees it: the changed TypeScript files, and whether lines of one are changed. */
export interface ChangeView {
  /** Changed TypeScript files (posix paths). */
  files: readonly string[];
  /** Whether any of lines `start`..`end` of `file` is changed. */
  touches(file: string, start: number, end: number): boolean;
}

/** The sets a focused analysis grows between rounds (posix paths). */
export interface GrowingSets {
  /** Files whose findings are reported. */
  focus: Set<string>;
  /**
   * PR mode: files the change's data reaches, followed as a whole (a caller of a changed function, a
   * reader of a changed declaration); in the changed files themselves only the changed lines count.
   */
  through: Set<string>;
  /** Files the next round's program must hold. */
  pending: Set<string>;
}

/**
 * One round's observer of the taint engine and what it makes the next round add. Every file holding
 * a name the engine's answer depended on, that can see the declaration, is loaded. In PR mode the focus
 * also grows to where flows through the change are reported. "Through the change" is a changed line,
 * or any line of a file in `through`; then:
 * - a complete flow left out of the focus that passes through the change — its report location;
 * - a function through the change that leaves something to its callers (a tainted return value,
 *   caller data written into a cell, a destination the caller supplies) — its callers, followed whole;
 * - a reach of such a function with a fixed destination — the sink's file, where the finding sits;
 * - a cell written by code through the change — the files that read it, followed whole.
 */
export class FocusGrowth {
  /** Whether the focus or `through` grew this round. */
  grown = false;

  constructor(
    private readonly graph: ProjectGraph,
    private readonly built: ScanProgram,
    private readonly change: ChangeView | undefined,
    private readonly sets: GrowingSets,
  ) {}

  addFocus(file: string, alsoThrough: boolean): void {
    const posix = posixPath(file);
    if (!this.sets.focus.has(posix)) {
      this.sets.focus.add(posix);
      this.sets.pending.add(posix);
      this.grown = true;
    }
    if (alsoThrough && !this.sets.through.has(posix)) {
      this.sets.through.add(posix);
      this.grown = true;
    }
  }

  /** Whether code at these lines carries the change's data. */
  carries(span: UnitSpan): boolean {
    return this.sets.through.has(posixPath(span.file)) || (this.change?.touches(span.file, span.start, span.end) ?? false);
  }

  private passes(place: SourceLocation): boolean {
    return this.carries({ file: place.file, start: place.line, end: place.line });
  }

  observer(): EngineObserver {
    const { graph, sets } = this;
    const lookups: EngineObserver = {
      lookedUp(kind, name, declaredIn) {
        for (const file of graph.candidates(kind, name, posixPath(declaredIn))) sets.pending.add(file);
      },
    };
    if (!this.change) return lookups;
    return {
      ...lookups,
      flowOutsideFocus: (location, places) => {
        if (places.some((place) => this.passes(place))) this.addFocus(location.file, false);
      },
      summarised: (unit, names, summary) => {
        if (!this.carries(unit)) return;
        const file = posixPath(unit.file);
        const callersNeeded = summary.returnsTaint || summary.writesCallerData || summary.reaches.some((reach) => reach.destinationFromCaller);
        if (callersNeeded) for (const name of names) for (const caller of graph.candidates("calls", name, file)) this.addFocus(caller, true);
        for (const reach of summary.reaches) if (!reach.destinationFromCaller) this.addFocus(reach.location.file, false);
      },
      cellWritten: (declaredIn, pos, writer) => {
        if (!this.carries(writer)) return;
        const name = cellName(this.built, declaredIn, pos);
        // Readers hold the cell's name; a cell whose name cannot be told may be read by any file that sees it.
        const declaration = posixPath(declaredIn);
        const readers = name !== undefined ? graph.candidates("identifiers", name, declaration) : [...graph.seeing(declaration)];
        for (const reader of readers) this.addFocus(reader, true);
      },
    };
  }
}
