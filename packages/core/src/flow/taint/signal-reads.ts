import type ts from "typescript";
import { matchSignals } from "../../schema/signals/match-signals.js";
import { STRONG_SIGNAL_CONFIDENCE } from "../../model/schema-field.js";
import { locationOf } from "../values/source-location.js";
import { countsAsClassification } from "./classified-types.js";
import type { UnitAnalysis } from "./unit-analysis.js";
import { evidenceText, signalReadOrigin } from "./origins.js";
import { EMPTY, union, type Taint } from "./taint.js";

const VSS_PATH = /^Vehicle(\.[A-Za-z0-9_]+)+$/;

/**
 * Vehicle-signal reads: a call given a VSS path (`client.get("Vehicle.Speed")`,
 * `subscribe(["Vehicle.CurrentLocation.Latitude", …])`, or a constant holding
 * one) returns that signal's data. The path is classified by the project's VSS
 * catalog when it has one, else by the rule pack's VSS signals.
 */
export function signalReadTaint(a: UnitAnalysis, call: ts.CallExpression | ts.NewExpression): Taint {
  const reads: { path: string; node: ts.Node }[] = [];
  for (const argument of call.arguments ?? []) {
    for (const literal of stringLiterals(a, argument)) if (VSS_PATH.test(literal.text)) reads.push({ path: literal.text, node: literal.node });
  }
  // A batch read (`getCurrentValues([VIN, LAT, SPEED])`) answers per path: the value read at path P
  // carries P's categories only. Each origin is keyed by its path, so `values[VIN]` is the VIN alone,
  // while anything else read from the result (`.value`, a dynamic key, the whole) still carries all.
  const batch = new Set(reads.map((r) => r.path)).size > 1;
  let taint: Taint = EMPTY;
  for (const read of reads) {
    const origin = classifyPath(a, read.path, read.node);
    if (origin) taint = union(taint, { labels: [{ kind: "origin", origin, steps: undefined, ...(batch ? { keyedBy: read.path } : {}) }] });
  }
  return taint;
}

function classifyPath(a: UnitAnalysis, path: string, node: ts.Node) {
  const field = a.ctx.fields.forPath(path);
  if (field && countsAsClassification(field)) {
    const categories = field.categories.filter((c) => c !== "none");
    return signalReadOrigin(path, categories, evidenceText(field.evidence), locationOf(node));
  }
  const strong = matchSignals("", { vssPath: path }, a.ctx.pack).filter((c) => c.confidence >= STRONG_SIGNAL_CONFIDENCE);
  if (strong.length === 0) return undefined;
  const categories = [...new Set(strong.map((c) => c.category))].sort();
  return signalReadOrigin(path, categories, `signal:${strong.map((c) => c.which).join("|")}`, locationOf(node));
}

function stringLiterals(a: UnitAnalysis, expression: ts.Expression, depth = 0): { text: string; node: ts.Node }[] {
  const ts = a.ts;
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [{ text: expression.text, node: expression }];
  if (depth > 1) return [];
  if (ts.isArrayLiteralExpression(expression)) return expression.elements.flatMap((e) => stringLiterals(a, e, depth + 1));
  if (ts.isIdentifier(expression) || ts.isPropertyAccessExpression(expression)) {
    let symbol = a.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(expression) ? expression.name : expression);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = a.checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration;
    const initializer = declaration && (ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration)) ? declaration.initializer : undefined;
    if (initializer) return stringLiterals(a, initializer, depth + 1).map((l) => ({ text: l.text, node: expression }));
    if (declaration && ts.isEnumMember(declaration) && declaration.initializer)
      return stringLiterals(a, declaration.initializer, depth + 1).map((l) => ({ text: l.text, node: expression }));
  }
  return [];
}
