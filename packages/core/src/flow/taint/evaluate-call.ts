import type ts from "typescript";
import { locationOf } from "../values/source-location.js";
import { calleeName, unwrapExpression } from "../values/expression-shapes.js";
import type { UnitAnalysis } from "./unit-analysis.js";
import { resolveDestinationAtCall } from "./destination-at-call.js";
import { sanitizerOrigin } from "./origins.js";
import { signalReadTaint } from "./signal-reads.js";
import { substitute } from "./substitute.js";
import { EMPTY, hasKeyedEntry, hasOrigin, isEmpty, mapLabels, pushStep, readField, union, unionAll, type Taint } from "./taint.js";
import { functionName, isFunctionWithBody, unitOf } from "./units.js";
import { resolveCallee } from "./resolve-callee.js";
import type { SinkReach } from "./flow-types.js";
import type { FlowStep } from "../../model/finding.js";
import { fixedHostOfParameter, valuesOf, type StaticValue } from "../values/static-value.js";
import { bindAtConstruction } from "./instance-destinations.js";
import { isConstructorFunction, thisAssignments } from "../values/definitions.js";
import { applyShape, shapeOfCall } from "./payload-shaping.js";

/**
 * A call or `new`: sinks are recorded, sanitizers applied, project functions
 * summarised (or, when nested in the same unit, bound context-insensitively),
 * and anything else is a library call whose result carries its receiver and
 * arguments (what `JSON.stringify`, `Buffer.from`, `encode(x).finish()`,
 * `toBinary`, `await` and promise chains do).
 */
