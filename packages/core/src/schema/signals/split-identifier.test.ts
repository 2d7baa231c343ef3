import { describe, expect, it } from "vitest";
import { splitIdentifier } from "./split-identifier.js";

describe("splitIdentifier", () => {
  it.each([
    ["GNSSFix2", ["gnss", "fix", "2"]],
    ["vehicleVIN", ["vehicle", "vin"]],
    ["licensePlate", ["license", "plate"]],
    ["license_plate_no", ["license", "plate", "no"]],
    ["cell-voltages", ["cell", "voltages"]],
    ["Vehicle.CurrentLocation.Latitude", ["vehicle", "current", "location", "latitude"]],
    ["HTTPServer", ["http", "server"]],
    ["utf8String", ["utf", "8", "string"]],
    ["a2lFile", ["a", "2", "l", "file"]],
    ["XMLHttpRequest", ["xml", "http", "request"]],
    ["sensor_msgs/PointCloud2", ["sensor", "msgs", "point", "cloud", "2"]],
    ["chepaiHao", ["chepai", "hao"]],
    ["__private$field", ["private", "field"]],
    ["", []],
    ["车牌号", ["车牌号"]],
    // "X of Y" acronyms with a lower-case o stay whole, in any position and case of their first letter.
    ["SoC", ["soc"]],
    ["soC", ["soc"]],
    ["soH", ["soh"]],
    ["batterySoC", ["battery", "soc"]],
    ["SoCLimit", ["soc", "limit"]],
    ["maxSoH2", ["max", "soh", "2"]],
    ["nearestPoI", ["nearest", "poi"]],
  ])("%s", (name, parts) => {
    expect(splitIdentifier(name)).toEqual(parts);
  });

  it("still splits a two-letter word ending in o from a following word", () => {
    expect(splitIdentifier("noGps")).toEqual(["no", "gps"]);
    expect(splitIdentifier("goTo")).toEqual(["go", "to"]);
    expect(splitIdentifier("toDoList")).toEqual(["to", "do", "list"]);
    expect(splitIdentifier("autoC")).toEqual(["auto", "c"]);
  });

  it("keeps the words that contain signal-looking substrings whole", () => {
    for (const word of ["translate", "latency", "template", "plateau", "vinyl"]) expect(splitIdentifier(word)).toEqual([word]);
  });
});
