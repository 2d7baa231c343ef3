import type ts from "typescript";
import { STRONG_SIGNAL_CONFIDENCE } from "../../model/schema-field.js";
import { WEAK_SIGNAL_CONFIDENCE } from "../../schema/classify-field.js";
import { matchSignals } from "../../schema/signals/match-signals.js";
import { locationOf } from "../values/source-location.js";
import type { UnitAnalysis } from "./unit-analysis.js";
import type { Origin, Taint } from "./taint.js";
import { EMPTY, hasOrigin } from "./taint.js";
import { nearestFunction } from "./scope-helpers.js";

/**
 * Payload keys as evidence: `JSON.stringify({ lat, lng })` or `{ vehicleVin: vin }`
 * builds a payload whose *keys* say what it carries, even when the values come
 * from untyped numbers and strings. A key is a source (`signal:term:…`) when:
 * - it is a strong signal given its sibling keys (`lat` beside `lng`; `route`
 *   alone is not), the same threshold as classified declarations;
 * - the value carries no classified data already (that origin says more), and
 *   is not the result of a configured sanitizer (`{ lat: coarsen(lat) }`);
 * - the value is not a constant (`{ lat: 0 }`, `{ route: "/api/v1" }`, a
 *   `const` string): a constant is not vehicle data;
 * - no project type declares the key for this literal (`const b: Upload = {…}`,
 *   a typed parameter or return): that declaration's classification decides;
 * - the value is not read from a property the project declares with a
 *   non-signal name: that declaration was classified already and found to be
 *   no vehicle data (`{ track: song.title, route: "/play" }` stays quiet);
 * - the value is not read from a property reviewed `@vdx none` (on the property
 *   or its type), directly or through a local destructured or copied from it
 *   (`{ lat: station.latitude }`, `const { lat } = dealer; { lat }`);
 * - when the value is read from something named (a variable, a library
 *   property, a call), that name is a signal too (`{ vehicleVin: vin }`,
 *   `{ lat: coords.latitude }`); `{ lat: p.y }` moves a non-signal value.
 */
export function payloadKeyTaint(a: UnitAnalysis, literal: ts.ObjectLiteralExpression, property: ts.ObjectLiteralElementLike, key: string, value: Taint): Taint {
  if (hasOrigin(value)) return EMPTY;
  const valueNode = valueExpression(a.ts, property);
  if (!valueNode || isConstant(a, valueNode) || isSanitized(a, valueNode)) return EMPTY;
  // `const body: Upload = { lat, lng }`: a project type declares the key, and its classification decides (a reviewed `none` too).
  const declared = contextualTypeOf(a.checker, literal)?.getProperty(key);
  const declaration = declared?.valueDeclaration ?? declared?.declarations?.[0];
  if (declaration && a.ctx.isProjectFile(declaration.getSourceFile())) return a.propertyOriginTaint(declared, property);
  if (readsDeclaredProperty(a, valueNode) || readsReviewedNone(a, valueNode)) return EMPTY;
  const siblings = siblingKeys(a.ts, literal, property);
  const strong = strongCandidates(a, key, siblings, []);
  if (strong.length === 0) return EMPTY;
  const names = valueNames(a.ts, valueNode);
  if (names.length > 0 && !names.some((name) => name === key || isPartOfKey(name, key) || strongCandidates(a, name, siblings, [key]).length > 0)) return EMPTY;
  const origin = payloadKeyOrigin(a, literal, property, key, strong);
  return { labels: [{ kind: "origin", origin, steps: undefined }] };
}

/**
 * The literal's contextual type, asked of the checker once per literal and checker: every key of a payload
 * asks for it, and each question resolves the call the literal is an argument of again.
 */
const contextualTypes = new WeakMap<ts.TypeChecker, WeakMap<ts.ObjectLiteralExpression, ts.Type | null>>();

function contextualTypeOf(checker: ts.TypeChecker, literal: ts.ObjectLiteralExpression): ts.Type | undefined {
  let byLiteral = contextualTypes.get(checker);
  if (!byLiteral) contextualTypes.set(checker, (byLiteral = new WeakMap()));
  let type = byLiteral.get(literal);
  if (type === undefined) byLiteral.set(literal, (type = checker.getContextualType(literal) ?? null));
  return type ?? undefined;
}

/** `{ refresh_token: token }`, `{ vehicleVin: vin }`: the value is named after the last word of the key. */
function isPartOfKey(name: string, key: string): boolean {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
  return words.length > 1 && words[words.length - 1] === name.toLowerCase();
}

