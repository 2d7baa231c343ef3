import type ts from "typescript";
import type { RemoteCatalogue, SinkModel } from "../model/pack.js";
import { createSinkMatcher, type SinkMatcher } from "../flow/sinks/index.js";
import type { TS } from "../flow/values/typescript-module.js";

/**
 * The remote-access catalogues compiled onto the sink matcher: a store read,
 * a replication call, a route registration and a CORS/auth call are all "a
 * client call of a package at an access path with values in its arguments",
 * which is exactly what the sink matcher recognises (imports, aliases,
 * instances, wrappers) and resolves (destinations, regions, endpoints). Each
 * catalogue gets its own matcher whose `payload` selectors pick what that
 * catalogue needs: the query text, the entity, the source store, the
 * handlers, the origins.
 */
export interface RemoteMatchers {
  reads: SinkMatcher;
  /** Same models as `reads`, payload = the entity (table, collection, model, key). */
  entities: SinkMatcher;
  replications: SinkMatcher;
  routes: SinkMatcher;
  exposures: SinkMatcher;
  /** Mounting calls (routes.yaml `mounts`), payload = the mounted target. */
  mounts: SinkMatcher;
  problems: { model: string; message: string }[];
}

interface RemoteModels {
  readModels: SinkModel[];
  entityModels: SinkModel[];
  replicationModels: SinkModel[];
  routeModels: SinkModel[];
  exposureModels: SinkModel[];
  mountModels: SinkModel[];
}

/**
 * The catalogues as sink models, made once per catalogue: the matchers' compiled models and their
 * per-file results across program states (`createReuseScope`) are kept per model list, which must
 * therefore be the same object from one editor keystroke to the next.
 */
const modelsByCatalogue = new WeakMap<RemoteCatalogue, RemoteModels>();

export function createRemoteMatchers(ts: TS, program: ts.Program, catalogue: RemoteCatalogue): RemoteMatchers {
  let models = modelsByCatalogue.get(catalogue);
  if (!models) modelsByCatalogue.set(catalogue, (models = remoteModels(catalogue)));
  const reads = createSinkMatcher(ts, program, { sinks: models.readModels });
  const entities = createSinkMatcher(ts, program, { sinks: models.entityModels });
  const replications = createSinkMatcher(ts, program, { sinks: models.replicationModels });
  const routes = createSinkMatcher(ts, program, { sinks: models.routeModels });
  const exposures = createSinkMatcher(ts, program, { sinks: models.exposureModels });
  const mounts = createSinkMatcher(ts, program, { sinks: models.mountModels });
  const problems = [reads, replications, routes, exposures, mounts].flatMap((m) => [...m.problems]);
  return { reads, entities, replications, routes, exposures, mounts, problems };
}

function remoteModels(catalogue: RemoteCatalogue): RemoteModels {
  const readModels: SinkModel[] = catalogue.stores.map(({ store: _store, query, entity: _entity, method: _method, projection: _projection, ...rest }) => ({
    ...rest,
    payload: query ?? [],
    behaviour: "remote-access",
  }));
  const entityModels: SinkModel[] = catalogue.stores.map(({ store: _store, query: _query, entity, method: _method, projection: _projection, ...rest }) => ({
    ...rest,
    payload: entity ?? [],
    behaviour: "remote-access",
  }));
  const replicationModels: SinkModel[] = catalogue.replications.map(({ source, sourceScheme: _scheme, targets: _targets, ...rest }) => ({
    ...rest,
    payload: source,
    behaviour: "remote-access",
  }));
  const routeModels: SinkModel[] = catalogue.frameworks.map((framework) => ({
    id: framework.id,
    package: framework.package,
    member: framework.member,
    kind: "call",
    destinationKind: "url",
    destination: [],
    payload: framework.options
      ? [{ argument: framework.options.argument, property: [framework.options.handler] }]
      : [{ argument: framework.pathArgument + 1, rest: true }],
    examples: framework.examples,
  }));
  const exposureModels: SinkModel[] = catalogue.exposures.map((exposure) => ({
    id: exposure.id,
    package: exposure.package,
    member: exposure.member,
    kind: exposure.member.startsWith("new:") ? "construct" : "call",
    destinationKind: "url",
    destination: [],
    payload: exposure.origin,
    examples: exposure.examples,
  }));
  const mountModels: SinkModel[] = (catalogue.mounts ?? []).map((mount) => ({
    id: mount.id,
    package: mount.package,
    member: mount.member,
    kind: "call",
    destinationKind: "url",
    destination: [],
    payload: [mount.target],
    examples: mount.examples,
  }));
  return { readModels, entityModels, replicationModels, routeModels, exposureModels, mountModels };
}
