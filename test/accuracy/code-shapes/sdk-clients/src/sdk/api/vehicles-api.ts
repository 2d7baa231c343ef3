import { BaseApiClient } from "../core/base-client";
import type { Position } from "../../model/vehicle";

/** Commands and state of one vehicle; the VIN is instance state. */
export class VehiclesApi extends BaseApiClient {
  private readonly vin: string;

  constructor(vin: string, baseUrl?: string) {
    super(baseUrl);
    this.vin = vin;
  }

  async wakeUp(): Promise<Response> {
    return fetch(this.getEndpointUrl(`vehicles/${this.vin}/wake_up`), { method: "POST" }); // expect: unassessed-export pi.general.vehicle-identifier
  }

  async reportPosition(position: Position): Promise<void> {
    await this.http.post(`/vehicles/${this.vin}/position`, position); // expect: unassessed-export pi.general.vehicle-identifier pi.sensitive.location-trajectory
  }

  async ping(): Promise<void> {
    await this.http.get("/health"); // expect-none
  }
}

/** No constructor of its own: the SDK's default base URL. */
export class TelemetryApi extends BaseApiClient {
  async pushPosition(position: Position): Promise<void> {
    // Reported where the client is built and used: `new TelemetryApi().pushPosition(…)`.
    await this.http.put("/telemetry/position", position);
  }
}
