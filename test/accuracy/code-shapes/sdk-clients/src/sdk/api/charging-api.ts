import type { AxiosInstance } from "axios";
import { AxiosFactory } from "../core/http-factory";
import type { ChargeRecord } from "../../model/vehicle";

export type ChargingRegion = "eu" | "cn";

/** The HTTP client comes from the SDK's factory in another module. */
export class ChargingApi {
  private readonly axiosInstance: AxiosInstance;

  constructor(region: ChargingRegion) {
    const host = region === "eu" ? "https://charging.example-motors.de" : "https://charging.example-motors.com.cn";
    this.axiosInstance = AxiosFactory.getAxiosInstance(host);
  }

  async pushRecord(record: ChargeRecord): Promise<void> {
    await this.axiosInstance.post("/v2/records", record); // expect: unassessed-export conn.charging-network pi.general.vehicle-identifier
  }

  async pushRecordId(record: ChargeRecord): Promise<void> {
    await this.axiosInstance.post("/v2/acks", { id: record.recordId }); // expect-none
  }
}
