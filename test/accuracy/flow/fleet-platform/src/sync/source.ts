import type { VehicleState } from "../gen/telemetry";

export declare function latestStates(): Promise<VehicleState[]>;
export declare function stateOf(vin: string): VehicleState;

/** Yields states as they arrive from the domestic ingestion queue. */
export async function* liveStates(): AsyncGenerator<VehicleState> {
  for (const state of await latestStates()) yield state;
}
