import { describe, expect, it } from "vitest";
import { destinationMatches, destinationPatternProblem, destinationParts } from "./destination-pattern.js";

describe("destinationMatches", () => {
  it.each([
    ["telemetry.example.com", "telemetry.example.com", true],
    ["telemetry.example.com", "https://telemetry.example.com:8443/v1?x=1", true],
    ["telemetry.example.com", "TELEMETRY.Example.com.", true],
    ["telemetry.example.com", "api.telemetry.example.com", false],
    ["*.example.de", "api.example.de", true],
    ["*.example.de", "a.b.example.de", true],
    ["*.example.de", "example.de", false],
    ["*.example.de", "badexample.de", false],
    ["**.example.de", "example.de", true],
    ["**.example.de", "x.y.example.de", true],
    ["**.example.de", "notexample.de", false],
    ["api-*.example.de", "api-eu.example.de", true],
    ["api-*.example.de", "api-eu.x.example.de", false],
    ["https://api.example.de", "http://api.example.de/anything", true],
    ["https://api.example.de/v1/**", "https://api.example.de/v1/trips/1", true],
    ["https://api.example.de/v1/*", "https://api.example.de/v1/trips/1", false],
    ["https://api.example.de/v1/**", "https://api.example.de/v2/trips", false],
    ["wss://api.example.de", "https://api.example.de", false],
    ["s3://example-eu-logs", "s3://example-eu-logs", true],
    ["s3://example-eu-logs", "s3://example-eu-logs/2026/01/trip.json", true],
    ["s3://logs-*", "s3://logs-2026", true],
    ["s3://logs-*", "gs://logs-2026", false],
    ["s3://logs-*", "logs-2026", false],
    ["example-eu-logs", "s3://example-eu-logs", false],
    ["s3://bucket/trips/**", "s3://bucket/trips/a/b.json", true],
    ["s3://bucket/trips/**", "s3://bucket/other/b.json", false],
    ["mqtt.example.de", "mqtts://user:pw@mqtt.example.de:8883", true],
    ["10.20.*.*", "10.20.1.2", true],
    ["*.例子.中国", "https://api.xn--fsqu00a.xn--fiqs8s/x", true],
    ["api.xn--fsqu00a.xn--fiqs8s", "api.例子.中国", true],
  ] as const)("%s vs %s → %s", (pattern, destination, expected) => {
    expect(destinationMatches(pattern, destination)).toBe(expected);
  });
});

describe("destinationPatternProblem", () => {
  it.each(["https://", "", "has space.example.de", "*", "**", "api.exa$mple.de"])("rejects %j", (pattern) => {
    expect(destinationPatternProblem(pattern)).toBeDefined();
  });
  it.each(["*.example.de", "s3://logs-*", "https://api.example.de/v1/**", "[2001:db8::1]", "10.0.0.1"])("accepts %s", (pattern) => {
    expect(destinationPatternProblem(pattern)).toBeUndefined();
  });
});

describe("destinationParts", () => {
  it("drops user info and port, keeps the path", () => {
    expect(destinationParts("https://u:p@Api.Example.de:443/v1/x?q#f")).toEqual({ scheme: "https", authority: "api.example.de", path: "/v1/x", bucket: false });
  });
  it("recognises bucket schemes", () => {
    expect(destinationParts("oss://my-bucket/key")).toEqual({ scheme: "oss", authority: "my-bucket", path: "/key", bucket: true });
  });
  it("keeps an IPv6 literal", () => {
    expect(destinationParts("http://[2001:db8::1]:8080/x")?.authority).toBe("[2001:db8::1]");
  });
});
