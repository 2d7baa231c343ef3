import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import { unwrapExpression, returnedExpressions } from "../values/expression-shapes.js";
import { calledFunction } from "../values/function-returns.js";
import { symbolOfIdentifier } from "../values/declarations.js";

/**
 * The project type an untyped value is a document of. A client of a package that is not installed
 * has no types, but the project still names what it stores: `db.collection<Owner>("owners")`,
 * `dataSource.getRepository<Trip>(…)`, `model<Vehicle>(…)`. A value read through such a client
 * (`await owners.findOne(…)`, also returned by a project helper, taken from a result list or a
 * `for … of` over it) is a document of that type argument, so its properties are judged by the
 * type's declarations (a reviewed `@vdx none` stays quiet) rather than by their names.
 *
 * Any call on the client (a query, `toArray()`, a cursor method) is taken to yield its documents:
 * the type only decides properties the type declares, so a count or an id read from another call
 * loses nothing it would have had by name.
 */
const MAX_DEPTH = 8;

export function documentTypeOf(ts: TS, checker: ts.TypeChecker, expression: ts.Expression, depth = 0): ts.Type | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const node = unwrapExpression(ts, expression);
  if (ts.isAwaitExpression(node)) return documentTypeOf(ts, checker, node.expression, depth + 1);
  if (ts.isElementAccessExpression(node)) return documentTypeOf(ts, checker, node.expression, depth + 1);
  if (ts.isIdentifier(node)) return variableDocumentType(ts, checker, node, depth);
  if (!ts.isCallExpression(node)) return undefined;
  const typeArgument = node.typeArguments?.[0];
  if (typeArgument) return checker.getTypeFromTypeNode(typeArgument);
  const called = calledFunction({ ts, checker }, node);
  if (called.kind === "function") {
    for (const returned of returnedExpressions(ts, called.func)) {
      const type = documentTypeOf(ts, checker, returned, depth + 1);
      if (type) return type;
    }
    return undefined;
  }
  const callee = unwrapExpression(ts, node.expression);
  return ts.isPropertyAccessExpression(callee) ? documentTypeOf(ts, checker, callee.expression, depth + 1) : undefined;
}

function variableDocumentType(ts: TS, checker: ts.TypeChecker, identifier: ts.Identifier, depth: number): ts.Type | undefined {
  const declaration = symbolOfIdentifier(ts, checker, identifier)?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || declaration.type) return undefined;
  if (declaration.initializer) return documentTypeOf(ts, checker, declaration.initializer, depth + 1);
  // `for (const owner of owners)`: an element of the iterated documents.
  const list = declaration.parent;
  const loop = ts.isVariableDeclarationList(list) ? list.parent : undefined;
  return loop && ts.isForOfStatement(loop) ? documentTypeOf(ts, checker, loop.expression, depth + 1) : undefined;
}
