import { endpoints } from "@lanhai/config";
import type { CrashEvent, TripSummary } from "@lanhai/domain";
import { AxiosFactory } from "@lanhai/http-kit";
import type { AxiosInstance } from "axios";

export type InsuredTrip = Pick<TripSummary, "vin" | "distanceKm" | "avgSpeedKmh" | "harshBrakeCount">;
export type CrashNotice = Pick<CrashEvent, "vin" | "position" | "deltaVKmh" | "occurredAt">;

export interface SubmitResult {
  accepted: boolean;
  policyNumber?: string;
}

/** KraftSure usage-based-insurance API (contract SC-2026-DE-017). */
export class KraftSureClient {
  private readonly axiosInstance: AxiosInstance;

  constructor(apiKey: string) {
    this.axiosInstance = AxiosFactory.getAxiosInstance(endpoints.insurer.baseUrl, {
      timeoutMs: 5_000,
      headers: { [endpoints.insurer.apiKeyHeader]: apiKey },
    });
  }

  async submitTrip(trip: InsuredTrip): Promise<SubmitResult> {
    const { data } = await this.axiosInstance.post<SubmitResult>("/trips", trip);
    return data;
  }

  async reportCrash(notice: CrashNotice): Promise<void> {
    await this.axiosInstance.post("/first-notice-of-loss", notice, { timeout: 2_000 });
  }
}
