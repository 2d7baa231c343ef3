import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import type { CallNode } from "./api-path.js";
import { accessedMemberName, unwrapExpression } from "../values/expression-shapes.js";
import { findDeclarationByName } from "../values/scope-lookup.js";
import { mayBeReassigned } from "../values/declarations.js";
import { generatedClientPackage } from "./generated-clients.js";
import { normalizePackageName } from "./package-names.js";
import { walkPreorder } from "../../program/preorder.js";

/**
 * What the syntax of one file says about its calls, before any checker call:
 * the callee's last member name and where the callee's receiver chain roots.
 * Computed once per `SourceFile` object and kept while that object lives, so an
 * editor that re-creates the program after each keystroke (unchanged files keep
 * their `SourceFile`) pays for the walk once per file version.
 *
 * Each root kind is a proof obligation of the pre-filter (call-prefilter.ts):
 * it says what `ApiPathResolver.pathOfCall` can at most produce for the call.
 */
export type CallRoot =
  /** `f()` / `new C()` of a local function, arrow or class without `extends`: the resolver finds no path. */
  | { kind: "local-callable" }
  /**
   * `xs.push()` on a local array, literal, lib collection (`new Map()`), object literal whose member is a
   * function, lib-typed parameter or class field holding one: no path, or a `global` path whose first
   * member is `first` (a lib method reached through its declaration, or the lib constructor).
   */
  | { kind: "inert-receiver"; first: string }
  /** The chain starts at an import (or `require`) of a bare specifier: the path, if any, is in that package. */
  | { kind: "package"; specifier: ts.StringLiteralLike }
  /** The chain starts at a global of the language's lib (`console`, `Math`…): the path is `global` from `name`. */
  | { kind: "lib-global"; name: string }
  | { kind: "other" };

export interface CallFact {
  node: CallNode;
  /** The callee's member name (`a.b(…)` → `b`); undefined for `f(…)`, `x()(…)` and computed names. */
  name: string | undefined;
  root: CallRoot;
}

export interface FileFacts {
  calls: CallFact[];
  /** Module specifiers the file imports (normalised): ESM imports and re-exports, `import x = require()`, `require()`, `import()`, import types. */
  imports: Set<string>;
  /** The specifier literals themselves (imports, re-exports, `require`, `import()`, import types). */
  specifiers: ts.StringLiteralLike[];
}

/** Globals of TypeScript's libs that are never clients (a catalogue may still name one: see the pre-filter). */
const LIB_GLOBALS = new Set([
  "console",
  "Math",
  "JSON",
  "Object",
  "Array",
  "Promise",
  "Reflect",
  "Number",
  "String",
  "Boolean",
  "Date",
  "Symbol",
  "Intl",
  "Error",
  "BigInt",
  "RegExp",
  "Atomics",
]);
/** Lib constructors whose instances are plain collections or values. */
const LIB_CONSTRUCTORS = new Set([
  "Map",
  "Set",
  "WeakMap",
  "WeakSet",
  "Array",
  "Date",
  "RegExp",
  "Error",
  "URL",
  "URLSearchParams",
  "Headers",
  "AbortController",
  "TextEncoder",
  "TextDecoder",
  "Uint8Array",
  "ArrayBuffer",
]);
/** Lib type names a parameter or field can be declared with that hold no client. */
const LIB_TYPES = new Set([
  "Array",
  "ReadonlyArray",
  "Map",
  "ReadonlyMap",
  "Set",
  "ReadonlySet",
  "WeakMap",
  "WeakSet",
  "Date",
  "RegExp",
  "URL",
  "URLSearchParams",
]);

const cache = new WeakMap<ts.SourceFile, FileFacts>();
const factOfNode = new WeakMap<ts.Node, CallFact>();

export function callFactsOf(ts: TS, sourceFile: ts.SourceFile): FileFacts {
  let facts = cache.get(sourceFile);
  if (!facts) {
    facts = collect(ts, sourceFile);
    cache.set(sourceFile, facts);
  }
  return facts;
}

/** The facts of one call (computing its file's facts on first use). */
export function callFactOf(ts: TS, node: CallNode): CallFact {
  const known = factOfNode.get(node);
  if (known) return known;
  callFactsOf(ts, node.getSourceFile());
  return factOfNode.get(node) ?? { node, name: accessedMemberName(ts, unwrapExpression(ts, node.expression)), root: { kind: "other" } };
}

