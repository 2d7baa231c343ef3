import type { SourceLocation } from "./location.js";

/** How a classification was obtained. */
export type Evidence =
  | { kind: "annotation" }
  | { kind: "signal"; which: string }          // e.g. "term:lat+lng", "vss:Vehicle.CurrentLocation.Latitude", "type:sensor_msgs/PointCloud2"
  | { kind: "generated-from"; schema: string }; // schema file the generated TS came from

/** A field of a proto message, a JSON Schema property, a VSS signal or a TS property. */
export interface ClassifiedField {
  /** `package.Message.field`, `file#/json/pointer`, VSS dotted path, or `Type.property`. */
  path: string;
  source: "protobuf" | "json-schema" | "vss" | "typescript";
  location: SourceLocation;
  categories: string[];
  evidence: Evidence;
  /** 1.0 for annotations; the signal's confidence otherwise. */
  confidence: number;
  /** Type name of the field (message type, TS type text), used for linking. */
  typeName?: string;
}