function strongCandidates(a: UnitAnalysis, identifier: string, siblings: string[], parents: string[]) {
  return matchSignals(identifier, { siblings, parents }, a.ctx.pack).filter((c) => c.confidence >= STRONG_SIGNAL_CONFIDENCE);
}

function payloadKeyOrigin(
  a: UnitAnalysis,
  literal: ts.ObjectLiteralExpression,
  property: ts.ObjectLiteralElementLike,
  key: string,
  strong: ReturnType<typeof strongCandidates>,
): Origin {
  const categories = [...new Set(strong.map((c) => c.category))].sort();
  const which = [...new Set(strong.map((c) => c.which))].join("|");
  const location = locationOf(property.name ?? property);
  const path = `${enclosingName(a.ts, literal)}.{}.${key}`;
  return {
    id: `payload:${path}@${location.file}:${location.line}:${location.column}`,
    categories,
    path,
    evidence: `signal:${which}`,
    location,
    step: { location, message: `payload key "${key}" classified ${categories.join(", ")} (signal:${which})` },
  };
}

function valueExpression(tsApi: typeof ts, property: ts.ObjectLiteralElementLike): ts.Expression | undefined {
  if (tsApi.isPropertyAssignment(property)) return property.initializer;
  if (tsApi.isShorthandPropertyAssignment(property)) return property.name;
  return undefined;
}

function unwrap(tsApi: typeof ts, node: ts.Expression): ts.Expression {
  while (
    tsApi.isParenthesizedExpression(node) ||
    tsApi.isAsExpression(node) ||
    tsApi.isNonNullExpression(node) ||
    tsApi.isAwaitExpression(node) ||
    tsApi.isSatisfiesExpression(node) ||
    tsApi.isTypeAssertionExpression(node)
  )
    node = node.expression;
  return node;
}

/** Literals, and expressions whose value is known statically (`const API_ROUTE = "/v1/upload"`, an enum member). */
function isConstant(a: UnitAnalysis, node: ts.Expression): boolean {
  const tsApi = a.ts;
  const inner = unwrap(tsApi, node);
  if (tsApi.isLiteralExpression(inner) || tsApi.isNoSubstitutionTemplateLiteral(inner)) return true;
  const kind = inner.kind;
  if (kind === tsApi.SyntaxKind.TrueKeyword || kind === tsApi.SyntaxKind.FalseKeyword || kind === tsApi.SyntaxKind.NullKeyword) return true;
  if (tsApi.isIdentifier(inner) && inner.text === "undefined") return true;
  if (tsApi.isPrefixUnaryExpression(inner) && tsApi.isNumericLiteral(unwrap(tsApi, inner.operand))) return true;
  if (tsApi.isArrayLiteralExpression(inner)) return inner.elements.every((e) => isConstant(a, e));
  if (tsApi.isIdentifier(inner) || tsApi.isPropertyAccessExpression(inner) || tsApi.isTemplateExpression(inner) || tsApi.isBinaryExpression(inner)) {
    const known = a.ctx.staticValue(inner);
    if (known.kind === "known" && !known.overridable) return true;
    const constant = a.checker.getTypeAtLocation(inner);
    // `const ZOOM = 12`, `Mode.Live`: a literal type is a constant whatever its spelling.
    if (constant.isLiteral() || constant.flags & (tsApi.TypeFlags.BooleanLiteral | tsApi.TypeFlags.EnumLiteral)) return true;
  }
  return false;
}

/** `coarsen(lat)`: a configured sanitizer decided what its result carries, whatever key holds it. */
function isSanitized(a: UnitAnalysis, node: ts.Expression): boolean {
  const tsApi = a.ts;
  const inner = unwrap(tsApi, node);
  if (!tsApi.isCallExpression(inner)) return false;
  const callee = unwrap(tsApi, inner.expression);
  const name = tsApi.isIdentifier(callee) ? callee.text : tsApi.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  return name !== undefined && a.ctx.sanitizer(name) !== undefined;
}

/** `song.title` where `Song` is a project type and `title` no signal at all: its declaration said it is no vehicle data. */
function readsDeclaredProperty(a: UnitAnalysis, node: ts.Expression): boolean {
  const tsApi = a.ts;
  const inner = unwrap(tsApi, node);
  if (!tsApi.isPropertyAccessExpression(inner) && !tsApi.isElementAccessExpression(inner)) return false;
  const symbol = a.checker.getSymbolAtLocation(tsApi.isPropertyAccessExpression(inner) ? inner.name : inner);
  const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (!declaration || !(tsApi.isPropertySignature(declaration) || tsApi.isPropertyDeclaration(declaration))) return false;
  if (!a.ctx.isProjectFile(declaration.getSourceFile())) return false;
  return !matchSignals(symbol!.getName(), {}, a.ctx.pack).some((c) => c.confidence >= WEAK_SIGNAL_CONFIDENCE);
}

