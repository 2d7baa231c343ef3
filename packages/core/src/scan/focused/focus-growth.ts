import type { EngineObserver } from "../../flow/taint/engine-observer.js";
import type { ScanProgram } from "../../program/create-scan-program.js";
import { posixPath } from "../../program/analysed-source-files.js";
import { cellName } from "./cell-name.js";
import type { ProjectGraph } from "./project-graph.js";

/** The sets a focused analysis grows between rounds (posix paths). */
export interface GrowingSets {
  /** Files whose findings are reported. */
  focus: Set<string>;
  /** PR mode: files a reported flow may pass through (the changed files and where their data goes on). */
  through: Set<string>;
  /** Files the next round's program must hold. */
  pending: Set<string>;
}

/**
 * One round's observer of the taint engine and what it makes the next round add. Every file holding
 * a name the engine's answer depended on, that can see the declaration, is loaded. In PR mode the focus
 * also grows to where flows through the changed code are reported:
 * - a complete flow left out of the focus that passes through `through` — its report location;
 * - a function of `through` that leaves something to its callers (a tainted return value, caller data
 *   written into a cell, a destination the caller supplies) — its callers, whose flows pass through it;
 * - a reach of such a function with a fixed destination — the sink's file, where the finding sits;
 * - a cell written by code of `through` — the files that read it.
 */
export class FocusGrowth {
  /** Whether the focus or `through` grew this round. */
  grown = false;

  constructor(
    private readonly graph: ProjectGraph,
    private readonly built: ScanProgram,
    private readonly discover: boolean,
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

  observer(): EngineObserver {
    const { graph, sets } = this;
    const lookups: EngineObserver = {
      lookedUp(kind, name, declaredIn) {
        for (const file of graph.candidates(kind, name, posixPath(declaredIn))) sets.pending.add(file);
      },
    };
    if (!this.discover) return lookups;
    const through = (file: string) => sets.through.has(posixPath(file));
    return {
      ...lookups,
      flowOutsideFocus: (location, files) => {
        if (files.some(through)) this.addFocus(location.file, false);
      },
      summarised: (unitFile, names, summary) => {
        if (!through(unitFile)) return;
        const file = posixPath(unitFile);
        const callersNeeded = summary.returnsTaint || summary.writesCallerData || summary.reaches.some((reach) => reach.destinationFromCaller);
        if (callersNeeded) for (const name of names) for (const caller of graph.candidates("calls", name, file)) this.addFocus(caller, true);
        for (const reach of summary.reaches) if (!reach.destinationFromCaller) this.addFocus(reach.location.file, false);
      },
      cellWritten: (declaredIn, pos, writtenIn) => {
        if (!through(writtenIn)) return;
        const name = cellName(this.built, declaredIn, pos);
        // Readers hold the cell's name; a cell whose name cannot be told may be read by any file that sees it.
        const declaration = posixPath(declaredIn);
        const readers = name !== undefined ? graph.candidates("identifiers", name, declaration) : [...graph.seeing(declaration)];
        for (const reader of readers) this.addFocus(reader, true);
      },
    };
  }
}
