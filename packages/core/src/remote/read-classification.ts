import type ts from "typescript";
import type { FlowStep } from "../model/finding.js";
import type { ClassifiedTypes } from "../flow/taint/classified-types.js";
import { fieldOrigin, nameSignalOrigin } from "../flow/taint/origins.js";
import { EMPTY, flatten, isEmpty, labelCategories, pushStep, stepsOf, union, withoutFields, type Label, type Origin, type Taint } from "../flow/taint/taint.js";
import type { TS } from "../flow/values/typescript-module.js";
import { consumerTypeNodes } from "./consumer-types.js";
import type { EntityFields } from "./entity-fields.js";
import type { StoreRead } from "./store-reads.js";

/** What a read returns, as taint the engine can follow and as origins a finding can list. */
export interface ReadData {
  /** The call's result: rows at the model's `result` path (field-sensitive), plus whole-value labels for consumer-typed results. */
  taint: Taint;
  origins: { origin: Origin; categories: string[]; steps: FlowStep[] }[];
  categories: string[];
  /** How the classification was decided (for `vdx explain`). */
  evidence: string[];
}

export interface ReadClassifierContext {
  ts: TS;
  checker: ts.TypeChecker;
  types: ClassifiedTypes;
  entities: EntityFields;
}

/**
 * Which classified data a store read returns. In order of authority: the
 * type the code gives the rows (`query<ChargeSession>`, `as Driver[]`, a
 * typed variable), restricted to the columns its SQL selects; else the SQL
 * table and columns matched against classified types and schemas of the same
 * name, then column names that are strong signals; else the entity the call
 * names (Prisma model, collection, key prefix).
 */
export function classifyRead(read: StoreRead, describe: string, ctx: ReadClassifierContext): ReadData {
  const { ts, checker, types } = ctx;
  const step: FlowStep = { location: read.location, message: `read by ${read.model.id} from ${describe}` };
  const evidence: string[] = [];
  // The columns a SELECT names, or the fields a document projection keeps (`{ projection: { fullName: 1 } }`).
  const columns = selectedColumns(read) ?? (read.projection?.keep ? read.projection.fields : undefined);
  const dropped = read.projection && !read.projection.keep ? read.projection.fields : [];
  const shape = (taint: Taint): Taint => withoutFields(restrictToColumns(taint, columns), dropped);
  if (read.projection) evidence.push(`the projection ${read.projection.keep ? "keeps" : "leaves out"} ${read.projection.fields.join(", ")}`);

  let rows: Taint = EMPTY;
  // `query<ChargeSession>(…)`, or the entity's own type argument (`collection<Owner>("customers").find(…)`).
  const typeArgument = (ts.isCallExpression(read.node) ? read.node.typeArguments?.[0] : undefined) ?? read.entityType;
  if (typeArgument) {
    rows = shape(types.typeTaint(checker.getTypeFromTypeNode(typeArgument)));
    if (!isEmpty(rows))
      evidence.push(`rows typed ${typeArgument.getText()} by ${typeArgument === read.entityType ? "the entity's" : "the call's"} type argument`);
  }
  let whole: Taint = EMPTY;
  for (const typeNode of consumerTypeNodes(ts, checker, read.node)) {
    const typed = types.typeTaint(checker.getTypeFromTypeNode(typeNode));
    if (isEmpty(typed)) continue;
    whole = union(whole, flatten(shape(typed)));
    evidence.push(`result typed ${typeNode.getText()} by the code that consumes it`);
  }
  // Callback-style clients (generated gRPC stubs) hand the response to a callback: its parameters' types say what was read.
  for (const type of callbackParameterTypes(ts, checker, read.node)) {
    const typed = types.typeTaint(type);
    if (isEmpty(typed)) continue;
    whole = union(whole, flatten(shape(typed)));
    evidence.push(`the callback receives ${checker.typeToString(type)}`);
  }
  if (isEmpty(rows) && isEmpty(whole)) {
    rows = fromQueriesAndEntities(read, ctx, evidence);
    if (read.projection) rows = shape(rows);
  }
  const withRead = (taint: Taint): Taint => addStep(taint, step);
  const taint = union(nest(withRead(rows), read.model.result ?? []), withRead(whole));
  const origins = originsOf(union(rows, whole));
  const categories = [...new Set(origins.flatMap((o) => o.categories))].sort();
  return { taint: categories.length > 0 ? taint : EMPTY, origins, categories, evidence };
}

