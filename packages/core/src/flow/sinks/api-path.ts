import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import type { PathStep } from "./member-path.js";
import type { ApiPath, ApiPathOptions, ApiPathResolver, CallNode } from "./api-path-types.js";
import { accessedMemberName, returnedExpressions, unwrapExpression } from "../values/expression-shapes.js";
import { declarationOfSymbol, mayBeReassigned, symbolOfIdentifier } from "../values/declarations.js";
import { findDeclarationByName } from "../values/scope-lookup.js";
import { resolveDefinition, thisAssignments } from "../values/definitions.js";
import { calledFunction } from "../values/function-returns.js";
import { declarationAtUse, isInPackage, normalizePackageName } from "./package-names.js";
import { generatedClientPackage } from "./generated-clients.js";
import { assignmentsTo, isGlobalObject, packageDeclarationPath, typedInstancePath } from "./api-path-lookups.js";

export type { ApiPath, ApiPathOptions, ApiPathResolver, CallNode } from "./api-path-types.js";

const GLOBAL_OBJECTS = new Set(["globalThis", "window", "self", "global"]);
const COLLECTIONS = new Set(["Map", "WeakMap", "Set", "WeakSet", "Array", "WeakRef"]);

/** A value read from a built-in collection (`new Map().get(k)`, a cache): what was put in, not a client. */
function isCollectionRead(path: ApiPath): boolean {
  const first = path.steps[0];
  return path.package === "global" && first?.kind === "member" && COLLECTIONS.has(first.name);
}
const MAX_DEPTH = 32;

/**
 * Follows callees back to package exports through imports (ESM named, default,
 * namespace, `require`, `import x = require()`), project re-exports, aliases,
 * variables, destructuring, class fields, factory functions and classes that
 * extend a package class, using the checker's symbols with a syntactic
 * fallback. A client typed by a package class (a parameter `client: S3Client`)
 * gets a path whose constructing call is not visible.
 */
