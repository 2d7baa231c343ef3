import type ts from "typescript";
import type { FlowStep } from "../model/finding.js";
import type { SourceLocation } from "../model/location.js";
import type { StoreModel } from "../model/pack.js";
import type { StaticValue } from "../flow/values/static-value.js";
import { accessedMemberName, unwrapExpression, valuesOf, type TS } from "../flow/values/index.js";
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
export function createStoreReadFinder(ts: TS, program: ts.Program, evaluator: StaticEvaluator, matchers: RemoteMatchers, models: readonly StoreModel[]): StoreReadFinder {
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
    for (const expression of matchers.entities.matchCall(node)?.payloads ?? []) {
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
    };
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
