import type ts from "typescript";
import type { RulePack } from "../../model/pack.js";
import { STRONG_SIGNAL_CONFIDENCE } from "../../model/schema-field.js";
import { matchSignals } from "../../schema/signals/match-signals.js";
import { locationOf } from "../values/source-location.js";
import type { UnitAnalysis } from "./unit-analysis.js";
import { nearestFunction } from "./scope-helpers.js";
import { documentTypeOf } from "./document-types.js";
import { EMPTY, type Origin, type Taint } from "./taint.js";
import { functionName } from "./units.js";

/**
 * Classified values of code without types: plain JavaScript (CommonJS or ESM),
 * a project whose packages are not installed, `any` from `JSON.parse` or a
 * response body. No declaration says what such a value is, so its name does,
 * exactly as for a declared field: a strong signal given its neighbours.
 *
 * - a property read from an untyped value, `req.body.vin`, `position.lat` (the
 *   other properties the function reads from the same value are its siblings);
 * - a property destructured from an untyped value, `const { vin } = JSON.parse(raw)`;
 * - an untyped parameter of a function nobody in the project calls (an exported
 *   API, a handler): `function wake(vin)`; the other parameters are its siblings.
 *   A typed parameter is judged by its type, and a parameter of a function the
 *   project calls by what the callers pass.
 *
 * A value whose type is a project type is judged by that type's declarations
 * instead (a reviewed `@vdx none` stays quiet), and so is an untyped document of
 * a client typed by a project type argument (`collection<Owner>`, document-types.ts).
 */

/**
 * Names that contain a signal term at all (at any confidence), per pack: most names do not, and cost no
 * type lookup; whether one is strong is decided with its neighbours.
 */
const maybeSignal = new WeakMap<RulePack, Map<string, boolean>>();

function couldBeSignal(pack: RulePack, name: string): boolean {
  let names = maybeSignal.get(pack);
  if (!names) maybeSignal.set(pack, (names = new Map<string, boolean>()));
  let answer = names.get(name);
  if (answer === undefined) {
    answer = matchSignals(name, {}, pack).length > 0;
    if (names.size > 50_000) names.clear();
    names.set(name, answer);
  }
  return answer;
}

/** `receiver.key` where `receiver` has no type: classified by the name `key`. */
export function untypedMemberTaint(
  a: UnitAnalysis,
  node: ts.PropertyAccessExpression | ts.ElementAccessExpression,
  key: string,
  property: ts.Symbol | undefined,
): Taint {
  if (property?.declarations?.length || !couldBeSignal(a.ctx.pack, key)) return EMPTY;
  if (!isUntyped(a, node.expression)) return EMPTY;
  const documented = documentProperty(a, node.expression, key);
  if (documented) return a.propertyOriginTaint(documented, node);
  const receiver = a.ts.isPropertyAccessExpression(node.expression)
    ? node.expression.name.text
    : a.ts.isIdentifier(node.expression)
      ? node.expression.text
      : undefined;
  const siblings = namesReadFrom(a, node).filter((name) => name !== key);
  const where = `${enclosingName(a, node)}.${receiver ?? "(value)"}.${key}`;
  return nameTaint(a, key, { siblings, parents: receiver ? [receiver] : [] }, node, where, "property");
}

/** `const { vin, lat, lng } = untyped`: each name, the others as siblings. */
export function untypedBindingTaint(a: UnitAnalysis, element: ts.BindingElement, key: string, patternType: ts.Type): Taint {
  if (!couldBeSignal(a.ctx.pack, key) || !(patternType.flags & a.ts.TypeFlags.Any)) return EMPTY;
  const pattern = element.parent;
  const siblings = pattern.elements.map((e) => bindingKey(a.ts, e)).filter((n): n is string => n !== undefined && n !== key);
  return nameTaint(a, key, { siblings, parents: [] }, element, `${enclosingName(a, element)}.{}.${key}`, "property");
}

/** An untyped parameter of an entry point: classified by its name, the other parameters as siblings. */
export function parameterNameTaint(a: UnitAnalysis, declaration: ts.Declaration): Taint {
  const ts = a.ts;
  let name: string | undefined;
  let siblings: string[] = [];
  let func: ts.SignatureDeclaration | undefined;
  if (ts.isParameter(declaration) && ts.isIdentifier(declaration.name)) {
    name = declaration.name.text;
    func = declaration.parent;
    siblings = func.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : undefined)).filter((n): n is string => n !== undefined && n !== name);
  } else if (ts.isBindingElement(declaration) && ts.isObjectBindingPattern(declaration.parent) && ts.isParameter(declaration.parent.parent)) {
    name = bindingKey(ts, declaration);
    func = declaration.parent.parent.parent;
    siblings = declaration.parent.elements.map((e) => bindingKey(ts, e)).filter((n): n is string => n !== undefined && n !== name);
  }
  if (name === undefined || !func || !couldBeSignal(a.ctx.pack, name) || !isUntypedDeclaration(a, declaration)) return EMPTY;
  return nameTaint(a, name, { siblings, parents: [] }, declaration, `${functionName(ts, func)}.${name}`, "parameter");
}

