import type ts from "typescript";
import type { FlowStep } from "../model/finding.js";
import type { SourceLocation } from "../model/location.js";
import type { StoreModel } from "../model/pack.js";
import type { StaticValue } from "../flow/values/static-value.js";
import { accessedMemberName, lookupPath, unwrapExpression, valuesOf, type TS } from "../flow/values/index.js";
import type { StaticEvaluator } from "../flow/values/static-evaluator.js";
import type { RemoteMatchers } from "./remote-matchers.js";
import { sqlShape, type SqlShape } from "./sql-shape.js";
import { createReuseScope } from "../flow/sinks/match-reuse.js";

/** A call that reads from a store or API, with the store placed as far as code says. */
export interface StoreRead {
  node: ts.CallExpression | ts.NewExpression;
  model: StoreModel;
  destination: StaticValue;
  region?: StaticValue;
  endpoint?: StaticValue;
  location: SourceLocation;
  /** How the client and its store were found (for codeFlows). */
  steps: FlowStep[];
  citedRecord?: string;
  /** SQL statements the call may run (static values), read. */
  queries: { text: string; shape: SqlShape }[];
  /** Tables, collections, models or keys the call names. */
  entities: string[];
  /** The type the code gives the entity's documents (`collection<Owner>("customers")`). */
  entityType?: ts.TypeNode;
  /** Fields a projection names: only these are read (`keep`), or all but these. */
  projection?: { keep: boolean; fields: string[] };
}

export interface StoreReadFinder {
  readsIn(file: ts.SourceFile): StoreRead[];
  readAt(node: ts.Node): StoreRead | undefined;
}

/**
 * Store reads of the catalogue in a program. A call whose SQL is visibly a
 * write (`INSERT`, `UPDATE` without `RETURNING`) or whose HTTP method is not a
 * read (fetch `{ method: "POST" }`) is not a read.
 */
