import { Injectable } from "@nestjs/common";
import type { VehicleStatus } from "../domain/telemetry.js";

type Callback = (status: VehicleStatus) => void;

/** Callback-style cache client from an internal SDK. */
export interface StatusCacheClient {
  get(vin: string, callback: Callback): void;
}

@Injectable()
export class LatestStatusExporter {
  constructor(private readonly cache: StatusCacheClient) {}

  async exportLatest(vin: string): Promise<void> {
    const latest = await new Promise<VehicleStatus>((resolve) => this.cache.get(vin, resolve));
    const body = JSON.stringify({ vin: latest.vin, soc: latest.socPercent });
    await fetch("https://collector.fleetinsight.io/v1/latest", { method: "POST", body }); // expect: unassessed-export behaviour=push conn.operating-condition pi.general.vehicle-identifier (stretch: promise built by hand)
  }
}
