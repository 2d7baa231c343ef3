import { describe, expect, it } from "vitest";
import { editDistance, suggestIds } from "./did-you-mean.js";

const ids = ["pi.sensitive.location-trajectory", "pi.general.vehicle-identifier", "ad.lidar-pointcloud", "geo.hd-map", "none"];

describe("suggestIds", () => {
  it("suggests the id with a typo in the item", () => {
    expect(suggestIds("pi.sensitive.location-trajectroy", ids)[0]).toBe("pi.sensitive.location-trajectory");
  });
  it("suggests from the item alone", () => {
    expect(suggestIds("lidar-pointcloud", ids)[0]).toBe("ad.lidar-pointcloud");
    expect(suggestIds("geo.hdmap", ids)[0]).toBe("geo.hd-map");
  });
  it("suggests nothing for unrelated text", () => {
    expect(suggestIds("banana", ids)).toEqual([]);
  });
  it("counts a transposition as one edit", () => {
    expect(editDistance("ab", "ba")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});
