import { Injectable } from "@nestjs/common";
import { HttpService } from "@nestjs/axios";
import { firstValueFrom } from "rxjs";
import { ENDPOINTS } from "../config/endpoints.js";
import { postJson } from "../http/post-json.js";
import type { GeoFix, OwnerContact, VehicleStatus } from "../domain/telemetry.js";

/** Calls a roadside path relative to the partner's base URL. */
async function sendToRoadside(path: string, body: unknown): Promise<void> {
  await postJson(ENDPOINTS.roadside + path, body);
}

@Injectable()
export class RoadsideService {
  constructor(private readonly http: HttpService) {}

  async requestTow(contact: OwnerContact, fix: GeoFix): Promise<void> {
    const body = { vin: contact.vin, phone: contact.mobile, name: contact.fullName, lat: fix.lat, lon: fix.lon };
    await postJson(`${ENDPOINTS.roadside}/tow-requests`, body); // expect: inadequate-assessment behaviour=push pi.general.identity-contact pi.general.vehicle-identifier pi.sensitive.location-trajectory
  }

  async registerMember(contact: OwnerContact): Promise<void> {
    await postJson(`${ENDPOINTS.roadside}/members`, { vin: contact.vin, phone: contact.mobile }); // negative: ordinary PI of 40k people, covered by SC-2026-0042
  }

  async shareBreakdownPosition(status: VehicleStatus): Promise<void> {
    await sendToRoadside("/breakdowns", { vin: status.vin, where: status.position }); // expect: inadequate-assessment behaviour=push pi.general.vehicle-identifier pi.sensitive.location-trajectory
  }

  async escalate(contact: OwnerContact, fix: GeoFix): Promise<void> {
    const request = { vin: contact.vin, mobile: contact.mobile, lat: fix.lat, lon: fix.lon };
    await firstValueFrom(this.http.post(`${ENDPOINTS.roadside}/escalations`, request)); // expect: inadequate-assessment behaviour=push pi.general.identity-contact pi.general.vehicle-identifier pi.sensitive.location-trajectory (stretch: @nestjs/axios HttpService is not in the catalogue)
  }
}
