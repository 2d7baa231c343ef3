import type { SourceLocation } from "./location.js";

/** How a classification was obtained. */
export type Evidence =
  | { kind: "annotation" }
  | { kind: "signal"; which: string } // e.g. "term:lat+lng", "vss:Vehicle.CurrentLocation.Latitude", "type:sensor_msgs/PointCloud2"
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
  /**
   * Name of what declares the field: the proto message (`acme.v1.Trip`), the JSON
   * Schema object (`Trip` for `$defs/Trip`, the title or file name for the root),
   * the VSS branch, or the TS type. Used to link generated code back to its schema.
   */
  container?: string;
  /**
   * The property is declared elsewhere and seen through this type (`extends`, `Pick`, `Omit`, an
   * intersection): `path` names it through this type and `location` is this type's name. The declared
   * field is reported where it is written.
   */
  derived?: boolean;
}

/** A candidate classification produced by the rule pack's signals (not by an annotation). */
export interface SignalCandidate {
  category: string;
  confidence: number;
  /** Which signal matched: `term:lat+ctx:lng`, `vss:Vehicle.CurrentLocation.Latitude`, `type:sensor_msgs/PointCloud2`. */
  which: string;
}

/** Candidates at or above this confidence count as classification for flow analysis. */
export const STRONG_SIGNAL_CONFIDENCE = 0.8;

/** The classified fields of a scan, looked up by flow analysis. */
export interface FieldIndex {
  /** Property `property` of the TS interface/type alias/class `typeName` declared in `file` (absolute path). */
  forTypeProperty(file: string, typeName: string, property: string): ClassifiedField | undefined;
  /** A schema path: `package.Message.field`, `file#/json/pointer`, VSS path, `Type.property`. */
  forPath(path: string): ClassifiedField | undefined;
  all(): readonly ClassifiedField[];
}