export function evaluateCall(a: UnitAnalysis, call: ts.CallExpression | ts.NewExpression): Taint {
  const ts = a.ts;
  const callee = call.expression;
  let receiver: Taint = EMPTY;
  let receiverNode: ts.Expression | undefined;
  if (ts.isCallExpression(call) && (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee))) {
    receiverNode = callee.expression;
    if (receiverNode.kind !== ts.SyntaxKind.SuperKeyword && receiverNode.kind !== ts.SyntaxKind.ThisKeyword) receiver = a.evalExpr(receiverNode);
  } else if (!ts.isIdentifier(callee) && !isFunctionWithBody(ts, callee)) {
    a.evalExpr(callee);
  }

  const args: Taint[] = [];
  const callbacks: ts.FunctionLikeDeclaration[] = [];
  for (const argument of call.arguments ?? []) {
    if (isFunctionWithBody(ts, argument)) {
      callbacks.push(argument);
      args.push(EMPTY);
    } else args.push(a.evalExpr(argument));
  }
  const signals = signalReadTaint(a, call);

  const sink = a.ctx.sinkAt(call);
  if (sink) a.recordSink(sink, unionAll(sink.payloads.map((p) => a.evalExpr(p))));

  const name = calleeName(ts, callee);
  // What library methods do with their receiver, arguments and callbacks is pack data (propagation.yaml).
  const propagation = a.ctx.pack.propagation;
  const sanitizer = name !== undefined ? a.ctx.sanitizer(name) : undefined;
  const fn = sanitizer ? undefined : resolveCallee(a.ctx, call);
  let result: Taint;
  let shape: ReturnType<typeof shapeOfCall>;
  let read: Taint | undefined;
  const base = unionAll([receiver, ...args, signals]);

  if (sanitizer) {
    const step = a.step(call, `sanitizer ${sanitizer.function} removes ${sanitizer.removes.join(", ") || "nothing"}`);
    result = mapLabels(base, (l) => ({ ...l, removed: [...(l.removed ?? []), ...sanitizer.removes], steps: pushStep(l.steps, step) }));
    if (sanitizer.adds.length > 0 && !isEmpty(base)) {
      const origin = sanitizerOrigin(sanitizer.function, sanitizer.adds, locationOf(call));
      result = union(result, { labels: [{ kind: "origin", origin, steps: undefined }] });
    }
  } else if (fn && unitOf(ts, fn) === a.unit && fn !== a.unit) {
    // A local helper or closure: its parameters hold whatever any local call passes.
    fn.parameters.forEach((parameter, index) => {
      const value = parameter.dotDotDotToken ? unionAll(args.slice(index)) : (args[index] ?? EMPTY);
      a.bind(parameter.name, value);
    });
    if (ts.isCallExpression(call)) {
      const calls = a.nestedCalls.get(fn) ?? [];
      if (!calls.includes(call)) calls.push(call);
      a.nestedCalls.set(fn, calls);
    }
    result = ts.isNewExpression(call) ? EMPTY : a.returnsOf(fn);
  } else if (fn) {
    result = instantiate(a, fn, call, args, receiverNode);
  } else if (name !== undefined && (shape = shapeOfCall(ts, a.checker, call, (e) => staticStrings(a, e)))) {
    // `pick(session, ["id", "state"])`, `omit(state, ["position"])`: only what survives is carried.
    result = applyShape(a.evalExpr(shape.object), shape);
  } else {
    const entry = name === "get" ? batchEntryKey(a, call, receiver) : undefined;
    const record = entry === undefined ? declaredRecordLookup(a, call) : undefined;
    result =
      record ??
      (entry !== undefined
        ? readField(receiver, entry) // `values.get(VIN)` on a Map from a batch signal read: that entry only
        : name !== undefined && ((propagation.callbackResults.has(name) && callbacks.length > 0) || propagation.emptyResults.has(name))
          ? name === "reduce" || name === "reduceRight"
            ? unionAll(args)
            : EMPTY
          : base);
    if (receiverNode && name !== undefined && propagation.mutators.has(name) && !isEmpty(unionAll(args))) a.assignInto(receiverNode, undefined, unionAll(args));
    if (name === "assign" && call.arguments && call.arguments.length > 1 && calleeReceiverText(ts, callee) === "Object") {
      a.assignInto(call.arguments[0]!, undefined, unionAll(args.slice(1)));
    }
    // What a library or declared function returns is judged by its type when nothing visible flows into it.
    if (callbacks.length === 0 && !hasOrigin(result)) result = union(result, a.typeTaintOf(call));
    // A store read returns what the store holds, not its key, filter or URL (`redis.get(\`pos:${vin}\`)`).
    read = a.ctx.callSource?.(call);
    if (read) result = callbacks.length === 0 ? union(read, a.typeTaintOf(call)) : read;
  }

  // Callbacks run with what the call hands them: elements of the receiver (`map`, `forEach`, `then`,
  // `on("data")`), the other arguments (`subscribe(paths, cb)`), a read's data. Project functions decide for themselves.
  const handed = fn ? EMPTY : (read ?? base);
  for (const callback of callbacks) {
    callback.parameters.forEach((parameter, index) =>
      a.bind(parameter.name, callbackParameter(a, name, index, callback, receiver, args, handed, fn !== undefined, read)),
    );
    a.walk(callback);
    if (!fn && !sanitizer) result = union(result, a.returnsOf(callback));
  }
  return union(result, signals);
}

/**
 * `stateOf(vin)` where the project only declares `declare function stateOf(vin: string): VehicleState`: a
 * lookup whose result is a record of a project type with classified fields. The record is what its type
 * says (field by field); the key it was found by is not in it, so `stateOf(vin).firmware` carries no VIN.
 */
function declaredRecordLookup(a: UnitAnalysis, call: ts.CallExpression | ts.NewExpression): Taint | undefined {
  const ts = a.ts;
  if (!ts.isCallExpression(call) || calleeHasOnlyOtherSignatures(a, call)) return undefined;
  let declaration: ts.Declaration | undefined;
  try {
    declaration = a.checker.getResolvedSignature(call)?.declaration;
  } catch {
    return undefined;
  }
  if (!declaration || !ts.isFunctionDeclaration(declaration) || declaration.body || !declaration.type) return undefined;
  if (/[\\/]node_modules[\\/]/.test(declaration.getSourceFile().fileName)) return undefined;
  const typed = a.typeTaintOf(call);
  return hasOrigin(typed) ? typed : undefined;
}

/**
 * Whether the callee is declared only as methods or as functions with a body: then the signature a call
 * resolves to is one of those declarations, never a bodiless `declare function`, and resolving it (the
 * costliest question this module asks of the checker) can be skipped.
 */