/** `station.latitude`, or a local taken from it (`const { lat } = dealer`, `const x = dealer.lat`), where the property is reviewed `@vdx none`. */
function readsReviewedNone(a: UnitAnalysis, node: ts.Expression, depth = 0): boolean {
  const tsApi = a.ts;
  const inner = unwrap(tsApi, node);
  if (tsApi.isPropertyAccessExpression(inner) || tsApi.isElementAccessExpression(inner)) {
    return a.ctx.types.isReviewedNone(a.checker.getSymbolAtLocation(tsApi.isPropertyAccessExpression(inner) ? inner.name : inner));
  }
  if (!tsApi.isIdentifier(inner) || depth > 2) return false;
  // In `{ lat }` the name is the literal's own property; the variable is the shorthand's value symbol.
  const symbol =
    inner.parent && tsApi.isShorthandPropertyAssignment(inner.parent) && inner.parent.name === inner
      ? a.checker.getShorthandAssignmentValueSymbol(inner.parent)
      : a.checker.getSymbolAtLocation(inner);
  const declaration = symbol?.valueDeclaration;
  if (!declaration) return false;
  if (tsApi.isBindingElement(declaration) && tsApi.isObjectBindingPattern(declaration.parent) && !declaration.dotDotDotToken) {
    const key = declaration.propertyName ?? declaration.name;
    const name = tsApi.isIdentifier(key) || tsApi.isStringLiteral(key) ? key.text : undefined;
    const property = name !== undefined ? a.checker.getTypeAtLocation(declaration.parent).getProperty(name) : undefined;
    return a.ctx.types.isReviewedNone(property);
  }
  if (tsApi.isVariableDeclaration(declaration) && declaration.initializer && tsApi.isIdentifier(declaration.name)) {
    const flags = tsApi.getCombinedNodeFlags(declaration);
    return (flags & tsApi.NodeFlags.Const) !== 0 && readsReviewedNone(a, declaration.initializer, depth + 1);
  }
  return false;
}

/** The names a value is read from: `vin`, `pos.latitude` → `latitude`, `read("x")` → `read` and its arguments' names. */
function valueNames(tsApi: typeof ts, node: ts.Expression, depth = 0): string[] {
  const inner = unwrap(tsApi, node);
  if (tsApi.isIdentifier(inner)) return [inner.text];
  if (tsApi.isPropertyAccessExpression(inner)) return [inner.name.text];
  if (tsApi.isElementAccessExpression(inner)) {
    const argument = inner.argumentExpression;
    return tsApi.isStringLiteral(argument) || tsApi.isNoSubstitutionTemplateLiteral(argument) ? [argument.text] : valueNames(tsApi, inner.expression, depth);
  }
  if ((tsApi.isCallExpression(inner) || tsApi.isNewExpression(inner)) && depth < 2) {
    const callee = unwrap(tsApi, inner.expression);
    const own = tsApi.isIdentifier(callee) ? [callee.text] : tsApi.isPropertyAccessExpression(callee) ? [callee.name.text] : [];
    return [...own, ...(inner.arguments ?? []).flatMap((argument) => valueNames(tsApi, argument, depth + 1))];
  }
  // Arithmetic, templates, conditionals: no single name; the key speaks for them.
  return [];
}

function siblingKeys(tsApi: typeof ts, literal: ts.ObjectLiteralExpression, own: ts.ObjectLiteralElementLike): string[] {
  const keys: string[] = [];
  for (const property of literal.properties) {
    if (property === own || !property.name) continue;
    const name = property.name;
    if (tsApi.isIdentifier(name) || tsApi.isStringLiteral(name) || tsApi.isNumericLiteral(name)) keys.push(name.text);
  }
  return keys;
}

/** `up2` for a literal in `function up2`, `Client.send` in a method, `(module)` at top level. */
function enclosingName(tsApi: typeof ts, node: ts.Node): string {
  const fn = nearestFunction(tsApi, node);
  if (!fn || tsApi.isSourceFile(fn)) return "(module)";
  const named = (fn as ts.FunctionLikeDeclaration).name;
  const own = named && tsApi.isIdentifier(named) ? named.text : undefined;
  if (own && tsApi.isClassLike(fn.parent) && fn.parent.name) return `${fn.parent.name.text}.${own}`;
  if (own) return own;
  const holder = fn.parent;
  if (holder && tsApi.isVariableDeclaration(holder) && tsApi.isIdentifier(holder.name)) return holder.name.text;
  return "(anonymous)";
}
