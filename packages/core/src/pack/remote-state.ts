import type { ExposureModel, RemoteCatalogue, ReplicationModel, RouteControllers, RouteFramework, RouteMount, StoreModel } from "../model/pack.js";

/** stores.yaml / routes.yaml entries while pack folders merge: by id, so an extending pack replaces a model whole. */
export interface RemoteState {
  stores: Map<string, StoreModel>;
  replications: Map<string, ReplicationModel>;
  frameworks: Map<string, RouteFramework>;
  controllers: Map<string, RouteControllers>;
  exposures: Map<string, ExposureModel>;
  mounts: Map<string, RouteMount>;
}

export function emptyRemoteState(): RemoteState {
  return { stores: new Map(), replications: new Map(), frameworks: new Map(), controllers: new Map(), exposures: new Map(), mounts: new Map() };
}

/** The finished catalogue, or undefined when no folder had stores.yaml or routes.yaml. */
export function toRemoteCatalogue(state: RemoteState): RemoteCatalogue | undefined {
  const total = state.stores.size + state.replications.size + state.frameworks.size + state.controllers.size + state.exposures.size + state.mounts.size;
  if (total === 0) return undefined;
  return {
    stores: [...state.stores.values()],
    replications: [...state.replications.values()],
    frameworks: [...state.frameworks.values()],
    controllers: [...state.controllers.values()],
    exposures: [...state.exposures.values()],
    mounts: [...state.mounts.values()],
  };
}
