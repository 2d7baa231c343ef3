import { Inject, Injectable, Logger } from "@nestjs/common";
import type { AxiosInstance } from "axios";
import { PARTNER_HTTP } from "../config/endpoints.js";
import { cnPlatformApi, euFleetApi } from "../http/clients.js";
import { toCityLevel } from "./geo.js";
import type { VehicleStatus } from "../domain/telemetry.js";

@Injectable()
export class StatusForwarderService {
  private readonly logger = new Logger(StatusForwarderService.name);

  constructor(@Inject(PARTNER_HTTP) private readonly insightsHttp: AxiosInstance) {}

  async forwardToEurope(status: VehicleStatus): Promise<void> {
    const payload = { vin: status.vin, socPercent: status.socPercent, odometerKm: status.odometerKm };
    await euFleetApi.post("/status", payload); // negative: covered by SA-2026-1101 (vin + operating condition)
  }

  async forwardWithPosition(status: VehicleStatus): Promise<void> {
    await euFleetApi.post("/status/geo", { ...status, forwardedAt: Date.now() }); // expect: inadequate-assessment behaviour=push conn.operating-condition pi.general.vehicle-identifier pi.sensitive.location-trajectory
  }

  async forwardCoarse(status: VehicleStatus): Promise<void> {
    const coarse = { vin: status.vin, socPercent: status.socPercent, area: toCityLevel(status.position) };
    await euFleetApi.post("/status/area", coarse); // negative: location sanitised by toCityLevel, rest covered by SA-2026-1101
  }

  async mirrorToPlatform(status: VehicleStatus): Promise<void> {
    await cnPlatformApi.post("/status", status); // negative: domestic platform (.com.cn)
  }

  async shareWithInsights(status: VehicleStatus): Promise<void> {
    this.logger.debug(`insights ${status.statusId}`);
    await this.insightsHttp.post("/v1/vehicles", { vin: status.vin, odometerKm: status.odometerKm }); // expect: unassessed-export behaviour=push conn.operating-condition pi.general.vehicle-identifier (stretch: DI factory-provided axios instance)
  }

  async pingInsights(status: VehicleStatus): Promise<void> {
    await fetch(`https://collector.fleetinsight.io/v1/heartbeat`, { method: "POST", body: JSON.stringify({ statusId: status.statusId, receivedAt: status.receivedAt }) }); // negative: only unclassified fields leave
  }

  async sendInsightEvent(status: VehicleStatus): Promise<void> {
    const event = { type: "odometer", vin: status.vin, value: status.odometerKm };
    await fetch("https://collector.fleetinsight.io/v1/events", { method: "POST", body: JSON.stringify(event) }); // expect: unassessed-export behaviour=push conn.operating-condition pi.general.vehicle-identifier
  }
}
