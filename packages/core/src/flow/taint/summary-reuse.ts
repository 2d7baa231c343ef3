import type ts from "typescript";
import type { RulePack } from "../../model/pack.js";
import type { ClassifiedField, FieldIndex } from "../../model/schema-field.js";
import { createReuseScope, type ReuseScope } from "../sinks/match-reuse.js";
import type { TS } from "../values/typescript-module.js";
import type { ParameterValue } from "../values/static-value.js";
import type { TypeClassification } from "./classified-types.js";
import type { EngineContext } from "./engine-context.js";
import type { FunctionSummary } from "./flow-types.js";
import { samePlainValue } from "./same-plain-value.js";
import type { Unit } from "./units.js";

/**
 * Function summaries kept across program states (an editor re-creates the
 * program on every keystroke). A unit's analysis reads its own file and, through
 * the checker, its import closure: `createReuseScope` says when those are the
 * same objects again. Everything else it consulted — callee summaries, whether a
 * function is an entry point (callers anywhere), sinks, the static values and
 * sanitizers the engine's caller supplies, module values, the subtypes of the marker
 * interfaces its types led to and the settings configuration modules write (both
 * project-wide indexes: an edit of any file can change them) — is recorded with its
 * answer, and replaying the record asks each question again in the new state:
 * the stored summary is used only if every answer is the same (callee summaries
 * by identity, so a callee re-analysed anywhere invalidates its callers). The
 * side effects (flows, cell writes, cell reads) are replayed in their order, so
 * the engine sees exactly what a fresh analysis would have done.
 *
 * Summaries hold no checker objects (taints, locations, sink calls and nodes of
 * the unchanged file only); module units are never kept, as their analysis maps
 * the old checker's symbols. An engine given `callSource` (extra taint per call, from
 * its caller's own per-state analysis) keeps nothing: its answers are not recorded.
 */
type Event =
  | { kind: "summaryOf"; unit: Unit; answer: FunctionSummary }
  | { kind: "isEntryPoint"; unit: Unit; answer: boolean }
  | { kind: "isProjectFile" | "isSummarised"; file: ts.SourceFile; answer: boolean }
  | { kind: "sinkAt"; node: ts.Node; answer: unknown }
  | { kind: "staticValue"; expression: ts.Expression; answer: unknown }
  | { kind: "bindParameter"; args: Parameters<EngineContext["bindParameter"]>; answer: unknown }
  | { kind: "sanitizer"; name: string; answer: unknown }
  | { kind: "moduleValue"; declaration: ts.VariableDeclaration; answer: unknown }
  | { kind: "markerSubtypes"; marker: ts.NamedDeclaration; answer: readonly ts.Declaration[] }
  | { kind: "configuredDefault"; parameter: ParameterValue; answer: unknown }
  | { kind: "emit"; args: Parameters<EngineContext["emit"]> }
  | { kind: "writeCell"; args: Parameters<EngineContext["writeCell"]> }
  | { kind: "readCell"; args: Parameters<EngineContext["readCell"]> };

interface RecordedUnit {
  events: readonly Event[];
  summary: FunctionSummary;
}

export interface SummaryReuse {
  /** A summary of an earlier state, if every question its analysis asked has the same answer now (effects replayed). */
  replay(unit: Unit, ctx: EngineContext): FunctionSummary | undefined;
  /** A context that records what the analysis of `unit` asks; `keep` stores the result. */
  recording(ctx: EngineContext): { ctx: EngineContext; keep(unit: Unit, summary: FunctionSummary): void };
}

interface FieldsGeneration {
  index: FieldIndex;
  fields: readonly ClassifiedField[];
  owner: object;
}

const generations = new WeakMap<RulePack, FieldsGeneration>();

/**
 * Summaries depend on the classified fields. Front ends build a new field index
 * per program state (the ESLint plugin adds the project's TS declarations), so
 * an index with the same fields, in the same order, as the last one seen for
 * the pack continues its generation; any difference starts a new one.
 */
