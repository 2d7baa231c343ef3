import type { VehicleProfile } from "@lanhai/domain";
import { AxiosFactory } from "@lanhai/http-kit";
import { portalConfig } from "../config.js";

const vehicleProfileApi = AxiosFactory.getAxiosInstance(portalConfig.vehicleProfileApi, {
  timeoutMs: 4_000,
  headers: { "x-client": "eu-portal" },
});

export async function vehicleProfile(vin: string): Promise<VehicleProfile> {
  const response = await vehicleProfileApi.get(`/vehicles/${encodeURIComponent(vin)}`);
  return response.data as VehicleProfile;
}
