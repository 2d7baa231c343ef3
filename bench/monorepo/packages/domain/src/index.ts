export type { Vin, TboxSerial, VehicleProfile, OdometerReading } from "./vehicle.js";
export type { GeoFix, TimedFix } from "./position.js";
export type { TripSummary, TripUpload, CrashEvent } from "./trip.js";
export type { ChargeSession, MeterSample, ChargeDetailRecord, ChargingStation, ChargeSummary } from "./charging.js";
export type {
  DtcReport,
  FreezeFrame,
  FieldIssue,
  DtcDescription,
  VulnerabilityReport,
  ServiceVisit,
} from "./diagnostics.js";
export type { Owner, TestDriveRequest } from "./customer.js";
export type { ExteriorClip, ScenarioRecord } from "./camera.js";
export type { RemoteCommandAudit } from "./commands.js";
export type { CampaignOutcome, PackageSourceBundle } from "./ota.js";
