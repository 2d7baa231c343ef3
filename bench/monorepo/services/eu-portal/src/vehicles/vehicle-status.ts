import { credentials } from "@grpc/grpc-js";
import { FleetQueryServiceClient, type VehicleStatus } from "@lanhai/proto";
import { portalConfig } from "../config.js";

const fleetQuery = new FleetQueryServiceClient(portalConfig.fleetQueryAddress, credentials.createSsl());

export function vehicleStatus(vin: string): Promise<VehicleStatus> {
  return new Promise((resolve, reject) => {
    fleetQuery.getVehicleStatus({ vin }, (error, status) => (error ? reject(error) : resolve(status)));
  });
}
