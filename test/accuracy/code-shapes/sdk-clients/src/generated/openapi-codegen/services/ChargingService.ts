/* generated using openapi-typescript-codegen -- do not edit */
import type { ChargeRecord } from "../../../model/vehicle";
import { OpenAPI } from "../core/OpenAPI";
import { request as __request } from "../core/request";

export class ChargingService {
  public static postChargeRecord(vin: string, requestBody: ChargeRecord): Promise<void> {
    return __request(OpenAPI, { method: "POST", url: "/vehicles/{vin}/charges", path: { vin }, body: requestBody }); // expect: unassessed-export conn.charging-network pi.general.vehicle-identifier
  }
}