function collect(ts: TS, sourceFile: ts.SourceFile): FileFacts {
  const calls: CallFact[] = [];
  const imports = new Set<string>();
  const specifiers: ts.StringLiteralLike[] = [];
  // Names the syntactic scope walk may get wrong: a `var` hoisted out of a nested block, namespaces,
  // names declared in `declare global`, classes merged with an interface. Chains rooted there stay candidates.
  const unsafe = new Set<string>();
  const addImport = (node: ts.Node | undefined): void => {
    if (node && ts.isStringLiteralLike(node)) {
      imports.add(normalizePackageName(node.text));
      specifiers.push(node);
    }
  };
  walkPreorder(ts, sourceFile, (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) addImport(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) addImport(node.moduleReference.expression);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) addImport(node.argument.literal);
    else if (ts.isModuleDeclaration(node)) {
      if (ts.isIdentifier(node.name)) unsafe.add(node.name.text);
      if (ts.isIdentifier(node.name) && node.name.text === "global") markDeclaredNames(ts, node, unsafe);
    } else if (ts.isInterfaceDeclaration(node)) unsafe.add(node.name.text);
    else if (ts.isVariableDeclarationList(node) && !(node.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) && !isScopeLevelVar(ts, node)) {
      for (const declaration of node.declarations) markBindingNames(ts, declaration.name, unsafe);
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      if (
        ts.isCallExpression(node) &&
        node.arguments.length === 1 &&
        ((ts.isIdentifier(node.expression) && node.expression.text === "require") || node.expression.kind === ts.SyntaxKind.ImportKeyword)
      ) {
        addImport(node.arguments[0]);
      }
      calls.push({ node, name: accessedMemberName(ts, unwrapExpression(ts, node.expression)), root: { kind: "other" } });
    }
  });
  for (const fact of calls) {
    fact.root = classifyCall(ts, fact.node, unsafe);
    factOfNode.set(fact.node, fact);
  }
  // A generated API client is its own (virtual) package: models of it are enabled when the program holds one.
  const generated = generatedClientPackage(sourceFile);
  if (generated) imports.add(generated);
  return { calls, imports, specifiers };
}

/** A `var` where the scope walk finds it: a statement directly in a function body, module block or the file. */
function isScopeLevelVar(ts: TS, list: ts.VariableDeclarationList): boolean {
  const statement = list.parent;
  if (!statement || !ts.isVariableStatement(statement)) return false;
  const container = statement.parent;
  return ts.isSourceFile(container) || ts.isModuleBlock(container) || (ts.isBlock(container) && ts.isFunctionLike(container.parent));
}

function markDeclaredNames(ts: TS, node: ts.Node, names: Set<string>): void {
  walkPreorder(ts, node, (child) => {
    const name = (child as { name?: ts.Node }).name;
    if (name && ts.isIdentifier(name)) names.add(name.text);
  });
}

function markBindingNames(ts: TS, name: ts.BindingName, names: Set<string>): void {
  if (ts.isIdentifier(name)) names.add(name.text);
  else for (const element of name.elements) if (!ts.isOmittedExpression(element)) markBindingNames(ts, element.name, names);
}

function classifyCall(ts: TS, call: CallNode, unsafe: Set<string>): CallRoot {
  const callee = unwrapExpression(ts, call.expression);
  if (ts.isIdentifier(callee)) {
    const declaration = unsafe.has(callee.text) ? undefined : findDeclarationByName(ts, callee);
    if (declaration && isLocalCallable(ts, declaration)) return { kind: "local-callable" };
  }
  if (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) {
    const name = accessedMemberName(ts, callee);
    const receiver = unwrapExpression(ts, callee.expression);
    if (name !== undefined) {
      const first = inertReceiverFirst(ts, receiver, name, unsafe);
      if (first !== undefined) return { kind: "inert-receiver", first };
    }
  }
  return chainRoot(ts, callee, unsafe, 0);
}

/** A function or class the resolver cannot turn into a package path (a class that extends something might be a client). */
function isLocalCallable(ts: TS, declaration: ts.Declaration): boolean {
  if (ts.isFunctionDeclaration(declaration)) return true;
  if (ts.isClassDeclaration(declaration)) return !declaration.heritageClauses?.length;
  if (ts.isVariableDeclaration(declaration) && declaration.initializer && !mayBeReassigned(ts, declaration)) {
    const value = unwrapExpression(ts, declaration.initializer);
    if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) return true;
    if (ts.isClassExpression(value)) return !value.heritageClauses?.length;
  }
  return false;
}