function nameTaint(a: UnitAnalysis, name: string, context: { siblings: string[]; parents: string[] }, at: ts.Node, path: string, what: string): Taint {
  const strong = matchSignals(name, context, a.ctx.pack).filter((c) => c.confidence >= STRONG_SIGNAL_CONFIDENCE);
  if (strong.length === 0) return EMPTY;
  const categories = [...new Set(strong.map((c) => c.category))].sort();
  const which = [...new Set(strong.map((c) => c.which))].join("|");
  const location = locationOf(at);
  const origin: Origin = {
    id: `signal:${path}@${location.file}:${location.line}:${location.column}`,
    categories,
    path,
    evidence: `signal:${which}`,
    location,
    step: { location, message: `untyped ${what} "${name}" classified ${categories.join(", ")} (signal:${which})` },
  };
  return { labels: [{ kind: "origin", origin, steps: undefined }] };
}

/** Property `key` as the project type the untyped receiver is a document of declares it (document-types.ts). */
function documentProperty(a: UnitAnalysis, receiver: ts.Expression, key: string): ts.Symbol | undefined {
  const type = documentTypeOf(a.ts, a.checker, receiver);
  if (!type || type.flags & a.ts.TypeFlags.Any) return undefined;
  const property = type.getProperty(key);
  const declaration = property?.declarations?.[0];
  return declaration && a.ctx.isProjectFile(declaration.getSourceFile()) ? property : undefined;
}

/** No type information: `any` (JavaScript without JSDoc, `JSON.parse`, an uninstalled package). */
function isUntyped(a: UnitAnalysis, expression: ts.Expression): boolean {
  try {
    return (a.checker.getTypeAtLocation(expression).flags & a.ts.TypeFlags.Any) !== 0;
  } catch {
    return false;
  }
}

/** A parameter (or a name destructured in one) written without a type, whose type is `any`. */
function isUntypedDeclaration(a: UnitAnalysis, declaration: ts.Declaration): boolean {
  const ts = a.ts;
  let parameter: ts.Node = declaration;
  while (!ts.isParameter(parameter) && parameter.parent) parameter = parameter.parent;
  if (!ts.isParameter(parameter) || parameter.type) return false;
  try {
    return (a.checker.getTypeAtLocation(declaration).flags & ts.TypeFlags.Any) !== 0;
  } catch {
    return false;
  }
}

/** Property names read from the same receiver (same text) in the enclosing function: the siblings of one of them. */
const readNames = new WeakMap<ts.Node, Map<string, string[]>>();

function namesReadFrom(a: UnitAnalysis, node: ts.PropertyAccessExpression | ts.ElementAccessExpression): string[] {
  const ts = a.ts;
  const scope: ts.Node = nearestFunction(ts, node) ?? node.getSourceFile();
  let byReceiver = readNames.get(scope);
  if (!byReceiver) {
    const collected = new Map<string, string[]>();
    const visit = (child: ts.Node): void => {
      if (ts.isPropertyAccessExpression(child)) {
        const receiver = child.expression.getText();
        const list = collected.get(receiver) ?? [];
        if (!list.includes(child.name.text)) list.push(child.name.text);
        collected.set(receiver, list);
      }
      ts.forEachChild(child, visit);
    };
    visit(scope);
    readNames.set(scope, (byReceiver = collected));
  }
  return byReceiver.get(node.expression.getText()) ?? [];
}

function bindingKey(ts: UnitAnalysis["ts"], element: ts.BindingElement | ts.OmittedExpression | ts.ArrayBindingElement): string | undefined {
  if (!ts.isBindingElement(element) || element.dotDotDotToken) return undefined;
  const key = element.propertyName ?? element.name;
  return ts.isIdentifier(key) || ts.isStringLiteral(key) ? key.text : undefined;
}

function enclosingName(a: UnitAnalysis, node: ts.Node): string {
  const fn = nearestFunction(a.ts, node);
  return !fn || a.ts.isSourceFile(fn) ? "(module)" : functionName(a.ts, fn);
}
