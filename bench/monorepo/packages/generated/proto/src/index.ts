export { GeoPosition, VehicleState, StateBatch } from "./lanhai/telemetry/v1/telemetry.js";
export {
  VehicleStatusRequest,
  VehicleStatus,
  PushStatesResponse,
  FleetQueryServiceClient,
  TelemetryIngestServiceClient,
} from "./lanhai/fleet/v1/fleet_query.js";