function calleeHasOnlyOtherSignatures(a: UnitAnalysis, call: ts.CallExpression): boolean {
  const ts = a.ts;
  const callee = call.expression;
  const name = ts.isIdentifier(callee) ? callee : ts.isPropertyAccessExpression(callee) ? callee.name : undefined;
  if (!name) return false;
  let symbol = a.checker.getSymbolAtLocation(name);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = a.checker.getAliasedSymbol(symbol);
  const declarations = symbol?.declarations;
  return (
    declarations !== undefined &&
    declarations.length > 0 &&
    declarations.every((d) => ts.isMethodDeclaration(d) || ts.isMethodSignature(d) || (ts.isFunctionDeclaration(d) && d.body !== undefined))
  );
}

/** Every string an expression may hold (a key list, a constant), or undefined when it is not static. */
function staticStrings(a: UnitAnalysis, expression: ts.Expression): string[] | undefined {
  if (a.ts.isStringLiteralLike(expression)) return [expression.text];
  const value = a.ctx.staticValue(expression);
  return value.kind === "known" ? valuesOf(value) : undefined;
}

/** The key of `receiver.get(key)` when it names an entry of a batch signal read (a literal or a constant). */
function batchEntryKey(a: UnitAnalysis, call: ts.CallExpression | ts.NewExpression, receiver: Taint): string | undefined {
  const argument = call.arguments?.length === 1 ? call.arguments[0]! : undefined;
  if (!argument || !receiver.labels.some((l) => l.kind === "origin" && l.keyedBy !== undefined)) return undefined;
  const value = a.ts.isStringLiteralLike(argument)
    ? argument.text
    : (() => {
        const known = a.ctx.staticValue(argument);
        return known.kind === "known" && !known.alternatives ? known.value : undefined;
      })();
  return value !== undefined && hasKeyedEntry(receiver, value) ? value : undefined;
}

/**
 * What a library hands a callback's parameter: array and promise methods pass
 * elements of the receiver (index arguments carry nothing); `reduce` passes
 * the accumulator (initial value and what the callback returns) then the
 * element; unknown APIs pass everything they were given.
 */
function callbackParameter(
  a: UnitAnalysis,
  name: string | undefined,
  index: number,
  callback: ts.FunctionLikeDeclaration,
  receiver: Taint,
  args: Taint[],
  handed: Taint,
  projectCallee: boolean,
  read: Taint | undefined,
): Taint {
  if (projectCallee) return EMPTY;
  if (name === "reduce" || name === "reduceRight") {
    if (index === 0) return union(args[1] ?? EMPTY, a.returnsOf(callback));
    return index === 1 || index === 3 ? receiver : EMPTY;
  }
  if (name !== undefined && a.ctx.pack.propagation.elementCallbacks.has(name)) return index === 1 ? EMPTY : receiver;
  // An unknown API's callback (`bus.on("dtc", (snapshot: DtcSnapshot) => …)`) is an entry point for what it
  // receives from outside the program: a parameter the code types is judged by that type, like a handler's.
  const parameter = callback.parameters[index];
  return parameter?.type && !read ? union(handed, a.typeTaintOf(parameter)) : handed;
}

/**
 * A reach's parameter destination as this call supplies it: the argument for the helper's own parameter, or,
 * for a service client whose base URL was given to its constructor (or a base class's), the receiver's `new`.
 */
function suppliedDestination(
  a: UnitAnalysis,
  fn: ts.FunctionLikeDeclaration,
  call: ts.CallExpression | ts.NewExpression,
  reach: SinkReach,
  receiverNode: ts.Expression | undefined,
): { value: StaticValue; steps: FlowStep[]; keepLocation?: true } | undefined {
  const destination = reach.destination;
  if (destination.kind !== "parameter") return undefined;
  if (destination.func === fn) {
    const resolved = resolveDestinationAtCall(a.ctx, reach.sink, destination, call);
    return { value: resolved.value, steps: [resolved.step] };
  }
  if (!(a.ts.isConstructorDeclaration(destination.func) || isConstructorFunction(a.ts, destination.func)) || !receiverNode) return undefined;
  const construction = constructionOf(a, receiverNode);
  const bound = construction ? bindAtConstruction(a.ctx, reach.sink, destination, construction) : undefined;
  // A client kept in a field (`this.service = new Client({ baseUrl })`) that its owner builds with a fixed host: each
  // method call that hands it data is a send to that host. A host still open (a parameter, configuration) is reported
  // at the send itself, where the unresolved destination is read.
  if (bound && !isVisibleConstruction(a.ts, receiverNode) && bound.value.kind !== "known") return { ...bound, keepLocation: true };
  return bound;
}