/**
 * For `receiver.name(…)`: the first member of the `global` path the resolver can reach when the receiver is
 * inert, or undefined when it is not provably inert.
 */
function inertReceiverFirst(ts: TS, receiver: ts.Expression, name: string, unsafe: Set<string>): string | undefined {
  if (ts.isIdentifier(receiver)) {
    if (unsafe.has(receiver.text)) return undefined;
    const declaration = findDeclarationByName(ts, receiver);
    if (!declaration) return undefined;
    if (ts.isVariableDeclaration(declaration)) {
      if (!declaration.initializer || mayBeReassigned(ts, declaration)) return undefined;
      return inertValueFirst(ts, declaration.initializer, name, unsafe);
    }
    if (ts.isParameter(declaration) && ts.isIdentifier(declaration.name) && !declaration.dotDotDotToken) {
      return isLibType(ts, declaration.type, unsafe, receiver) ? name : undefined;
    }
    return undefined;
  }
  if (ts.isPropertyAccessExpression(receiver) && receiver.expression.kind === ts.SyntaxKind.ThisKeyword) {
    const field = ownFieldOfThis(ts, receiver, unsafe);
    if (!field) return undefined;
    if (field.initializer) return inertValueFirst(ts, field.initializer, name, unsafe);
    return undefined;
  }
  return undefined;
}

/** What a value written as `expression` contributes: inert literals, lib collections, object literals of functions. */
function inertValueFirst(ts: TS, expression: ts.Expression, name: string, unsafe: Set<string>): string | undefined {
  const value = unwrapExpression(ts, expression);
  if (
    ts.isArrayLiteralExpression(value) ||
    ts.isStringLiteralLike(value) ||
    ts.isNumericLiteral(value) ||
    ts.isTemplateExpression(value) ||
    ts.isRegularExpressionLiteral(value) ||
    value.kind === ts.SyntaxKind.TrueKeyword ||
    value.kind === ts.SyntaxKind.FalseKeyword
  ) {
    return name; // the member is a lib method: its declaration gives `global.<name>`
  }
  if (
    ts.isNewExpression(value) &&
    ts.isIdentifier(value.expression) &&
    LIB_CONSTRUCTORS.has(value.expression.text) &&
    !unsafe.has(value.expression.text) &&
    !findDeclarationByName(ts, value.expression)
  ) {
    return value.expression.text;
  }
  if (ts.isObjectLiteralExpression(value)) {
    // The resolver follows the member's own declaration in the literal: a function or method there is no client.
    if (value.properties.some((p) => ts.isSpreadAssignment(p))) return undefined;
    const members = value.properties.filter((p) => p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === name);
    const member = members[0];
    if (!member || members.length !== 1) return undefined;
    if (ts.isMethodDeclaration(member)) return name;
    if (ts.isPropertyAssignment(member)) {
      const initializer = unwrapExpression(ts, member.initializer);
      if (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer)) return name;
    }
  }
  return undefined;
}

/** `string[]`, `readonly number[]`, `Map<K, V>`, `string`…: declared by the lib, never a package class. */
function isLibType(ts: TS, type: ts.TypeNode | undefined, unsafe: Set<string>, at: ts.Node): boolean {
  if (!type) return false;
  if (ts.isArrayTypeNode(type) || ts.isTupleTypeNode(type)) return true;
  if (ts.isTypeOperatorNode(type)) return isLibType(ts, type.type, unsafe, at);
  switch (type.kind) {
    case ts.SyntaxKind.StringKeyword:
    case ts.SyntaxKind.NumberKeyword:
    case ts.SyntaxKind.BooleanKeyword:
    case ts.SyntaxKind.BigIntKeyword:
    case ts.SyntaxKind.SymbolKeyword:
      return true;
  }
  if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && LIB_TYPES.has(type.typeName.text) && !unsafe.has(type.typeName.text)) {
    // A local or imported declaration of the same name would shadow the lib's.
    const probe = type.typeName;
    return !findDeclarationByName(ts, probe) && !hasTypeDeclaration(ts, at.getSourceFile(), probe.text);
  }
  return false;
}