function ownerOf(pack: RulePack, index: FieldIndex): object {
  const last = generations.get(pack);
  if (last?.index === index) return last.owner;
  const fields = index.all();
  if (last?.fields.length === fields.length && last.fields.every((field, i) => field === fields[i] || samePlainValue(field, fields[i]))) {
    last.fields = fields;
    last.index = index;
    return last.owner;
  }
  const owner = {};
  generations.set(pack, { index, fields, owner });
  return owner;
}

/** Reuse across states of `program`'s predecessors for the same rule pack and classified fields. */
export function createSummaryReuse(ts: TS, program: ts.Program, checker: ts.TypeChecker, pack: RulePack, fields: FieldIndex): SummaryReuse {
  const owner = ownerOf(pack, fields);
  const scope: ReuseScope<Map<Unit, RecordedUnit>> = createReuseScope(ts, program, checker, owner, "taint-summaries");
  const unitsOf = new Map<ts.SourceFile, Map<Unit, RecordedUnit> | undefined>();
  const storeOf = (file: ts.SourceFile, create: boolean): Map<Unit, RecordedUnit> | undefined => {
    let store = unitsOf.has(file) ? unitsOf.get(file) : scope.get(file);
    if (!store && create) {
      store = new Map();
      scope.set(file, store);
    }
    unitsOf.set(file, store);
    return store;
  };
  return {
    replay(unit, ctx) {
      if (ts.isSourceFile(unit)) return undefined;
      const recorded = storeOf(unit.getSourceFile(), false)?.get(unit);
      if (!recorded) return undefined;
      // An answer that differs ends the replay: the effects replayed so far are those a fresh analysis makes
      // first too (every earlier answer was the same), and the engine's stores ignore their repetition.
      for (const event of recorded.events) if (!replayEvent(ctx, program, checker, event)) return undefined;
      return recorded.summary;
    },
    recording(ctx) {
      const events: Event[] = [];
      return {
        ctx: recordingContext(ctx, events),
        keep(unit, summary) {
          if (!ts.isSourceFile(unit)) storeOf(unit.getSourceFile(), true)!.set(unit, { events, summary });
        },
      };
    },
  };
}

function recordingContext(ctx: EngineContext, events: Event[]): EngineContext {
  const { configuredDefault } = ctx;
  return {
    ...ctx,
    types: recordingTypes(ctx.types, events),
    ...(configuredDefault
      ? {
          configuredDefault: (parameter: ParameterValue) => {
            const answer = configuredDefault(parameter);
            events.push({ kind: "configuredDefault", parameter, answer });
            return answer;
          },
        }
      : {}),
    summaryOf: (unit) => {
      const answer = ctx.summaryOf(unit);
      events.push({ kind: "summaryOf", unit, answer });
      return answer;
    },
    isEntryPoint: (unit) => {
      const answer = ctx.isEntryPoint(unit);
      events.push({ kind: "isEntryPoint", unit, answer });
      return answer;
    },
    isProjectFile: (file) => {
      const answer = ctx.isProjectFile(file);
      events.push({ kind: "isProjectFile", file, answer });
      return answer;
    },
    isSummarised: (file) => {
      const answer = ctx.isSummarised(file);
      events.push({ kind: "isSummarised", file, answer });
      return answer;
    },
    sinkAt: (node) => {
      const answer = ctx.sinkAt(node);
      events.push({ kind: "sinkAt", node, answer });
      return answer;
    },
    staticValue: (expression) => {
      const answer = ctx.staticValue(expression);
      events.push({ kind: "staticValue", expression, answer });
      return answer;
    },
    bindParameter: (...args) => {
      const answer = ctx.bindParameter(...args);
      events.push({ kind: "bindParameter", args, answer });
      return answer;
    },
    sanitizer: (name) => {
      const answer = ctx.sanitizer(name);
      events.push({ kind: "sanitizer", name, answer });
      return answer;
    },
    moduleValue: (symbol, declaration) => {
      const answer = ctx.moduleValue(symbol, declaration);
      events.push({ kind: "moduleValue", declaration, answer });
      return answer;
    },
    emit: (...args) => {
      events.push({ kind: "emit", args });
      ctx.emit(...args);
    },
    writeCell: (...args) => {
      events.push({ kind: "writeCell", args });
      ctx.writeCell(...args);
    },
    readCell: (...args) => {
      events.push({ kind: "readCell", args });
      ctx.readCell(...args);
    },
  };
}