export function createApiPathResolver(ts: TS, checker: ts.TypeChecker, options: ApiPathOptions = {}): ApiPathResolver {
  const cache = new Map<ts.Node, ApiPath | null>();
  const inProgress = new Set<ts.Node>();
  const context = { ts, checker };

  const pathOf = (expression: ts.Expression, depth: number): ApiPath | undefined => {
    const node = unwrapExpression(ts, expression);
    const cached = cache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    if (inProgress.has(node) || depth > MAX_DEPTH) return undefined;
    inProgress.add(node);
    try {
      const result = compute(node, depth) ?? typedInstancePath(ts, checker, options, node);
      cache.set(node, result ?? null);
      return result;
    } finally {
      inProgress.delete(node);
    }
  };

  const extend = (base: ApiPath | undefined, step: PathStep<CallNode>): ApiPath | undefined => (base ? { ...base, steps: [...base.steps, step] } : undefined);

  const compute = (node: ts.Expression, depth: number): ApiPath | undefined => {
    if (ts.isAwaitExpression(node)) return pathOf(node.expression, depth + 1);
    if (ts.isIdentifier(node)) return identifierPath(node, depth);
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) return memberPath(node, depth);
    if (ts.isCallExpression(node)) return callPath(node, depth);
    if (ts.isNewExpression(node)) {
      const callee = pathOf(node.expression, depth + 1) ?? subclassBasePath(node.expression, depth);
      return extend(callee, { kind: "call", node, construct: true });
    }
    if (ts.isConditionalExpression(node)) return pathOf(node.whenTrue, depth + 1) ?? pathOf(node.whenFalse, depth + 1);
    if (
      ts.isBinaryExpression(node) &&
      (node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || node.operatorToken.kind === ts.SyntaxKind.BarBarToken)
    ) {
      return pathOf(node.left, depth + 1) ?? pathOf(node.right, depth + 1);
    }
    return undefined;
  };

  const callPath = (node: ts.CallExpression, depth: number): ApiPath | undefined => {
    const callee = unwrapExpression(ts, node.expression);
    const first = node.arguments[0];
    if (ts.isIdentifier(callee) && callee.text === "require" && first && ts.isStringLiteralLike(first) && !findDeclarationByName(ts, callee)) {
      return moduleExportPath(first, undefined, depth);
    }
    if (callee.kind === ts.SyntaxKind.ImportKeyword && first && ts.isStringLiteralLike(first)) return moduleExportPath(first, undefined, depth);
    const settled = promiseCallbackResult(node);
    if (settled) return pathOf(settled, depth + 1);
    const calleePath = pathOf(callee, depth + 1);
    if (calleePath) return extend(calleePath, { kind: "call", node, construct: false });
    return factoryReturnPath(node, depth);
  };

  /**
   * `connect(url).then((connection) => connection.createChannel())`: the promise settles with what the
   * callback returns (its parameter is the settled value of the receiver, callbackParameterPath).
   */
  const promiseCallbackResult = (call: ts.CallExpression): ts.Expression | undefined => {
    const callee = unwrapExpression(ts, call.expression);
    const handler = call.arguments[0] && unwrapExpression(ts, call.arguments[0]);
    if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "then" || !handler) return undefined;
    if (!ts.isArrowFunction(handler) && !ts.isFunctionExpression(handler)) return undefined;
    return returnedExpressions(ts, handler)[0];
  };

  /** `createClient()`, `AxiosFactory.getAxiosInstance(url)`, `this.makeClient()` defined in the project: what it returns. */
  const factoryReturnPath = (call: ts.CallExpression, depth: number): ApiPath | undefined => {
    const called = calledFunction(context, call);
    if (called.kind !== "function") return undefined;
    const func = called.func;
    let fallback: ApiPath | undefined;
    for (const returned of returnedExpressions(ts, func)) {
      const path = pathOf(returned, depth + 1);
      if (!path) continue;
      // `if (cached) return cached;` before `return axios.create(…)`: a read of the factory's own cache is
      // an instance it made earlier, so the made one says what the client is.
      if (isCollectionRead(path)) {
        fallback ??= path;
        continue;
      }
      return { ...path, factories: [...(path.factories ?? []), { func, call }] };
    }
    return fallback && { ...fallback, factories: [...(fallback.factories ?? []), { func, call }] };
  };

  /** `new MyClient()` where `class MyClient extends grpc.Client`. */
  const subclassBasePath = (callee: ts.Expression, depth: number): ApiPath | undefined => {
    const definition = resolveDefinition(context, callee);
    const cls = definition.kind === "declaration" ? definition.declaration : definition.kind === "expression" ? definition.expression : undefined;
    return cls ? classBasePath(cls, depth) : undefined;
  };

  const memberPath = (node: ts.PropertyAccessExpression | ts.ElementAccessExpression, depth: number): ApiPath | undefined => {
    const name = accessedMemberName(ts, node);
    if (name === undefined) return undefined;
    const owner = unwrapExpression(ts, node.expression);
    if (owner.kind === ts.SyntaxKind.ThisKeyword) return thisMemberPath(node, name, depth);
    if (ts.isIdentifier(owner) && GLOBAL_OBJECTS.has(owner.text) && isGlobalObject(ts, checker, owner))
      return { package: "global", steps: [{ kind: "member", name }] };
    const ownerPath = pathOf(owner, depth + 1);
    if (ownerPath) return extend(ownerPath, { kind: "member", name });
    // `clients.s3` of a project namespace or object literal: follow the property's own declaration.
    const symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node) ? node.name : node.argumentExpression);
    return symbol ? symbolPath(symbol, depth) : undefined;
  };

  const thisMemberPath = (node: ts.PropertyAccessExpression | ts.ElementAccessExpression, name: string, depth: number): ApiPath | undefined => {
    const symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node) ? node.name : node.argumentExpression);
    const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    // `private ws: WebSocket | null = null`: a placeholder until a method connects; the assignments say what it holds.
    if (declaration && ts.isPropertyDeclaration(declaration) && declaration.initializer && !isNullish(ts, declaration.initializer))
      return pathOf(declaration.initializer, depth + 1);
    if (declaration && ts.isGetAccessorDeclaration(declaration)) return getterPath(declaration, depth);
    let owner: ts.Node | undefined = node.parent;
    while (owner && !ts.isClassLike(owner)) owner = owner.parent;
    // The field may be set by the class that declares it, a base class in another file.
    const declaringClass = declaration && ts.isPropertyDeclaration(declaration) && ts.isClassLike(declaration.parent) ? declaration.parent : undefined;
    const classes = owner && declaringClass && declaringClass !== owner ? [owner, declaringClass] : owner ? [owner] : [];
    for (const cls of classes) {
      for (const assigned of thisAssignments(ts, cls, name)) {
        const path = pathOf(assigned, depth + 1);
        if (path) return path;
      }
    }
    if (declaration && (ts.isPropertyDeclaration(declaration) || ts.isParameter(declaration))) {
      const annotated = annotatedInstancePath(declaration.type, depth);
      if (annotated) return annotated;
    }
    // `this.makeUnaryRequest(…)` inside `class X extends grpc.Client`: a member of the package class's instance.
    if (owner && !declaration) {
      const base = classBasePath(owner, depth);
      if (base) return extend(extend(base, { kind: "call", node: undefined, construct: true }), { kind: "member", name });
    }
    return undefined;
  };

  const classBasePath = (cls: ts.Node, depth: number): ApiPath | undefined => {
    if (!ts.isClassLike(cls)) return undefined;
    const heritage = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    return heritage ? pathOf(heritage.expression, depth + 1) : undefined;
  };

  const identifierPath = (identifier: ts.Identifier, depth: number): ApiPath | undefined => {
    const symbol = symbolOfIdentifier(ts, checker, identifier);
    const declaration = symbol ? declarationAtUse(symbol, identifier) : findDeclarationByName(ts, identifier);
    if (!declaration) return symbol ? undefined : { package: "global", steps: [{ kind: "member", name: identifier.text }] };
    return declarationPath(declaration, identifier.text, depth);
  };

  const declarationPath = (declaration: ts.Declaration, name: string, depth: number): ApiPath | undefined => {
    const sourceFile = declaration.getSourceFile();
    // A class or function of a generated API client is an export of its virtual package.
    const generated = generatedClientPackage(sourceFile);
    if (generated && isTopLevel(ts, declaration)) return { package: generated, steps: [{ kind: "member", name }] };
    if (sourceFile.isDeclarationFile && !isInPackage(sourceFile.fileName)) {
      return GLOBAL_OBJECTS.has(name) ? { package: "global", steps: [] } : { package: "global", steps: [{ kind: "member", name }] };
    }
    if (sourceFile.isDeclarationFile) return packageDeclarationPath(ts, declaration);
    if (ts.isImportClause(declaration)) return moduleExportPath(declaration.parent.moduleSpecifier, "default", depth);
    if (ts.isNamespaceImport(declaration)) return moduleExportPath(declaration.parent.parent.moduleSpecifier, undefined, depth);
    if (ts.isImportSpecifier(declaration)) {
      return moduleExportPath(declaration.parent.parent.parent.moduleSpecifier, (declaration.propertyName ?? declaration.name).text, depth);
    }
    if (ts.isImportEqualsDeclaration(declaration)) {
      const reference = declaration.moduleReference;
      return ts.isExternalModuleReference(reference) ? moduleExportPath(reference.expression, undefined, depth) : undefined;
    }
    if (ts.isExportSpecifier(declaration)) {
      const specifier = declaration.parent.parent.moduleSpecifier;
      if (specifier) return moduleExportPath(specifier, (declaration.propertyName ?? declaration.name).text, depth);
      const local = checker.getExportSpecifierLocalTargetSymbol(declaration);
      return local ? symbolPath(local, depth) : undefined;
    }
    if (ts.isExportAssignment(declaration)) return pathOf(declaration.expression, depth + 1);
    if (ts.isVariableDeclaration(declaration)) {
      if (declaration.initializer && !mayBeReassigned(ts, declaration)) return pathOf(declaration.initializer, depth + 1);
      for (const assigned of assignmentsTo(ts, checker, declaration, name)) {
        const path = pathOf(assigned, depth + 1);
        if (path) return path;
      }
      return declaration.initializer ? pathOf(declaration.initializer, depth + 1) : undefined;
    }
    if (ts.isBindingElement(declaration)) return bindingElementPath(declaration, depth);
    if (ts.isPropertyAssignment(declaration)) return pathOf(declaration.initializer, depth + 1);
    if (ts.isShorthandPropertyAssignment(declaration)) return pathOf(declaration.name, depth + 1);
    if (ts.isPropertyDeclaration(declaration) && declaration.initializer) return pathOf(declaration.initializer, depth + 1);
    if (ts.isGetAccessorDeclaration(declaration)) return getterPath(declaration, depth);
    if (ts.isParameter(declaration) && !declaration.type) return callbackParameterPath(declaration, depth);
    if (ts.isParameter(declaration) || ts.isPropertyDeclaration(declaration) || ts.isPropertySignature(declaration)) {
      return annotatedInstancePath(declaration.type, depth);
    }
    // CommonJS exports in JS files (`exports.TelemetryClient = grpc.makeGenericClientConstructor(…)`).
    if (ts.isBinaryExpression(declaration)) return pathOf(declaration.right, depth + 1);
    const parent = declaration.parent;
    if (ts.isPropertyAccessExpression(declaration) && parent && ts.isBinaryExpression(parent) && parent.left === declaration) {
      return pathOf(parent.right, depth + 1);
    }
    return undefined;
  };

  /** `private get reports() { return this.mongo.db("d").collection("r"); }`: what the getter returns. */
  const getterPath = (getter: ts.GetAccessorDeclaration, depth: number): ApiPath | undefined => {
    if (!getter.body) return undefined;
    for (const returned of returnedExpressions(ts, getter)) {
      const path = pathOf(returned, depth + 1);
      if (path) return path;
    }
    return undefined;
  };

  /**
   * `client: MqttClient` / `s3: S3.S3Client` where the type is imported from a package: an instance
   * constructed out of sight. Syntactic, so it works when the package's types are not installed.
   */
  const annotatedInstancePath = (type: ts.TypeNode | undefined, depth: number): ApiPath | undefined => {
    if (!type || !ts.isTypeReferenceNode(type)) return undefined;
    const names: string[] = [];
    let name: ts.EntityName = type.typeName;
    while (ts.isQualifiedName(name)) {
      names.unshift(name.right.text);
      name = name.left;
    }
    if (names.length === 0) {
      // `prisma: PrismaService` where `class PrismaService extends PrismaClient` (NestJS injection): an instance of the base.
      const base = subclassBasePath(name, depth);
      if (base && base.package !== "global") return extend(base, { kind: "call", node: undefined, construct: true });
    }
    let path = identifierPath(name, depth + 1);
    if (!path || path.package === "global") return undefined;
    for (const member of names) path = extend(path, { kind: "member", name: member });
    return extend(path, { kind: "call", node: undefined, construct: true });
  };

  /**
   * `Sentry.withScope((scope) => …)`, `tracer.trace("x", (span) => …)`: an untyped parameter of a function
   * passed straight to a package call is something that package hands over, one step below that call.
   */
  const callbackParameterPath = (parameter: ts.ParameterDeclaration, depth: number): ApiPath | undefined => {
    const func = parameter.parent;
    if (!ts.isArrowFunction(func) && !ts.isFunctionExpression(func)) return undefined;
    let argument: ts.Node = func;
    while (argument.parent && ts.isParenthesizedExpression(argument.parent)) argument = argument.parent;
    const call = argument.parent;
    if (!call || !(ts.isCallExpression(call) || ts.isNewExpression(call))) return undefined;
    const index = call.arguments?.indexOf(argument as ts.Expression) ?? -1;
    if (index < 0) return undefined;
    // The fulfilment handler of `promise.then(…)` receives what the promise settles with.
    const callee = unwrapExpression(ts, call.expression);
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === "then" && index === 0 && func.parameters.indexOf(parameter) === 0) {
      return pathOf(callee.expression, depth + 1);
    }
    const calleePath = pathOf(call.expression, depth + 1);
    const called = extend(calleePath, { kind: "call", node: call, construct: ts.isNewExpression(call) });
    return extend(called, { kind: "member", name: `(argument ${index} parameter ${func.parameters.indexOf(parameter)})` });
  };

  const symbolPath = (symbol: ts.Symbol, depth: number): ApiPath | undefined => {
    const own = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (own && !(symbol.flags & ts.SymbolFlags.Alias)) return declarationPath(own, symbol.name, depth);
    if (
      own &&
      (ts.isExportSpecifier(own) || ts.isImportSpecifier(own) || ts.isImportClause(own) || ts.isNamespaceImport(own) || ts.isImportEqualsDeclaration(own))
    ) {
      return declarationPath(own, symbol.name, depth);
    }
    const lookup = declarationOfSymbol(ts, checker, symbol);
    return lookup.kind === "declaration" ? declarationPath(lookup.declaration, symbol.name, depth) : undefined;
  };

  /** `const { connect } = require("mqtt")`, `const { S3Client } = await import(…)`. */
  const bindingElementPath = (element: ts.BindingElement, depth: number): ApiPath | undefined => {
    const names: string[] = [];
    let node: ts.Node = element;
    while (ts.isBindingElement(node)) {
      const pattern: ts.BindingPattern = node.parent;
      if (!ts.isObjectBindingPattern(pattern)) return undefined;
      const key = node.propertyName ?? node.name;
      if (!ts.isIdentifier(key) && !ts.isStringLiteral(key)) return undefined;
      names.unshift(key.text);
      node = pattern.parent;
    }
    if (!ts.isVariableDeclaration(node) || !node.initializer) return undefined;
    let path = pathOf(node.initializer, depth + 1);
    for (const name of names) path = extend(path, { kind: "member", name });
    return path;
  };

  /** An import: a project module is followed to its export; a package (or unresolved specifier) becomes a path root. */
  const moduleExportPath = (specifier: ts.Expression, exportName: string | undefined, depth: number): ApiPath | undefined => {
    if (!ts.isStringLiteralLike(specifier)) return undefined;
    const moduleSymbol = checker.getSymbolAtLocation(specifier);
    const moduleFile = moduleSymbol?.declarations?.find((d) => ts.isSourceFile(d));
    const generated = moduleFile ? generatedClientPackage(moduleFile) : undefined;
    if (generated) return { package: generated, steps: exportName === undefined ? [] : [{ kind: "member", name: exportName }] };
    if (moduleFile && !moduleFile.isDeclarationFile && !isInPackage(moduleFile.fileName)) {
      if (exportName === undefined || !moduleSymbol) return undefined; // members are followed through their own symbols
      const exported = checker.getExportsOfModule(moduleSymbol).find((s) => s.name === exportName);
      return exported ? symbolPath(exported, depth + 1) : undefined;
    }
    const text = specifier.text;
    if (text.startsWith(".") || text.startsWith("/")) return undefined;
    return { package: normalizePackageName(text), steps: exportName === undefined ? [] : [{ kind: "member", name: exportName }] };
  };

  return {
    pathOf: (expression) => pathOf(expression, 0),
    // The callee's path plus the call: never what a project function returns (`postJson(url)` returning
    // `fetch(url)` is a call of postJson, not of fetch; its inner fetch is the sink).
    pathOfCall: (call) => {
      const callee = unwrapExpression(ts, call.expression);
      const base = ts.isNewExpression(call) ? (pathOf(callee, 0) ?? subclassBasePath(callee, 0)) : pathOf(callee, 0);
      return extend(base, { kind: "call", node: call, construct: ts.isNewExpression(call) });
    },
  };
}

/** A declaration at the top level of its module (an export of a generated client, not one of its locals). */
function isTopLevel(ts: TS, declaration: ts.Declaration): boolean {
  let node: ts.Node = declaration;
  if (ts.isVariableDeclaration(node)) node = node.parent.parent;
  return node.parent !== undefined && ts.isSourceFile(node.parent);
}

function isNullish(ts: TS, expression: ts.Expression): boolean {
  return expression.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(expression) && expression.text === "undefined");
}
