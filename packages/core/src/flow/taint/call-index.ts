import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import { calleeName } from "../values/expression-shapes.js";
import type { FileCallNames, IndexedCall } from "./file-call-names.js";
import { FilePartsByName, type PartKind } from "./file-parts-by-name.js";

/**
 * A syntactic index of calls by callee name and of writes by target name
 * (no type checker): assignments, and calls of the pack's mutators (`x.push(…)`). The engine asks it "who may call `postJson`?" and "who
 * may write `lastTrip`?", then confirms each candidate with the checker;
 * import aliases (`import { postJson as post }`) and default imports are
 * indexed under the exported name too.
 *
 * An editor builds one index per program state. Each file's part is kept per
 * `SourceFile` (file-call-names.ts), so a state after an edit walks only the
 * edited file; the parts are filed under their names once and the filing is
 * brought up to date from state to state (file-parts-by-name.ts). A name's
 * candidates are gathered, in program order, when that name is asked for.
 */
export class CallIndex {
  private readonly calls = new Map<string, readonly IndexedCall[]>();
  private readonly writes = new Map<string, readonly ts.Node[]>();
  private readonly subclasses = new Map<string, readonly ts.ClassLikeDeclaration[]>();
  private positions: Map<ts.SourceFile, number> | undefined;
  private mutatorWrites: Map<string, IndexedCall[]> | undefined;

  constructor(
    private readonly ts: TS,
    private readonly files: readonly ts.SourceFile[],
    /** Methods that write into their receiver (propagation.yaml `mutators`); none = assignments only. */
    private readonly mutators: ReadonlySet<string> = new Set(),
  ) {}

  callsNamed(name: string): readonly IndexedCall[] {
    let found = this.calls.get(name);
    if (!found) this.calls.set(name, (found = this.partsHolding("calls", name).flatMap((part) => part.calls.get(name) ?? [])));
    return found;
  }

  writesNamed(name: string): readonly ts.Node[] {
    let found = this.writes.get(name);
    if (!found) {
      const assignments = this.partsHolding("writes", name).flatMap((part) => part.writes.get(name) ?? []);
      const calls = this.writesByMutator().get(name) ?? [];
      found = calls.length === 0 ? assignments : [...assignments, ...calls].sort((a, b) => this.programOrder(a, b));
      this.writes.set(name, found);
    }
    return found;
  }

  /** Classes written as extending a class of this name (`class TripApi extends BaseClient`), to be confirmed by the checker. */
  subclassesNamed(name: string): readonly ts.ClassLikeDeclaration[] {
    let found = this.subclasses.get(name);
    if (!found) this.subclasses.set(name, (found = this.partsHolding("subclasses", name).flatMap((part) => part.subclasses.get(name) ?? [])));
    return found;
  }

  /**
   * Whether some call named `name` satisfies `test` ("is this function called at all?"): the parts are
   * tried in filing order, without gathering and ordering every candidate (a utility called in every
   * file has thousands); the answer does not depend on the order.
   */
  someCallNamed(name: string, test: (call: IndexedCall) => boolean): boolean {
    const gathered = this.calls.get(name);
    if (gathered) return gathered.some(test);
    return FilePartsByName.of(this.ts, this.files).some("calls", name, (part) => (part.calls.get(name) ?? []).some(test));
  }

  private partsHolding(kind: PartKind, name: string): readonly FileCallNames[] {
    // Asked each time: another program state may have taken the filing over since the last question.
    return FilePartsByName.of(this.ts, this.files).holding(kind, name, (file) => this.position(file));
  }

  /** `x.push(…)`, `x.a.set(…)` by receiver name (`x`, `a`): the calls of each mutator, gathered once. */
  private writesByMutator(): Map<string, IndexedCall[]> {
    if (this.mutatorWrites) return this.mutatorWrites;
    const ts = this.ts;
    const byTarget = new Map<string, IndexedCall[]>();
    for (const mutator of this.mutators) {
      for (const call of this.callsNamed(mutator)) {
        // Calls are also filed under the imported name of an alias; a mutator is matched by the name written.
        if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== mutator) continue;
        const target = calleeName(ts, call.expression.expression);
        if (target === undefined) continue;
        const list = byTarget.get(target);
        if (list) list.push(call);
        else byTarget.set(target, [call]);
      }
    }
    return (this.mutatorWrites = byTarget);
  }

  /** Files in program order; in a file, a node before the nodes it contains (the order of a preorder walk). */
  private programOrder(a: ts.Node, b: ts.Node): number {
    const file = this.position(a.getSourceFile()) - this.position(b.getSourceFile());
    return file !== 0 ? file : a.pos - b.pos || b.end - a.end;
  }

  private position(file: ts.SourceFile): number {
    this.positions ??= new Map(this.files.map((sf, i) => [sf, i]));
    return this.positions.get(file) ?? Infinity;
  }
}
