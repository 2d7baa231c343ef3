import type ts from "typescript";
import type { VdxConfig } from "../model/config.js";
import type { RemoteCatalogue, RulePack } from "../model/pack.js";
import type { AssessmentRegistry } from "../model/registry.js";
import type { CodePlacements } from "../flow/border/code-placement.js";
import { placeDestination, type PlacedDestination, type PlacementHints } from "../flow/border/place-destination.js";
import type { ClassifiedTypes } from "../flow/taint/classified-types.js";
import type { StaticEvaluator } from "../flow/values/static-evaluator.js";
import type { StaticValue } from "../flow/values/static-value.js";
import type { TS } from "../flow/values/typescript-module.js";
import { describeStaticValue } from "../flow/values/index.js";
import { classifyRead, type ReadData } from "./read-classification.js";
import type { EntityFields } from "./entity-fields.js";
import type { RemoteMatchers } from "./remote-matchers.js";
import type { StoreRead, StoreReadFinder } from "./store-reads.js";
import type { RoutePrefixes } from "./routes.js";

/** What every remote-access step shares for one scan. */
export interface RemoteContext {
  ts: TS;
  checker: ts.TypeChecker;
  program: ts.Program;
  files: readonly ts.SourceFile[];
  pack: RulePack;
  catalogue: RemoteCatalogue;
  config: VdxConfig;
  registry: AssessmentRegistry;
  asOf: string;
  evaluator: StaticEvaluator;
  matchers: RemoteMatchers;
  reads: StoreReadFinder;
  types: ClassifiedTypes;
  entities: EntityFields;
  placements: CodePlacements;
  /** Path prefixes of mounted routers and plugins, and the routes of plugin functions. */
  prefixes: RoutePrefixes;
  /** Classified data a read returns (cached per call). */
  dataOf(read: StoreRead): ReadData;
  /** Where a store, origin or replica is (a raw region hint is read with the model's cloud). */
  place(value: StaticValue, hints?: PlacementHints): PlacedDestination[];
}

export function readDataCache(ctx: Pick<RemoteContext, "ts" | "checker" | "types" | "entities">): (read: StoreRead) => ReadData {
  const cache = new Map<ts.Node, ReadData>();
  return (read) => {
    let data = cache.get(read.node);
    if (!data) {
      data = classifyRead(read, describeStaticValue(read.destination), ctx);
      cache.set(read.node, data);
    }
    return data;
  };
}

export function placer(pack: RulePack, config: VdxConfig): RemoteContext["place"] {
  return (value, hints = {}) => placeDestination(value, hints, { pack, hosts: config.hosts });
}