export function createStoreReadFinder(
  ts: TS,
  program: ts.Program,
  evaluator: StaticEvaluator,
  matchers: RemoteMatchers,
  models: readonly StoreModel[],
): StoreReadFinder {
  const byId = new Map(models.map((m) => [m.id, m]));
  const cache = new Map<ts.Node, StoreRead | null>();
  // A file's reads depend on the file and what it imports (the client, the query constants): the rule of
  // `createReuseScope`, as for the matcher's own results. Files listed in this state answer `readAt` from their list.
  const kept = createReuseScope<StoreRead[]>(ts, program, program.getTypeChecker(), models, "store-reads");
  const listed = new Map<ts.SourceFile, StoreRead[]>();

  const readAt = (node: ts.Node): StoreRead | undefined => {
    if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return undefined;
    const cached = cache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    if (listed.size > 0 && listed.has(node.getSourceFile())) return undefined;
    const read = build(node);
    cache.set(node, read ?? null);
    return read;
  };

  const build = (node: ts.CallExpression | ts.NewExpression): StoreRead | undefined => {
    const call = matchers.reads.matchCall(node);
    const model = call ? byId.get(call.model.id) : undefined;
    if (!call || !model) return undefined;
    if (model.method && !readsByMethod(node, model.method)) return undefined;
    const queries: StoreRead["queries"] = [];
    for (const expression of call.payloads) {
      const value = evaluator.evaluate(expression);
      if (value.kind === "known") for (const text of valuesOf(value)) queries.push({ text, shape: sqlShape(text) });
    }
    if (queries.length > 0 && queries.every((q) => !q.shape.reads)) return undefined;
    const entities: string[] = [];
    let entityType: ts.TypeNode | undefined;
    for (const expression of matchers.entities.matchCall(node)?.payloads ?? []) {
      // `collection<Owner>("customers")`: the call naming the entity types its documents.
      const holder = expression.parent;
      if (!entityType && holder && ts.isCallExpression(holder) && holder.arguments.includes(expression)) entityType = holder.typeArguments?.[0];
      const member = accessedMemberName(ts, unwrapExpression(ts, expression));
      if (member !== undefined && model.entity?.some((s) => s.argument === -1)) entities.push(member);
      else {
        const value = evaluator.evaluate(expression);
        if (value.kind === "known") entities.push(...valuesOf(value));
        else if (value.kind === "unknown" && ts.isTemplateExpression(unwrapExpression(ts, expression))) {
          entities.push((unwrapExpression(ts, expression) as ts.TemplateExpression).head.text); // `session:${id}` → "session:"
        }
      }
    }
    return {
      node,
      model,
      destination: call.destination,
      ...(call.region ? { region: call.region } : {}),
      ...(call.endpoint ? { endpoint: call.endpoint } : {}),
      location: call.location,
      steps: call.steps,
      ...(call.citedRecord ? { citedRecord: call.citedRecord } : {}),
      queries: queries.filter((q) => q.shape.reads),
      entities: entities.filter((e) => e.trim() !== ""),
      ...(entityType ? { entityType } : {}),
      ...withProjection(projectionOf(node, model)),
    };
  };

  /** The fields a document projection names, as an argument or the argument of a chained method (`.project(…)`). */
  const projectionOf = (node: ts.CallExpression | ts.NewExpression, model: StoreModel): StoreRead["projection"] => {
    const spec = model.projection;
    if (!spec) return undefined;
    let object: ts.Expression | undefined;
    const argument = spec.argument !== undefined ? node.arguments?.[spec.argument] : undefined;
    if (argument) {
      const found = lookupPath(evaluator.context, argument, spec.property ?? []);
      if (found.kind === "found") object = found.expression;
    }
    if (!object && spec.method) {
      for (let current: ts.Node = node; current.parent; current = current.parent) {
        const parent = current.parent;
        if (
          ts.isPropertyAccessExpression(parent) &&
          parent.expression === current &&
          parent.name.text === spec.method &&
          ts.isCallExpression(parent.parent) &&
          parent.parent.expression === parent
        ) {
          object = parent.parent.arguments[0];
          break;
        }
        if (!(ts.isPropertyAccessExpression(parent) && parent.expression === current) && !(ts.isCallExpression(parent) && parent.expression === current)) break;
      }
    }
    return object ? projectionFields(ts, object) : undefined;
  };

  const readsByMethod = (node: ts.CallExpression | ts.NewExpression, method: NonNullable<StoreModel["method"]>): boolean => {
    const argument = node.arguments?.[method.argument];
    if (!argument) return true;
    const value = evaluator.evaluatePath(argument, [method.property]);
    if (value === undefined) return true; // the option is visibly absent: the default method (GET)
    if (value.kind !== "known") return false; // a method vdx cannot see is not assumed to be a read
    return valuesOf(value).every((v) => method.reads.includes(v));
  };

  // The calls the reads matcher recognises in the file (kept per file across program states), not every node.
  const readsIn = (file: ts.SourceFile): StoreRead[] => {
    let found = listed.get(file);
    if (found) return found;
    found = file.isDeclarationFile ? [] : kept.get(file);
    if (found) {
      for (const read of found) cache.set(read.node, read);
    } else {
      found = [];
      for (const call of matchers.reads.sinkCallsIn(file)) {
        const read = readAt(call.node);
        if (read) found.push(read);
      }
      kept.set(file, found);
    }
    listed.set(file, found);
    return found;
  };

  return { readsIn, readAt };
}

function withProjection(projection: StoreRead["projection"]): Pick<StoreRead, "projection"> {
  return projection ? { projection } : {};
}

/** `{ fullName: 1, mobile: true }` keeps those fields; `{ idCardNo: 0 }` leaves them out; `_id` alone says nothing. */
function projectionFields(ts: TS, expression: ts.Expression): StoreRead["projection"] {
  const object = unwrapExpression(ts, expression);
  if (!ts.isObjectLiteralExpression(object)) return undefined;
  const kept: string[] = [];
  const dropped: string[] = [];
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property) || !property.name) return undefined;
    const name = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : undefined;
    if (name === undefined) return undefined;
    const value = unwrapExpression(ts, property.initializer);
    const off = value.kind === ts.SyntaxKind.FalseKeyword || (ts.isNumericLiteral(value) && Number(value.text) === 0);
    if (name === "_id" && off) continue;
    (off ? dropped : kept).push(name);
  }
  if (kept.length > 0) return { keep: true, fields: kept };
  return dropped.length > 0 ? { keep: false, fields: dropped } : undefined;
}
