import type ts from "typescript";
import type { FlowStep } from "../../model/finding.js";
import { locationOf } from "../values/source-location.js";
import type { EngineContext } from "./engine-context.js";
import { evaluateCall } from "./evaluate-call.js";
import { evaluateExpression } from "./evaluate-expression.js";
import type { CellWrite, FunctionSummary, SinkCallLike, SinkReach } from "./flow-types.js";
import { splitSymbolic } from "./substitute.js";
import { EMPTY, isEmpty, taintWork, union, weight, withStep, type Label, type Taint } from "./taint.js";
import { AnalysisBudgetExceeded, UNIT_WORK_BUDGET } from "./analysis-limits.js";
import { isFunctionWithBody, isRootFunction, type Unit } from "./units.js";
import { ReachRecorder } from "./sink-reaches.js";
import { isInsideNonRoot, nearestFunction, propertyKey } from "./scope-helpers.js";
import { cellIdOf, cellNameOf, isModuleVariable } from "./cells.js";
import { assignInto, assignTo, bindName } from "./assignments.js";
import { parameterNameTaint } from "./untyped-signals.js";
import { writtenNames } from "./written-names.js";
import type { UnitAnalysis } from "./unit-analysis.js";

const MAX_PASSES = 4;

/**
 * Flow-insensitive taint analysis of one unit (a root function with its
 * nested closures, or a module's top-level code). Variables hold the union of
 * everything assigned to them; the body is re-walked only when a variable grew
 * after it had been read (loops, closures called before their definition).
 */
export class FunctionAnalysis implements UnitAnalysis {
  readonly ts;
  readonly checker;
  private readonly env = new Map<ts.Symbol, Taint>();
  private readonly returns = new Map<ts.Node, Taint>();
  private readonly params = new Map<ts.Symbol, { index: number; access: string[]; except?: string[] }>();
  private readonly reachRecorder: ReachRecorder;
  private readonly cellWrites = new Map<string, Taint>();
  /** Calls of functions nested in this unit: their parameter destinations resolve at these calls. */
  readonly nestedCalls = new Map<ts.Node, ts.CallExpression[]>();
  private readonly readThisPass = new Set<ts.Symbol>();
  private grewAfterRead = false;
  /** `taintWork()` when this analysis started, and the part of it since spent summarising callees. */
  private readonly workStart = taintWork();
  childWork = 0;

  /** `budget`: labels this unit may handle itself before its analysis stops (analysis-limits.ts). */
  constructor(
    readonly ctx: EngineContext,
    readonly unit: Unit,
    private readonly budget = UNIT_WORK_BUDGET,
  ) {
    this.ts = ctx.ts;
    this.checker = ctx.checker;
    this.reachRecorder = new ReachRecorder(ctx, unit, (node) => this.isLocal(node), this.nestedCalls);
  }