function hasTypeDeclaration(ts: TS, sourceFile: ts.SourceFile, name: string): boolean {
  return sourceFile.statements.some((s) => (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s) || ts.isClassDeclaration(s)) && s.name?.text === name);
}

/** `this.field` inside a (non-static) method of the class that declares `field` itself. */
function ownFieldOfThis(ts: TS, access: ts.PropertyAccessExpression, unsafe: Set<string>): ts.PropertyDeclaration | undefined {
  let node: ts.Node = access;
  while (node.parent && !(ts.isFunctionLike(node.parent) && !ts.isArrowFunction(node.parent))) {
    if (ts.isClassLike(node.parent)) return undefined; // a field initializer or static block: leave it to the resolver
    node = node.parent;
  }
  const method = node.parent;
  if (
    !method ||
    !(ts.isMethodDeclaration(method) || ts.isConstructorDeclaration(method) || ts.isGetAccessorDeclaration(method) || ts.isSetAccessorDeclaration(method))
  )
    return undefined;
  if (method.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) return undefined;
  if (method.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === "this")) return undefined;
  const owner = method.parent;
  if (!ts.isClassLike(owner) || (owner.name && unsafe.has(owner.name.text))) return undefined;
  const name = access.name.text;
  const fields = owner.members.filter((m) => m.name && ts.isIdentifier(m.name) && m.name.text === name);
  const field = fields[0];
  if (fields.length !== 1 || !field || !ts.isPropertyDeclaration(field)) return undefined;
  if (field.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword || m.kind === ts.SyntaxKind.DeclareKeyword)) return undefined;
  return field;
}

/** Follows the receiver chain (`a.b().c`) and `const` initializers in the same file to where it starts. */
function chainRoot(ts: TS, expression: ts.Expression, unsafe: Set<string>, depth: number): CallRoot {
  let node = unwrapExpression(ts, expression);
  for (;;) {
    if (ts.isElementAccessExpression(node) && accessedMemberName(ts, node) === undefined) {
      return { kind: "other" }; // a computed member: the resolver falls back to the value's type here
    } else if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isNewExpression(node) || ts.isAwaitExpression(node)) {
      node = unwrapExpression(ts, node.expression);
    } else if (ts.isCallExpression(node)) {
      const first = node.arguments[0];
      if (
        first &&
        ts.isStringLiteralLike(first) &&
        node.arguments.length === 1 &&
        ((ts.isIdentifier(node.expression) && node.expression.text === "require" && !unsafe.has("require") && !findDeclarationByName(ts, node.expression)) ||
          node.expression.kind === ts.SyntaxKind.ImportKeyword)
      ) {
        return packageRoot(ts, first);
      }
      node = unwrapExpression(ts, node.expression);
    } else {
      break;
    }
  }
  if (!ts.isIdentifier(node) || unsafe.has(node.text) || depth > 16) return { kind: "other" };
  const declaration = findDeclarationByName(ts, node);
  if (!declaration) return LIB_GLOBALS.has(node.text) || LIB_CONSTRUCTORS.has(node.text) ? { kind: "lib-global", name: node.text } : { kind: "other" };
  if (ts.isImportClause(declaration)) return packageRoot(ts, declaration.parent.moduleSpecifier);
  if (ts.isNamespaceImport(declaration)) return packageRoot(ts, declaration.parent.parent.moduleSpecifier);
  if (ts.isImportSpecifier(declaration)) return packageRoot(ts, declaration.parent.parent.parent.moduleSpecifier);
  if (ts.isImportEqualsDeclaration(declaration)) {
    const reference = declaration.moduleReference;
    return ts.isExternalModuleReference(reference) ? packageRoot(ts, reference.expression) : { kind: "other" };
  }
  if (ts.isVariableDeclaration(declaration) && declaration.initializer && ts.isIdentifier(declaration.name) && !mayBeReassigned(ts, declaration)) {
    return chainRoot(ts, declaration.initializer, unsafe, depth + 1);
  }
  return { kind: "other" };
}

function packageRoot(ts: TS, specifier: ts.Expression): CallRoot {
  if (!ts.isStringLiteralLike(specifier) || specifier.text.startsWith(".") || specifier.text.startsWith("/")) return { kind: "other" };
  return { kind: "package", specifier };
}