function instantiate(
  a: UnitAnalysis,
  fn: ts.FunctionLikeDeclaration,
  call: ts.CallExpression | ts.NewExpression,
  args: Taint[],
  receiverNode: ts.Expression | undefined,
): Taint {
  const summary = a.ctx.summaryOf(fn);
  const step = a.step(call, `passed to ${functionName(a.ts, fn)}()`);
  const restIndex = fn.parameters.findIndex((p) => p.dotDotDotToken);
  const bound = restIndex >= 0 ? [...args.slice(0, restIndex), unionAll(args.slice(restIndex))] : args;
  for (const reach of summary.reaches) {
    const payload = substitute(reach.payload, bound, step);
    const supplied = suppliedDestination(a, fn, call, reach, receiverNode);
    if (supplied) {
      // A caller that only fills in the path (`${API}/shipments/${vin}`: the host is fixed inside) does not
      // decide where the data goes: the send stays reported where it is written.
      const hostFixedInside = reach.destination.kind === "parameter" && fixedHostOfParameter(reach.destination) !== undefined;
      // A caller that hands over an opaque object (a database row) whose property the helper picks as the
      // destination (`subscription.url`) does not write the destination either: the pick is where it is.
      // A caller that writes the property in its own object literal (`send({ uri: partnerUrl(), body })`) does write it.
      const pickedFromOpaque =
        supplied.value.kind === "unknown" &&
        reach.destination.kind === "parameter" &&
        reach.destination.propertyPath.length > 0 &&
        !spellsProperty(a.ts, call.arguments?.[reach.destination.index], reach.destination.propertyPath[0]!);
      a.recordReach({
        ...reach,
        payload,
        destination: supplied.value,
        ...(hostFixedInside || pickedFromOpaque || supplied.keepLocation ? {} : { location: locationOf(call), reportNode: call }),
        destinationSteps: [...supplied.steps, ...reach.destinationSteps],
      });
    } else if (isInstanceMethodCall(a, fn, reach, receiverNode)) {
      // An SDK method called on an instance handed around (`this.parent._request(…)`): the client's base URL is
      // whichever construction made it; each public method that hands it data is a send of its own.
      a.recordReach({ ...reach, payload, location: locationOf(call), reportNode: call });
    } else a.recordReach({ ...reach, payload });
  }
  for (const write of summary.cellWrites) a.recordCellWrite(write.cell, substitute(write.value, bound, step));
  if (a.ts.isNewExpression(call)) return EMPTY;
  // A function whose return value shows nothing visible (a repository over a database client, `rows as T[]`
  // in a generic base class) is judged by its static type at this call, where the generics are instantiated.
  const returned = substitute(summary.returns, bound, a.step(call, `returned by ${functionName(a.ts, fn)}()`));
  return opaqueResult(summary.returns, returned, args) ? union(returned, a.typeTaintOf(call)) : returned;
}

/**
 * Nothing classified visibly goes in or comes out, and the function did not build the value field by
 * field: what it returns comes from a library (database rows behind a repository, `rows as T[]`), so
 * its static type at this call, generics instantiated, tells what it holds. When classified data is
 * passed in, the summary is trusted (an anonymiser that overwrote the classified fields stays clean).
 */
function opaqueResult(returns: Taint, returned: Taint, args: readonly Taint[]): boolean {
  if (hasOrigin(returned) || args.some(hasOrigin)) return false;
  return returns.fields === undefined || returns.fields.size === 0;
}

/** The `new` that created a receiver: `new C(…)` itself, or the initializer of the `const` it names. */
function constructionOf(a: UnitAnalysis, receiver: ts.Expression): ts.NewExpression | undefined {
  const ts = a.ts;
  let node = receiver;
  while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node)) node = node.expression;
  if (ts.isNewExpression(node)) return node;
  if (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword) return fieldConstruction(a, node);
  if (!ts.isIdentifier(node)) return undefined;
  let symbol = a.checker.getSymbolAtLocation(node);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = a.checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  let initializer = declaration.initializer;
  while (ts.isParenthesizedExpression(initializer) || ts.isAwaitExpression(initializer)) initializer = initializer.expression;
  return ts.isNewExpression(initializer) ? initializer : undefined;
}