/** Types of the parameters of callbacks passed to the read, declared or inferred from the client's declaration. */
function callbackParameterTypes(ts: TS, checker: ts.TypeChecker, call: ts.CallExpression | ts.NewExpression): ts.Type[] {
  const types: ts.Type[] = [];
  for (const argument of call.arguments ?? []) {
    let node: ts.Expression = argument;
    while (ts.isParenthesizedExpression(node)) node = node.expression;
    if (!ts.isArrowFunction(node) && !ts.isFunctionExpression(node)) continue;
    for (const parameter of node.parameters) types.push(checker.getTypeAtLocation(parameter));
  }
  return types;
}

function fromQueriesAndEntities(read: StoreRead, ctx: ReadClassifierContext, evidence: string[]): Taint {
  const fields = new Map<string, Taint>();
  const add = (property: string, origin: Origin): void => {
    const label: Label = { kind: "origin", origin, steps: undefined };
    fields.set(property, union(fields.get(property) ?? EMPTY, { labels: [label] }));
  };
  for (const query of read.queries) {
    const { tables, columns } = query.shape;
    const known = tables.filter((t) => ctx.entities.hasEntity(t));
    for (const table of known) {
      const matched = ctx.entities.fieldsOf(table, columns);
      for (const field of matched) add(lastSegment(field.path), fieldOrigin(field));
      if (matched.length > 0) evidence.push(`SQL reads ${columns.join(", ")} from ${table}, which matches classified ${matched.map((f) => f.path).join(", ")}`);
    }
    if (known.length === 0) {
      for (const hit of ctx.entities.signalColumns(columns)) {
        add(
          hit.column,
          nameSignalOrigin(
            hit.column,
            hit.categories.map((category) => ({ category, confidence: 1, which: hit.which })),
            read.location,
          ),
        );
        evidence.push(`SQL column ${hit.column} is a strong signal of ${hit.categories.join(", ")}`);
      }
    }
  }
  if (read.queries.length === 0) {
    for (const entity of read.entities) {
      const matched = ctx.entities.fieldsOf(entity);
      for (const field of matched) add(lastSegment(field.path), fieldOrigin(field));
      if (matched.length > 0) evidence.push(`${read.model.id} names ${entity}, which matches classified ${matched.map((f) => f.path).join(", ")}`);
    }
  }
  return fields.size > 0 ? { labels: [], fields } : EMPTY;
}

/** The names a typed row may carry: the columns read and the aliases they are given (`start_fix AS "start"`). */
function selectedColumns(read: StoreRead): string[] | undefined {
  if (read.queries.length === 0) return undefined;
  const columns = read.queries.flatMap((q) => (q.shape.opaque ? ["*"] : [...q.shape.columns, ...q.shape.outputs]));
  return columns.includes("*") ? undefined : columns;
}

/** Field-sensitive: a SELECT of unclassified columns returns nothing classified even from a classified type. */
function restrictToColumns(taint: Taint, columns: string[] | undefined): Taint {
  if (!columns || !taint.fields) return taint;
  const wanted = new Set(columns.map((c) => c.toLowerCase().replace(/[^a-z0-9]/g, "")));
  const fields = new Map([...taint.fields].filter(([name]) => wanted.has(name.toLowerCase().replace(/[^a-z0-9]/g, ""))));
  return { labels: taint.labels, fields };
}

function nest(taint: Taint, path: readonly string[]): Taint {
  if (isEmpty(taint)) return taint;
  let result = taint;
  for (const name of [...path].reverse()) result = { labels: [], fields: new Map([[name, result]]) };
  return result;
}

function addStep(taint: Taint, step: FlowStep): Taint {
  if (isEmpty(taint)) return taint;
  const map = (t: Taint): Taint => ({
    labels: t.labels.map((l) => ({ ...l, steps: pushStep(l.steps, step) })),
    ...(t.fields ? { fields: new Map([...t.fields].map(([k, v]) => [k, map(v)])) } : {}),
  });
  return map(taint);
}

function originsOf(taint: Taint): ReadData["origins"] {
  const seen = new Map<string, ReadData["origins"][number]>();
  for (const label of flatten(taint).labels) {
    if (label.kind !== "origin") continue;
    const categories = labelCategories(label);
    if (categories.length === 0 || seen.has(label.origin.id)) continue;
    seen.set(label.origin.id, { origin: label.origin, categories, steps: stepsOf(label.steps) });
  }
  return [...seen.values()].sort((a, b) => (a.origin.path < b.origin.path ? -1 : a.origin.path > b.origin.path ? 1 : 0));
}

function lastSegment(path: string): string {
  return path.split(/[./]/).pop() ?? path;
}
