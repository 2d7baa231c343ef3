import { describe, expect, it } from "vitest";
import { parseAnnotationIds } from "./parse-annotation-ids.js";

describe("parseAnnotationIds", () => {
  it("reads ids separated by spaces or commas", () => {
    expect(parseAnnotationIds("@vdx pi.sensitive.location-trajectory, pi.general.driving-behaviour")).toEqual({
      ids: ["pi.sensitive.location-trajectory", "pi.general.driving-behaviour"],
      none: false,
    });
    expect(parseAnnotationIds("@vdx ad.exterior-imagery pi.sensitive.exterior-person")).toEqual({
      ids: ["ad.exterior-imagery", "pi.sensitive.exterior-person"],
      none: false,
    });
  });

  it("reads `none` as reviewed, not as an id", () => {
    expect(parseAnnotationIds("@vdx none")).toEqual({ ids: [], none: true });
  });

  it("finds the tag among other comment lines and stops at prose", () => {
    const comment = "Where the car was parked.\n@vdx pi.sensitive.location-trajectory since v2 of the API\n@deprecated";
    expect(parseAnnotationIds(comment)).toEqual({ ids: ["pi.sensitive.location-trajectory"], none: false });
    expect(parseAnnotationIds("/** @vdx geo.hd-map */")).toEqual({ ids: ["geo.hd-map"], none: false });
  });

  it("accepts the bare tag text a JSDoc parser hands over", () => {
    expect(parseAnnotationIds("conn.charging-network")).toEqual({ ids: ["conn.charging-network"], none: false });
  });

  it("keeps a misspelt first id so that it can be reported with a did-you-mean", () => {
    expect(parseAnnotationIds("@vdx locaton").ids).toEqual(["locaton"]);
  });

  it("returns nothing for text without the tag", () => {
    expect(parseAnnotationIds("just a comment about @param x")).toEqual({ ids: [], none: false });
  });
});
