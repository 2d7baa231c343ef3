import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import type { StaticEvaluator } from "../values/static-evaluator.js";
import { valuesOf } from "../values/static-value.js";
import { resolveDefinition } from "../values/definitions.js";
import { unwrapExpression } from "../values/expression-shapes.js";
import type { ApiPathResolver, CallNode } from "./api-path.js";
import type { CompiledSinkModel } from "./compiled-model.js";
import { matchPattern } from "./member-path.js";
import { selectOne, type CallBindings, type SelectorContext } from "./selectors.js";

export interface ModelConditionContext {
  ts: TS;
  checker: ts.TypeChecker;
  evaluator: StaticEvaluator;
  resolver: ApiPathResolver;
}

export interface ModelConditions {
  /**
   * The call that creates the model's `command` value: an argument of the sink call (AWS SDK v3 commands), or a
   * value its selectors reach, any element of an array literal (a winston logger's `transports`). Undefined when
   * the value is created out of sight; null when nothing there is created by the command's access path.
   */
  commandOf(model: CompiledSinkModel, bindings: CallBindings): CallNode | undefined | null;
  /** Whether the value at the model's `when.selector` is statically one of its `equals` strings. */
  whenHolds(model: CompiledSinkModel, bindings: CallBindings): boolean;
}

/** The conditions a call must meet besides its access path for a model to be what it is. */
export function createModelConditions({ ts, checker, evaluator, resolver }: ModelConditionContext): ModelConditions {
  const contextFor = (model: CompiledSinkModel, bindings: CallBindings): SelectorContext => ({ ts, checker, evaluator, compiled: model, bindings });

  /** `[new A(), new B()]` (through variables) → its elements; anything else → itself. */
  const elementsOrSelf = (expression: ts.Expression): ts.Expression[] => {
    const definition = resolveDefinition(evaluator.context, expression);
    const target = definition.kind === "expression" ? unwrapExpression(ts, definition.expression) : undefined;
    if (target && ts.isArrayLiteralExpression(target)) return target.elements.filter((e) => !ts.isSpreadElement(e));
    return [expression];
  };

  const commandOf = (model: CompiledSinkModel, bindings: CallBindings): CallNode | undefined | null => {
    const command = model.command!;
    const candidates: ts.Expression[] = [];
    if (command.argument !== undefined) {
      const argument = bindings.sink.arguments?.[command.argument];
      if (argument) candidates.push(argument);
    } else {
      const context = contextFor(model, bindings);
      for (const selector of command.selectors) {
        const selected = selectOne(context, selector);
        if (selected.kind === "expression") candidates.push(...elementsOrSelf(selected.expression));
      }
    }
    for (const candidate of candidates) {
      const path = resolver.pathOf(candidate);
      if (!path || !command.matchesPackage(path.package)) continue;
      const calls = matchPattern(command.pattern, path.steps);
      if (calls) return calls[calls.length - 1];
    }
    return null;
  };

  const whenHolds = (model: CompiledSinkModel, bindings: CallBindings): boolean => {
    const { selector, equals } = model.when!;
    const selected = selectOne(contextFor(model, bindings), selector);
    if (selected.kind !== "expression") return false;
    const value = evaluator.evaluate(selected.expression);
    return value.kind === "known" && valuesOf(value).some((v) => equals.has(v));
  };

  return { commandOf, whenHolds };
}
