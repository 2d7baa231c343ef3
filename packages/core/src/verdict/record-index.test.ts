import { describe, expect, it } from "vitest";
import type { AssessmentRegistry } from "../model/registry.js";
import { record } from "./fixtures/builders.js";
import { recordsForDestination } from "./record-index.js";

describe("recordsForDestination", () => {
  const registry: AssessmentRegistry = {
    version: 1,
    records: [
      record({ id: "GLOB", destinations: ["*.example.de"] }),
      record({ id: "BOTH", destinations: ["api.example.de", "**.example.de"] }),
      record({ id: "URL", destinations: ["https://api.example.de/v1/**"] }),
      record({ id: "BUCKET", destinations: ["s3://api.example.de"] }),
      record({ id: "OTHER", destinations: ["api.example.com"] }),
    ],
  };
  it("finds exact hosts and globs once each, in registry order", () => {
    expect(recordsForDestination(registry, "https://API.example.de/v1/trips").map((r) => r.id)).toEqual(["GLOB", "BOTH", "URL"]);
    expect(recordsForDestination(registry, "api.example.de").map((r) => r.id)).toEqual(["GLOB", "BOTH"]);
  });
  it("keeps buckets and hosts apart", () => {
    expect(recordsForDestination(registry, "s3://api.example.de/key").map((r) => r.id)).toEqual(["BUCKET"]);
  });
  it("finds nothing for an unparsable destination", () => {
    expect(recordsForDestination(registry, "not a destination")).toEqual([]);
  });
});