/**
 * The type questions of one unit's analysis, passed through, with the marker interfaces behind each answer recorded
 * once per unit (with the subtypes they have now): types are otherwise fixed by the import closure.
 */
function recordingTypes(types: TypeClassification, events: Event[]): TypeClassification {
  const recorded = new Set<ts.Symbol>();
  const record = (asked: ts.Type | ts.Symbol): void => {
    for (const marker of types.markersBehind(asked)) {
      if (recorded.has(marker)) continue;
      recorded.add(marker);
      // Only a type declared in the project is a marker (classified-types.ts): it has a declaration to find it by again.
      const declaration = marker.declarations?.[0];
      if (declaration) events.push({ kind: "markerSubtypes", marker: declaration, answer: types.subtypeDeclarations(marker) });
    }
  };
  return {
    propertyOrigin(symbol) {
      const answer = types.propertyOrigin(symbol);
      if (symbol) record(symbol);
      return answer;
    },
    typeTaint(type) {
      const answer = types.typeTaint(type);
      if (type) record(type);
      return answer;
    },
    isReviewedNone: (symbol) => types.isReviewedNone(symbol),
    markersBehind: (asked) => types.markersBehind(asked),
    subtypeDeclarations: (marker) => types.subtypeDeclarations(marker),
  };
}

function replayEvent(ctx: EngineContext, program: ts.Program, checker: ts.TypeChecker, event: Event): boolean {
  switch (event.kind) {
    case "summaryOf":
      return ctx.summaryOf(event.unit) === event.answer;
    case "isEntryPoint":
      return ctx.isEntryPoint(event.unit) === event.answer;
    case "isProjectFile":
      return ctx.isProjectFile(event.file) === event.answer;
    case "isSummarised":
      return ctx.isSummarised(event.file) === event.answer;
    case "sinkAt":
      return ctx.sinkAt(event.node) === event.answer;
    case "staticValue":
      return samePlainValue(ctx.staticValue(event.expression), event.answer);
    case "bindParameter":
      return samePlainValue(ctx.bindParameter(...event.args), event.answer);
    case "sanitizer":
      return samePlainValue(ctx.sanitizer(event.name), event.answer);
    case "moduleValue": {
      // The recorded symbol is the old checker's; the declaration (an unchanged file's node) names the new one.
      const symbol = checker.getSymbolAtLocation(event.declaration.name);
      return symbol !== undefined && samePlainValue(ctx.moduleValue(symbol, event.declaration), event.answer);
    }
    case "markerSubtypes": {
      // The marker's own file changed: its symbol is not found by the old node (the import closure usually says so first).
      const file = event.marker.getSourceFile();
      const symbol = event.marker.name && program.getSourceFile(file.fileName) === file ? checker.getSymbolAtLocation(event.marker.name) : undefined;
      const now = symbol ? ctx.types.subtypeDeclarations(symbol) : undefined;
      return now?.length === event.answer.length && now.every((declaration, i) => declaration === event.answer[i]);
    }
    case "configuredDefault":
      return samePlainValue(ctx.configuredDefault?.(event.parameter), event.answer);
    case "emit":
      ctx.emit(...event.args);
      return true;
    case "writeCell":
      ctx.writeCell(...event.args);
      return true;
    case "readCell":
      ctx.readCell(...event.args);
      return true;
  }
}
