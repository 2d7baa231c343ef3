import type ts from "typescript";
import type { CallIndex } from "./call-index.js";
import type { CallerWitnesses } from "./caller-witnesses.js";
import type { EngineContext } from "./engine-context.js";
import type { EngineObserver } from "../../model/engine-observer.js";
import type { IndexedCall } from "./file-call-names.js";
import { baseClassOf, resolveCallee } from "./resolve-callee.js";
import { callableNames, type Unit } from "./units.js";

/** Subclasses followed to find `new` of classes that run a base class's constructor. */
const MAX_SUBCLASS_SEARCH = 32;

/**
 * Who calls a project function: candidates from the syntactic call index,
 * confirmed by the checker. A constructor also runs for `super(…)` in its
 * subclasses and for `new` of subclasses that declare no constructor of their
 * own (found through the index of `extends` clauses).
 */
export class CallerLookup {
  private readonly names = new Map<Unit, string[]>();
  /** Asked again for every reach of an SDK method whose destination is its class's constructor parameter. */
  private readonly callers = new Map<Unit, IndexedCall[]>();

  constructor(
    private readonly ctx: EngineContext,
    private readonly index: () => CallIndex,
    private readonly witnesses: CallerWitnesses,
    /** Focused runs (PR mode, the editor) record which names were looked up and which callers confirmed. */
    private readonly observer?: EngineObserver,
    /** A unit an earlier run with unchanged files saw called, so its callers need not be loaded. */
    private readonly knownCalled?: (file: string, pos: number) => boolean,
  ) {}

  /** Calls of `unit` in the project, confirmed by the checker. */
  callersOf(unit: Unit): readonly IndexedCall[] {
    if (this.ctx.ts.isSourceFile(unit)) return [];
    // Told on every ask, cached or not: a focused run depends on these names whichever query answered it.
    for (const name of this.namesOf(unit)) this.observer?.lookedUp?.("calls", name, unit.getSourceFile().fileName);
    const known = this.callers.get(unit);
    if (known) return known;
    const calls = new Set<IndexedCall>();
    for (const name of this.namesOf(unit)) {
      for (const call of this.index().callsNamed(name)) if (resolveCallee(this.ctx, call) === unit) calls.add(call);
    }
    const list = [...calls];
    this.callers.set(unit, list);
    return list;
  }

  /** Whether some call in the project runs `unit` (the first confirmed call is remembered across program states). */
  hasCaller(unit: Unit): boolean {
    if (this.ctx.ts.isSourceFile(unit)) return false;
    if (this.witnesses.stillCalls(unit)) return true;
    const unitFile = unit.getSourceFile().fileName;
    if (this.knownCalled?.(unitFile, unit.pos)) return true;
    const confirms = (call: IndexedCall): boolean => {
      if (resolveCallee(this.ctx, call) !== unit) return false;
      this.witnesses.remember(unit, call);
      this.observer?.callerConfirmed?.(unitFile, unit.pos, call.getSourceFile().fileName);
      return true;
    };
    const names = this.namesOf(unit);
    const called = names.some((name) => this.index().someCallNamed(name, confirms));
    // One confirmed caller answers the question; only a "no" depends on every file that holds the names.
    if (!called) for (const name of names) this.observer?.lookedUp?.("calls", name, unitFile);
    return called;
  }

  private namesOf(unit: Unit): string[] {
    let names = this.names.get(unit);
    if (names) return names;
    const ts = this.ctx.ts;
    names = callableNames(ts, unit);
    if (ts.isConstructorDeclaration(unit)) {
      names.push("super");
      const classes: ts.ClassLikeDeclaration[] = [unit.parent];
      for (let i = 0; i < classes.length && i < MAX_SUBCLASS_SEARCH; i++) {
        const name = classes[i]!.name?.text;
        if (name === undefined) continue;
        for (const subclass of this.index().subclassesNamed(name)) {
          const ownConstructor = subclass.members.some((m) => ts.isConstructorDeclaration(m) && m.body !== undefined);
          if (classes.includes(subclass) || ownConstructor || baseClassOf(this.ctx, subclass) !== classes[i]) continue;
          classes.push(subclass);
          if (subclass.name) names.push(subclass.name.text);
        }
      }
    }
    this.names.set(unit, names);
    return names;
  }
}
