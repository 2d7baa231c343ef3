import type ts from "typescript";
import { createReuseScope } from "../sinks/match-reuse.js";
import type { TS } from "../values/typescript-module.js";
import type { IndexedCall } from "./file-call-names.js";
import type { Unit } from "./units.js";

/** Witness calls live as long as their function's node (an unchanged file keeps its nodes across states). */
const witnesses = new WeakMap<Unit, IndexedCall>();
const OWNER = {};

export interface CallerWitnesses {
  /** Whether the call that showed earlier that `unit` has a caller still shows it in this program state. */
  stillCalls(unit: Unit): boolean;
  remember(unit: Unit, call: IndexedCall): void;
}

/**
 * "Is this function called anywhere?" decides whether its parameters are
 * judged by their type (an entry point) or by what callers pass; answering
 * it means confirming a candidate call with the checker, in some file of the
 * project. The confirmed call is kept: in a later program state it still
 * calls the function while its file and that file's imports are the same
 * objects (the rule of `createReuseScope`) — the function's own node being
 * the same object says its file did not change either.
 */
export function createCallerWitnesses(ts: TS, program: ts.Program, isProjectFile: (file: ts.SourceFile) => boolean): CallerWitnesses {
  const scope = createReuseScope<true>(ts, program, program.getTypeChecker(), OWNER, "caller-witnesses");
  return {
    stillCalls(unit) {
      const call = witnesses.get(unit);
      if (!call) return false;
      const file = call.getSourceFile();
      return isProjectFile(file) && scope.get(file) === true;
    },
    remember(unit, call) {
      witnesses.set(unit, call);
      scope.set(call.getSourceFile(), true);
    },
  };
}
