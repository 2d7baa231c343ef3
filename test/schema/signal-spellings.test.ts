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
    ["dtcCount", {}, "ota.ecu-aftersales"],
    ["gnssFix", {}, "pi.sensitive.location-trajectory"],
    ["harshBrakingCount", {}, "pi.general.driving-behaviour"],
    ["takeover_ts", {}, "ad.road-test"],
    ["Energy.Active.Import.Register", { parents: ["MeasurandEnumType"] }, "conn.charging-network"],
    ["meterStop", { siblings: ["meterStop", "idTag", "connectorId"] }, "conn.charging-network"],
    ["PERF_VEHICLE_SPEED", { parents: ["VehicleProperty"] }, "pi.general.driving-behaviour"],
  ])("%s (%j) → %s", (identifier, context, category) => {
    expect(strong(identifier, context)).toContain(category);
  });

  it.each([
    "translate", "translateX", "latency", "latencyMs", "template", "templateNo", "plateau", "plateauColor", "vinyl", "vinylWrap",
    "platform", "platformNo", "speedDial", "speedDialNo", "faceValue", "interface", "interfaceNo", "surface", "noData", "numRetries",
    "tempDir", "altText", "posTerminal", "camshaftPosition", "accState", "drvVersion", "imgUrl", "plate", "wirelessChargerState",
    "phoneUsagePlan", "phoneMirroringEnabled", "batteryTemperatureLimit",
    // A flag, count, unit, timestamp, version or switch about X is not X (issue 10).
    "audioEnabled", "tboxFirmware", "tboxFirmwareVersion", "gpsAvailable", "vinLength", "evseStatusEnabled", "gps_time",
    "gpsTimestamp", "speedUnit", "imageSize", "hdmapVersion", "waypointCount", "numWaypoints", "hasFrontCamera", "vinValid",
    "socLimit", "frameSeq", "gpsStatus", "locationPermission", "headphone", "nameplate", "database", "timezone",
  ])("%s stays unclassified", (identifier) => {
    expect(strong(identifier)).toEqual([]);
  });
});
