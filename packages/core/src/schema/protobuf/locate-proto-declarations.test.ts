import { describe, expect, it } from "vitest";
import { locateProtoDeclarations } from "./locate-proto-declarations.js";

const source = `syntax = "proto3";
package acme.v1;

// @vdx pi.sensitive.location-trajectory
message Trip {
  option (vdx.category) = { nested: "x" };
  string id = 1;
  /* block comment */
  repeated Point points = 2 [
    deprecated = true
  ];
  map<string, Point> named = 3; // trailing
  oneof kind {
    int32 a = 4;
  }
  message Point {
    double lat = 1;
  }
  enum Kind { UNKNOWN = 0; }
  reserved 9, 10;
}
message After { string name = 1; }
`;

describe("locateProtoDeclarations", () => {
  const located = locateProtoDeclarations(source);

  it("finds messages, nested messages and every field kind with 1-based positions", () => {
    expect(located.packageName).toBe("acme.v1");
    expect(located.messages.get("acme.v1.Trip")).toMatchObject({ line: 5, column: 1 });
    expect(located.messages.get("acme.v1.Trip.Point")).toMatchObject({ line: 16 });
    expect(located.fields.get("acme.v1.Trip.id")).toMatchObject({ line: 7, column: 3 });
    expect(located.fields.get("acme.v1.Trip.points")).toMatchObject({ line: 9, column: 3, endLine: 11 });
    expect(located.fields.get("acme.v1.Trip.named")).toMatchObject({ line: 12 });
    expect(located.fields.get("acme.v1.Trip.a")).toMatchObject({ line: 14, column: 5 });
    expect(located.fields.get("acme.v1.Trip.Point.lat")).toMatchObject({ line: 17, column: 5 });
    expect(located.fields.get("acme.v1.After.name")).toMatchObject({ line: 22 });
    expect([...located.fields.keys()].some((k) => k.includes("UNKNOWN"))).toBe(false);
  });

  it("attaches leading and trailing comments", () => {
    expect(located.messages.get("acme.v1.Trip")?.comments).toContain("@vdx pi.sensitive.location-trajectory");
    expect(located.fields.get("acme.v1.Trip.points")?.comments).toContain("block comment");
    expect(located.fields.get("acme.v1.Trip.named")?.comments).toContain("trailing");
    // A trailing comment of the previous line is not a leading comment of the next field.
    expect(located.fields.get("acme.v1.Trip.id")?.comments).toBe("");
  });

  it("never throws on broken input", () => {
    for (const broken of ["message {", "message A { string = ; }", "}}}", '"unterminated', "/* open", "message A { map<", "\u0000\u0001"]) {
      expect(() => locateProtoDeclarations(broken)).not.toThrow();
    }
  });
});