  run(): FunctionSummary {
    const ts = this.ts;
    if (!ts.isSourceFile(this.unit)) this.bindParameters(this.unit);
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      this.grewAfterRead = false;
      this.readThisPass.clear();
      if (ts.isSourceFile(this.unit)) for (const statement of this.unit.statements) this.walk(statement);
      else this.walkFunctionBody(this.unit as ts.FunctionLikeDeclaration);
      if (!this.grewAfterRead) break;
    }
    this.reachRecorder.completeNestedReaches();
    return {
      returns: this.returns.get(this.unit) ?? EMPTY,
      reaches: this.reachRecorder.pending(),
      cellWrites: [...this.cellWrites].map(([cell, value]): CellWrite => ({ cell, value })),
    };
  }

  /** Taint of a module-level variable after the module unit ran. */
  valueOf(symbol: ts.Symbol): Taint {
    return this.env.get(symbol) ?? EMPTY;
  }

  // ---- statements -------------------------------------------------------

  walk(node: ts.Node): void {
    const ts = this.ts;
    if (isFunctionWithBody(ts, node)) {
      if (node !== this.unit && !isRootFunction(ts, node)) this.walkFunctionBody(node);
      return;
    }
    if (ts.isVariableDeclaration(node)) {
      if (node.initializer) this.bind(node.name, this.evalExpr(node.initializer));
      return;
    }
    if (ts.isReturnStatement(node)) {
      if (node.expression) this.recordReturn(node, this.evalExpr(node.expression));
      return;
    }
    if (ts.isForOfStatement(node)) {
      const collection = this.evalExpr(node.expression);
      if (ts.isVariableDeclarationList(node.initializer)) for (const d of node.initializer.declarations) this.bind(d.name, collection);
      else this.assign(node.initializer, collection);
      this.walk(node.statement);
      return;
    }
    if (
      ts.isClassDeclaration(node) ||
      ts.isInterfaceDeclaration(node) ||
      ts.isTypeAliasDeclaration(node) ||
      ts.isImportDeclaration(node) ||
      ts.isEnumDeclaration(node)
    ) {
      if (ts.isClassDeclaration(node)) ts.forEachChild(node, (child) => this.walk(child));
      return;
    }
    if (ts.isPropertyDeclaration(node)) {
      if (node.initializer) this.writeCell(node, this.evalExpr(node.initializer));
      return;
    }
    if (ts.isExpression(node)) {
      this.evalExpr(node);
      return;
    }
    ts.forEachChild(node, (child) => this.walk(child));
  }

  walkFunctionBody(fn: ts.FunctionLikeDeclaration): void {
    const body = fn.body;
    if (!body) return;
    if (this.ts.isBlock(body)) for (const statement of body.statements) this.walk(statement);
    else this.recordReturn(body, this.evalExpr(body));
  }

  evalExpr(node: ts.Expression): Taint {
    // The unit's own work only: what its callees' summaries cost is theirs.
    if (taintWork() - this.workStart - this.childWork > this.budget) throw new AnalysisBudgetExceeded(node, this.budget);
    return evaluateExpression(this, node);
  }

  evalCall(node: ts.CallExpression | ts.NewExpression): Taint {
    return evaluateCall(this, node);
  }

  // ---- variables --------------------------------------------------------

  private bindParameters(fn: ts.SignatureDeclaration): void {
    fn.parameters.forEach((parameter, index) => this.bindParameterName(parameter.name, index, []));
  }

  private bindParameterName(name: ts.BindingName, index: number, access: string[], except?: string[]): void {
    const ts = this.ts;
    if (ts.isIdentifier(name)) {
      const symbol = this.checker.getSymbolAtLocation(name);
      if (symbol) this.params.set(symbol, except && except.length > 0 ? { index, access, except } : { index, access });
      return;
    }
    for (const element of name.elements) {
      if (ts.isOmittedExpression(element)) continue;
      const key = ts.isObjectBindingPattern(name) ? propertyKey(ts, element) : undefined;
      // `({ vin, ...rest }) => …`: the rest is what the caller passes, without the properties named before it.
      const rest = ts.isObjectBindingPattern(name) && element.dotDotDotToken ? takenKeys(ts, name) : undefined;
      this.bindParameterName(element.name, index, key !== undefined && !element.dotDotDotToken ? [...access, key] : access, rest);
    }
  }

  /** Binds a declaration or destructuring pattern to a value. */
  bind(name: ts.BindingName, value: Taint): void {
    bindName(this, name, value);
  }

  /** Assignment to an expression target (`x = v`, `a.b.c = v`, `[a, b] = v`). */
  assign(target: ts.Expression, value: Taint): void {
    assignTo(this, target, value);
  }

  /** `receiver.key = value` or, without a key, `receiver.push(value)`: the receiver now carries the value. */
  assignInto(receiver: ts.Expression, key: string | undefined, value: Taint): void {
    assignInto(this, receiver, key, value);
  }

  /** What a local variable holds so far in this unit. */
  currentValue(symbol: ts.Symbol): Taint {
    return this.env.get(symbol) ?? EMPTY;
  }

  /** A value flowing into a variable: a local of this unit grows, a module variable becomes a cell write. */
  assignSymbol(symbol: ts.Symbol, value: Taint): void {
    if (isEmpty(value)) return;
    const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (!declaration) return;
    if (!this.isLocal(declaration)) {
      if (isModuleVariable(this.ts, declaration) && this.ctx.isProjectFile(declaration.getSourceFile())) this.writeCell(declaration, value);
      return;
    }
    const current = this.env.get(symbol);
    const next = current ? union(current, value) : value;
    if (current && weight(next) === weight(current)) return;
    this.env.set(symbol, next);
    if (this.readThisPass.has(symbol)) this.grewAfterRead = true;
  }

  /** Reading a variable: parameters are symbolic, locals come from the environment, module variables from their module. */
  readSymbol(symbol: ts.Symbol, at: ts.Node): Taint {
    const ts = this.ts;
    const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (!declaration) return EMPTY;
    const param = this.params.get(symbol);
    let value: Taint = EMPTY;
    if (param) {
      value = { labels: [{ kind: "param", index: param.index, access: param.access, steps: undefined, ...(param.except ? { except: param.except } : {}) }] };
      // Callers say what a parameter holds (a sanitized clip stays sanitized); only a function nobody in the
      // project calls (a route handler, an exported API) is judged by its parameters' declared types.
      // The declared type (and a signal-named parameter) is asked first: when it carries nothing, whether anyone calls the function does not matter.
      const declared = union(this.typeTaintOf(at), parameterNameTaint(this, declaration));
      if (!isEmpty(declared) && this.ctx.isEntryPoint(this.unit)) value = union(value, declared);
    }
    if (this.isLocal(declaration)) {
      this.readThisPass.add(symbol);
      value = union(value, this.env.get(symbol) ?? EMPTY);
    } else if (ts.isVariableDeclaration(declaration) && isModuleVariable(ts, declaration) && this.ctx.isProjectFile(declaration.getSourceFile())) {
      value = union(value, this.ctx.moduleValue(symbol, declaration));
      if (isEmpty(value)) value = this.typeTaintOf(at);
    }
    if (
      isModuleVariable(ts, declaration) &&
      this.ctx.isProjectFile(declaration.getSourceFile()) &&
      !this.isNeverWritten(declaration as ts.VariableDeclaration)
    ) {
      value = union(value, this.cellLabel(declaration, at));
    }
    return value;
  }

  /**
   * Whether anything can be stored into a module variable after its initializer: only its own file's code
   * can (see written-names.ts). A variable nobody writes needs no cell label on reads, which keeps a chain
   * of them (`const s1 = s0 + "a"; const s2 = s1 + "a"; …`, `const d2 = { x: d1 }`) from carrying one more
   * label per link.
   */
  private isNeverWritten(declaration: ts.VariableDeclaration): boolean {
    const ts = this.ts;
    return ts.isIdentifier(declaration.name) && !writtenNames(ts, declaration.getSourceFile(), this.ctx.pack.propagation.mutators).has(declaration.name.text);
  }

  /** Whether a declaration belongs to this unit (its own code, nested closures included). */
  private isLocal(declaration: ts.Node): boolean {
    if (declaration.getSourceFile() !== this.unit.getSourceFile()) return false;
    if (this.ts.isSourceFile(this.unit))
      return (this.ts.isVariableDeclaration(declaration) && isModuleVariable(this.ts, declaration)) || isInsideNonRoot(this.ts, declaration);
    return declaration.pos >= this.unit.pos && declaration.end <= this.unit.end;
  }

  // ---- cells (class fields, module variables) ---------------------------

  writeCell(declaration: ts.Node, value: Taint): void {
    if (isEmpty(value)) return;
    const cell = cellIdOf(declaration);
    const { concrete, symbolic } = splitSymbolic(value);
    if (!isEmpty(concrete)) this.ctx.writeCell(cell, concrete);
    if (!isEmpty(symbolic)) this.cellWrites.set(cell, union(this.cellWrites.get(cell) ?? EMPTY, symbolic));
  }

  recordCellWrite(cell: string, value: Taint): void {
    const { concrete, symbolic } = splitSymbolic(value);
    if (!isEmpty(concrete)) this.ctx.writeCell(cell, concrete);
    if (!isEmpty(symbolic)) this.cellWrites.set(cell, union(this.cellWrites.get(cell) ?? EMPTY, symbolic));
  }

  cellLabel(declaration: ts.Node, at: ts.Node): Taint {
    const cell = cellIdOf(declaration);
    const name = cellNameOf(this.ts, declaration);
    this.ctx.readCell(cell, name);
    const label: Label = { kind: "cell", cell, access: [], steps: undefined };
    return withStep({ labels: [label] }, this.step(at, `reads ${name}, which holds what was stored in it`));
  }

  // ---- returns and sinks ------------------------------------------------

  recordReturn(at: ts.Node, value: Taint): void {
    const fn = nearestFunction(this.ts, at);
    if (!fn || isEmpty(value)) return;
    this.returns.set(fn, union(this.returns.get(fn) ?? EMPTY, value));
  }

  returnsOf(fn: ts.Node): Taint {
    return this.returns.get(fn) ?? EMPTY;
  }

  recordSink(sink: SinkCallLike, payload: Taint): void {
    this.reachRecorder.recordSink(sink, payload);
  }

  recordReach(reach: SinkReach): void {
    this.reachRecorder.record(reach);
  }

  // ---- helpers shared with the expression evaluators --------------------

  step(node: ts.Node, message: string): FlowStep {
    return { location: locationOf(node), message };
  }

  propertyOriginTaint(property: ts.Symbol | undefined, at: ts.Node): Taint {
    const origin = this.ctx.types.propertyOrigin(property);
    if (!origin) return EMPTY;
    return { labels: [{ kind: "origin", origin, steps: { step: this.step(at, `reads ${origin.path}`), previous: undefined, length: 1 } }] };
  }

  typeTaintOf(node: ts.Node): Taint {
    const taint = this.ctx.types.typeTaint(this.checker.getTypeAtLocation(node));
    return isEmpty(taint) ? taint : withStep(taint, this.step(node, `${node.getText().slice(0, 60)} holds a value of a classified type`));
  }
}

/** The static keys an object pattern's elements take before its rest (undefined when one is computed). */
function takenKeys(ts: typeof import("typescript"), pattern: ts.ObjectBindingPattern): string[] | undefined {
  const keys: string[] = [];
  for (const element of pattern.elements) {
    if (element.dotDotDotToken) continue;
    const key = propertyKey(ts, element);
    if (key === undefined) return undefined;
    keys.push(key);
  }
  return keys;
}
