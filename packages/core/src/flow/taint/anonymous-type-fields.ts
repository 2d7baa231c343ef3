import type ts from "typescript";
import type { RulePack } from "../../model/pack.js";
import type { ClassifiedField } from "../../model/schema-field.js";
import { checkMarking, classifyField, NO_MARKING } from "../../schema/classify-field.js";
import { jsDocMarking } from "../../schema/typescript/jsdoc-marking.js";
import { isTypeWrapper } from "../../schema/typescript/type-node-walk.js";
import type { TS } from "../values/typescript-module.js";
import { locationOf } from "../values/source-location.js";

/**
 * Properties of anonymous object types — type literals in parameter, variable
 * and return annotations or in inline generic arguments
 * (`function up(pos: { latitude: number; longitude: number })`,
 * `useState<{ vin: string }>()`) — are classified on demand, exactly like the
 * properties of a named interface: their own `@vdx` annotation first, then
 * strong signals with the other members of the same literal as siblings. The
 * declaration classifier only lists named declarations (the fields inventory);
 * these fields exist for flow analysis, named after where the literal is written:
 * `<function>.<param>.<prop>`, `<variable>.<prop>`, `<function>().<prop>` for a
 * return type, `<Type>.<property>.<prop>` for a literal nested in a named type.
 */
export function anonymousPropertyField(tsApi: TS, pack: RulePack, declaration: ts.Declaration): ClassifiedField | undefined {
  if (!tsApi.isPropertySignature(declaration)) return undefined;
  const literal = declaration.parent;
  if (!literal || !tsApi.isTypeLiteralNode(literal)) return undefined;
  const holder = holderName(tsApi, literal);
  if (!holder) return undefined;
  const propertyName = nameText(tsApi, declaration.name);
  if (propertyName === undefined) return undefined;
  const siblings = literal.members.map((m) => (m.name ? nameText(tsApi, m.name) : undefined)).filter((n): n is string => n !== undefined && n !== propertyName);
  const path = `${holder}.${propertyName}`;
  const location = locationOf(declaration.name);
  // Quiet: unknown ids and weak signals are the declaration classifier's to report, not the flow engine's.
  const quiet = { pack, root: "/", findings: [] };
  const written = jsDocMarking(tsApi, declaration);
  const own = written ? checkMarking(written, { location, path }, quiet) : NO_MARKING;
  const typeText = declaration.type?.getText();
  return classifyField(
    {
      path,
      source: "typescript",
      location,
      identifier: propertyName,
      context: { siblings, parents: holder.split("."), ...(typeText ? { typeName: typeText } : {}) },
      ...(typeText ? { typeName: typeText } : {}),
      container: holder,
      markings: { own, inherited: NO_MARKING },
    },
    quiet,
  );
}

/** Where a type literal is written, as a dotted name; undefined for literals a named declaration owns. */
function holderName(tsApi: TS, literal: ts.TypeLiteralNode): string | undefined {
  let node: ts.Node = literal;
  // Wrappers between the literal and what holds it: `{…}[]`, `Array<{…}>`, `Promise<{…}>`, `{…} | null`.
  while (node.parent && isTypeWrapper(tsApi, node.parent)) node = node.parent;
  const parent = node.parent;
  if (!parent) return undefined;
  if (tsApi.isTypeAliasDeclaration(parent)) return undefined; // a named type: the declaration classifier's
  if (tsApi.isParameter(parent)) {
    const fn = parent.parent;
    const param = bindingText(tsApi, parent.name, "param");
    return `${functionName(tsApi, fn)}.${param}`;
  }
  if (tsApi.isVariableDeclaration(parent)) return bindingText(tsApi, parent.name, "variable");
  // `const car = raw() as { vin: string }`: the variable it lands in, else the cast in its function.
  if (tsApi.isAsExpression(parent) || tsApi.isTypeAssertionExpression(parent) || tsApi.isSatisfiesExpression(parent)) {
    const target = parent.parent;
    if (target && tsApi.isVariableDeclaration(target) && tsApi.isIdentifier(target.name)) return target.name.text;
    const fn = tsApi.findAncestor(parent, (n) => tsApi.isFunctionLike(n));
    return `${fn ? functionName(tsApi, fn) : "(module)"}.as`;
  }
  if (tsApi.isPropertySignature(parent) || tsApi.isPropertyDeclaration(parent)) {
    const owner = parent.parent;
    const property = nameText(tsApi, parent.name) ?? "property";
    if (tsApi.isTypeLiteralNode(owner)) {
      const outer = holderName(tsApi, owner);
      return outer ? `${outer}.${property}` : undefined;
    }
    if ((tsApi.isInterfaceDeclaration(owner) || tsApi.isClassLike(owner)) && owner.name) return `${owner.name.text}.${property}`;
    return undefined;
  }
  if (tsApi.isFunctionLike(parent) && parent.type === node) return `${functionName(tsApi, parent)}()`;
  // A generic argument of a call or `new` (`useState<{ lat: number }>()`): named by the callee.
  if ((tsApi.isCallExpression(parent) || tsApi.isNewExpression(parent)) && parent.typeArguments?.includes(node as ts.TypeNode)) {
    return `${calleeText(tsApi, parent.expression)}<>`;
  }
  return undefined;
}

/** `up`, `Client.send`, `upload` for `const upload = (…) => …`, `(anonymous)` otherwise. */
function functionName(tsApi: TS, fn: ts.Node): string {
  const named = (fn as ts.FunctionLikeDeclaration).name;
  const own = named && (tsApi.isIdentifier(named) || tsApi.isStringLiteral(named) || tsApi.isPrivateIdentifier(named)) ? named.text : undefined;
  if (tsApi.isConstructorDeclaration(fn)) return `${className(tsApi, fn.parent)}.constructor`;
  if (tsApi.isMethodDeclaration(fn) || tsApi.isGetAccessor(fn) || tsApi.isSetAccessor(fn)) {
    if (tsApi.isClassLike(fn.parent)) return `${className(tsApi, fn.parent)}.${own ?? "method"}`;
  }
  if (own) return own;
  const holder = fn.parent;
  if (holder && tsApi.isVariableDeclaration(holder) && tsApi.isIdentifier(holder.name)) return holder.name.text;
  if (holder && (tsApi.isPropertyAssignment(holder) || tsApi.isPropertyDeclaration(holder))) return nameText(tsApi, holder.name) ?? "(anonymous)";
  return "(anonymous)";
}

function className(tsApi: TS, node: ts.Node): string {
  return tsApi.isClassLike(node) && node.name ? node.name.text : "(class)";
}

function calleeText(tsApi: TS, callee: ts.Expression): string {
  if (tsApi.isIdentifier(callee)) return callee.text;
  if (tsApi.isPropertyAccessExpression(callee)) return callee.name.text;
  return "(call)";
}

function bindingText(tsApi: TS, name: ts.BindingName, fallback: string): string {
  return tsApi.isIdentifier(name) ? name.text : fallback;
}

function nameText(tsApi: TS, name: ts.PropertyName): string | undefined {
  if (tsApi.isIdentifier(name) || tsApi.isStringLiteral(name) || tsApi.isNumericLiteral(name) || tsApi.isNoSubstitutionTemplateLiteral(name)) return name.text;
  return undefined;
}
