import type { FleetApi } from "./fleet-api.js";

export interface VehicleRef {
  vin: string;
}

/** Each method is a send of its own: the VIN in the path, and what the body carries. */
export class FleetVehicles {
  constructor(private readonly parent: FleetApi) {}

  async honk(vehicle: VehicleRef): Promise<unknown> {
    return this.parent.request("POST", `api/vehicles/${vehicle.vin}/command/honk`); // expect: unassessed-export pi.general.vehicle-identifier
  }

  async shareDestination(vehicle: VehicleRef, latitude: number, longitude: number): Promise<unknown> {
    return this.parent.request("POST", `api/vehicles/${vehicle.vin}/command/navigate`, { latitude, longitude }); // expect: unassessed-export pi.general.vehicle-identifier pi.sensitive.location-trajectory
  }

  async releaseNotes(): Promise<unknown> {
    return this.parent.request("GET", "api/release-notes"); // expect-none
  }
}