/** `this.client.method(…)` of the class whose constructor parameter is the reach's destination (no visible construction). */
function isInstanceMethodCall(a: UnitAnalysis, fn: ts.FunctionLikeDeclaration, reach: SinkReach, receiverNode: ts.Expression | undefined): boolean {
  const destination = reach.destination;
  if (destination.kind !== "parameter" || !receiverNode || !a.ts.isConstructorDeclaration(destination.func)) return false;
  if (!a.ts.isMethodDeclaration(fn) || fn.parent !== destination.func.parent) return false;
  // A class calling its own method (`this.fetchToken()`) is one client making one send: it stays where it is written.
  let receiver = receiverNode;
  while (a.ts.isParenthesizedExpression(receiver) || a.ts.isNonNullExpression(receiver)) receiver = receiver.expression;
  if (receiver.kind === a.ts.SyntaxKind.ThisKeyword) return false;
  // Only a sub-API that keeps the client in a field (`this.parent.request(…)`): its methods are the SDK's
  // surface. An instance handed in as an argument may be any construction and is judged at the send.
  if (!a.ts.isPropertyAccessExpression(receiver) || receiver.expression.kind !== a.ts.SyntaxKind.ThisKeyword) return false;
  // The host must come from the instance, not be fixed inside the method (`${API}/x/${this.id}`).
  return fixedHostOfParameter(destination) === undefined;
}

/** The argument is an object literal that writes `key` itself. */
function spellsProperty(ts: typeof import("typescript"), argument: ts.Expression | undefined, key: string): boolean {
  const node = argument && unwrapExpression(ts, argument);
  if (!node || !ts.isObjectLiteralExpression(node)) return false;
  return node.properties.some((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && p.name.getText() === key);
}

/** A receiver that shows its construction: `new X(…)` itself, or a variable initialised with one. */
function isVisibleConstruction(ts: typeof import("typescript"), receiver: ts.Expression): boolean {
  let node = receiver;
  while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node)) node = node.expression;
  return !(ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword);
}

/** `this.service` that its class (or constructor function) sets once, to `new SmartClient({ baseUrl })`. */
function fieldConstruction(a: UnitAnalysis, field: ts.PropertyAccessExpression): ts.NewExpression | undefined {
  const ts = a.ts;
  let owner: ts.Node | undefined = field.parent;
  while (owner && !ts.isClassLike(owner) && !isConstructorFunction(ts, owner)) {
    // `Client.prototype.send = function () { this.http… }`: the owner is the constructor function the prototype belongs to.
    const prototypeOwner = prototypeConstructor(a, owner);
    if (prototypeOwner) {
      owner = prototypeOwner;
      break;
    }
    owner = owner.parent;
  }
  if (!owner) return undefined;
  const assigned = thisAssignments(ts, owner, field.name.text);
  if (assigned.length !== 1) return undefined;
  let value = assigned[0]!;
  while (ts.isParenthesizedExpression(value) || ts.isAwaitExpression(value)) value = value.expression;
  return ts.isNewExpression(value) ? value : undefined;
}

/** For the function of `Client.prototype.send = function …`, the declaration of `Client` when it is a constructor function. */
function prototypeConstructor(a: UnitAnalysis, node: ts.Node): ts.Node | undefined {
  const ts = a.ts;
  const parent = node.parent;
  if (!ts.isFunctionExpression(node) || !parent || !ts.isBinaryExpression(parent) || parent.right !== node) return undefined;
  const left = parent.left;
  if (!ts.isPropertyAccessExpression(left) || !ts.isPropertyAccessExpression(left.expression) || left.expression.name.text !== "prototype") return undefined;
  const declaration = a.checker.getSymbolAtLocation(left.expression.expression)?.valueDeclaration;
  return declaration && isConstructorFunction(ts, declaration) ? declaration : undefined;
}

function calleeReceiverText(ts: typeof import("typescript"), callee: ts.Expression): string | undefined {
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) ? callee.expression.text : undefined;
}
