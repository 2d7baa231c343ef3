import type { SourceLocation } from "./location.js";

/**
 * A parsed YAML or JSON document that still knows where every value came from,
 * so that a JSON Pointer (from schema validation, `$ref` resolution or a
 * semantic check) can be reported as file:line:column.
 *
 * JSON is parsed with the same YAML 1.2 parser (JSON is a subset), which gives
 * one position model for both formats.
 */
export interface PositionedDocument {
  file: string;
  value: unknown;
  /** Parse errors (with positions); when non-empty `value` may be partial. */
  errors: InputError[];
  /** Position of the value at `pointer` (RFC 6901), or of its nearest existing ancestor. */
  locate(pointer: string): SourceLocation;
  /** Position of the *key* of the member at `pointer` (falls back to the value). */
  locateKey(pointer: string): SourceLocation;
}

/** A problem in an input file, always with a position. */
export interface InputError {
  file: string;
  line: number;
  column: number;
  /** JSON Pointer of the offending key, when known (`/assessments/0/validUntil`). */
  pointer?: string;
  message: string;
  /** The input breaks one of vdx's limits (nesting, alias expansion) rather than its syntax. */
  limit?: true;
}
