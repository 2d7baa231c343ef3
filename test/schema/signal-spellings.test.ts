import { describe, expect, it } from "vitest";
import { STRONG_SIGNAL_CONFIDENCE } from "../../packages/core/src/model/index.js";
import { matchSignals, type SignalContext } from "../../packages/core/src/schema/index.js";
import { testPack } from "./helpers/test-pack.js";

const pack = testPack();
const strong = (identifier: string, context: SignalContext = {}): string[] =>
  matchSignals(identifier, context, pack)
    .filter((c) => c.confidence >= STRONG_SIGNAL_CONFIDENCE)
    .map((c) => c.category)
    .sort();

describe("signals across the spellings real schemas use", () => {
  it.each<[string, SignalContext, string]>([
    ["plateNo", { siblings: ["vin"] }, "pi.general.vehicle-identifier"],
    ["plate_no", { siblings: ["vehicle_vin", "owner_name"] }, "pi.general.vehicle-identifier"],
    ["chepai", {}, "pi.general.vehicle-identifier"],
    ["evseId", {}, "conn.charging-network"],
    ["connectorId", { siblings: ["evseId", "meterValue"] }, "conn.charging-network"],
    ["chgPwr", {}, "conn.charging-network"],
    ["socPct", {}, "conn.operating-condition"],
    ["odo", {}, "conn.operating-condition"],
    ["batteryTemp", {}, "conn.operating-condition"],
    ["spd", { siblings: ["lat", "lng", "hdg"] }, "pi.general.driving-behaviour"],
    ["hdg", { siblings: ["lat", "lon"] }, "pi.sensitive.location-trajectory"],
    ["alt", { siblings: ["lat", "lon"] }, "pi.sensitive.location-trajectory"],
    ["lon", { siblings: ["lat"] }, "pi.sensitive.location-trajectory"],
    ["drvFace", {}, "pi.sensitive.cabin-video"],
    ["drvFace", {}, "pi.sensitive.biometric"],
    ["faceImg", { siblings: ["fatigueLevel"] }, "pi.sensitive.cabin-video"],
    ["imgFront", {}, "ad.exterior-imagery"],
    ["imgFront", {}, "pi.sensitive.exterior-person"],
    ["rapidAccelCnt", {}, "pi.general.driving-behaviour"],
    ["odometerkm", {}, "conn.operating-condition"],
    ["latlng", {}, "pi.sensitive.location-trajectory"],
    ["lnglat", {}, "pi.sensitive.location-trajectory"],
    ["bat_volt", {}, "conn.operating-condition"],
    ["soh", {}, "conn.operating-condition"],
    ["dtcList", {}, "ota.ecu-aftersales"],
    ["gnssFix", {}, "pi.sensitive.location-trajectory"],
    ["harshBrakingCount", {}, "pi.general.driving-behaviour"],
    ["takeover_ts", {}, "ad.road-test"],
    ["Energy.Active.Import.Register", { parents: ["MeasurandEnumType"] }, "conn.charging-network"],
    ["meterStop", { siblings: ["meterStop", "idTag", "connectorId"] }, "conn.charging-network"],
    ["PERF_VEHICLE_SPEED", { parents: ["VehicleProperty"] }, "pi.general.driving-behaviour"],
    // A vehicle's charge state names the charger's own measurements; a home charger is a wall connector.
    ["charger_actual_current", { siblings: ["charging_state", "battery_level"] }, "conn.charging-network"],
    ["chargerPower", {}, "conn.charging-network"],
    ["wall_connectors", { parents: ["EnergySiteLiveStatus"] }, "conn.charging-network"],
    ["shift_state", { siblings: ["speed", "heading", "latitude"] }, "conn.operating-condition"],
    ["driverCardNumber", {}, "pi.sensitive.id-document"],
    ["steer_wheel_angle", {}, "pi.general.driving-behaviour"],
    ["peak_g_force", { siblings: ["crash_time"] }, "pi.general.driving-behaviour"],
    ["rider_uid", { siblings: ["pickup_time"] }, "pi.general.identity-contact"],
    ["lidar_roof_points", { parents: ["SensorFrame"] }, "ad.lidar-pointcloud"],
    ["registrationNumber", { siblings: ["vin", "make", "model"] }, "pi.general.vehicle-identifier"],
    ["ownerDateOfBirth", {}, "pi.general.identity-contact"],
    ["tpms_rear_right", {}, "conn.operating-condition"],
    ["ignition_state", { siblings: ["odometer"] }, "conn.operating-condition"],
    ["handbrake_parking_brake", {}, "conn.operating-condition"],
    ["engine_speed", { siblings: ["throttle_position", "coolant_temp"] }, "conn.operating-condition"],
    ["fuel_consumed_trip", {}, "conn.operating-condition"],
    ["minutes_to_full_charge", { siblings: ["battery_level"] }, "conn.charging-network"],
    ["kwh_added", {}, "conn.charging-network"],
    ["vehicle_identification_number", {}, "pi.general.vehicle-identifier"],
    ["frame_no", { siblings: ["engine_no", "plate_no"] }, "pi.general.vehicle-identifier"],
    ["engine_no", { siblings: ["frame_no", "owner_name"] }, "pi.general.vehicle-identifier"],
    ["tboxDeviceSerial", {}, "pi.general.device-identifier"],
    ["car_last_known_position", {}, "pi.sensitive.location-trajectory"],
    ["frontImage", { siblings: ["width", "height", "encoding", "step"] }, "ad.exterior-imagery"],
    ["interior_image", {}, "pi.sensitive.cabin-video"],
    ["driverYawning", {}, "pi.sensitive.driver-state"],
    ["eyes_closed", { siblings: ["headPose"] }, "pi.sensitive.driver-state"],
    ["downloadProgress", { siblings: ["campaignId", "targetEcu"] }, "ota.vehicle-control-upgrade"],
    ["flash_status", { siblings: ["ecu_id", "software_version"] }, "ota.vehicle-control-upgrade"],
  ])("%s (%j) → %s", (identifier, context, category) => {
    expect(strong(identifier, context)).toContain(category);
  });

  it.each([
    "translate",
    "translateX",
    "latency",
    "latencyMs",
    "template",
    "templateNo",
    "plateau",
    "plateauColor",
    "vinyl",
    "vinylWrap",
    "platform",
    "platformNo",
    "speedDial",
    "speedDialNo",
    "faceValue",
    "interface",
    "interfaceNo",
    "surface",
    "noData",
    "numRetries",
    "tempDir",
    "altText",
    "posTerminal",
    "camshaftPosition",
    "accState",
    "drvVersion",
    "imgUrl",
    "plate",
    "wirelessChargerState",
    "phoneUsagePlan",
    "phoneMirroringEnabled",
    "batteryTemperatureLimit",
    // A flag, count, unit, timestamp, version or switch about X is not X (issue 10).
    "audioEnabled",
    "tboxFirmware",
    "tboxFirmwareVersion",
    "gpsAvailable",
    "vinLength",
    "evseStatusEnabled",
    "gps_time",
    "gpsTimestamp",
    "speedUnit",
    "imageSize",
    "hdmapVersion",
    "waypointCount",
    "numWaypoints",
    "hasFrontCamera",
    "vinValid",
    "socLimit",
    "frameSeq",
    "gpsStatus",
    "locationPermission",
    "headphone",
    "nameplate",
    "database",
    "timezone",
    "shiftState",
    "phoneChargerPower",
    "wallConnectorModel",
    "registrationNumber",
    "uid",
    "gForceThreshold",
    "engineSpeed",
    "fullChargeCapacity",
    "tpmsSensorId",
    "dob",
    "frameNumber",
    "engineNumber",
    "deviceSerialPort",
    "downloadProgress",
    "installStatus",
    "flashStatus",
  ])("%s stays unclassified", (identifier) => {
    expect(strong(identifier)).toEqual([]);
  });

  // Patterns of the session-4 development repositories (OCPI DTO classes, shared-mobility feeds, a MaaS API),
  // each as a field that is the data and one that only looks like it.
  it.each<[string, SignalContext, string | undefined]>([
    ["licenseNumber", { siblings: ["licenseType", "endValidity"], parents: ["License"] }, "pi.sensitive.id-document"],
    ["licenseNumber", { parents: ["SoftwareProduct"] }, undefined],
    ["placeOfBirth", { parents: ["Customer"] }, "pi.general.identity-contact"],
    ["initials", { siblings: ["firstName", "lastName"] }, "pi.general.identity-contact"],
    ["initials", { siblings: ["operatorCode", "colour"] }, undefined],
    ["customerReference", {}, "pi.general.identity-contact"],
    ["houseNumber", { parents: ["Place"] }, "pi.general.identity-contact"],
    ["vatCountryCode", { siblings: ["amount", "currencyCode"] }, undefined],
    ["current_fuel_percent", { siblings: ["vehicle_id", "current_range_meters"] }, "conn.operating-condition"],
    ["station_id", { siblings: ["vehicle_id", "lat", "lon", "current_range_meters"] }, undefined],
    ["station_id", { siblings: ["evse_id", "connector_id"] }, "conn.charging-network"],
    ["max_permitted_speed", { siblings: ["vehicle_type_id", "rated_power"] }, undefined],
    ["vehicle_speed", { siblings: ["vehicle_id", "heading"] }, "pi.general.driving-behaviour"],
    ["connectorStandard", { siblings: ["evseUid", "connectorId"] }, undefined],
    ["connectorId", { siblings: ["evseUid", "kwh"] }, "conn.charging-network"],
    ["uid", { parents: ["EvseDto"], siblings: ["evseId", "connectors"] }, "conn.charging-network"],
    ["uid", { parents: ["UserSession"] }, undefined],
    ["plainData", { parents: ["SignedValueDto"] }, "conn.charging-network"],
    ["energyNeed", { parents: ["ChargingPreferencesDto"] }, "conn.charging-network"],
    ["ENERGY", { parents: ["CdrDimensionType"], siblings: ["CURRENT", "POWER"] }, "conn.charging-network"],
    ["ENERGY", { parents: ["TariffDimensionType"], siblings: ["FLAT", "TIME"] }, undefined],
    ["homeChargingCompensation", { siblings: ["totalCost", "totalEnergy", "cdrToken"] }, undefined],
    ["status", { siblings: ["evseUid", "connectorId", "kwh", "cdrToken"], parents: ["SessionDto"] }, undefined],
    ["status", { siblings: ["connectorId", "errorCode"] }, "conn.charging-network"],
  ])("%s (%j) → %s", (identifier, context, category) => {
    if (category === undefined) expect(strong(identifier, context)).toEqual([]);
    else expect(strong(identifier, context)).toContain(category);
  });

  it("reads a driver or tachograph card number as the driver's document, not a payment card", () => {
    expect(strong("driverCardNumber")).toEqual(["pi.sensitive.id-document"]);
    expect(strong("tachograph_card_number")).toEqual(["pi.sensitive.id-document"]);
    expect(strong("cardNumber", { siblings: ["cardHolder", "expiryMonth"] })).toContain("pi.sensitive.financial");
  });
});
