import type { ClassifiedField } from "../../model/schema-field.js";
import type { ClassifyEnvironment } from "../classify-field.js";
import { positionShapeCandidates, positionShapedField } from "../position-shape.js";

/** A message-typed field nothing else classified, and the full name of its message. */
export interface MessageTypedField {
  field: Omit<ClassifiedField, "categories" | "evidence" | "confidence">;
  message: string;
}

/**
 * Message-typed fields whose message is a position by its shape (`Position
 * pickup = 3;` with `Position { double latitude = 1; double longitude = 2; }`)
 * become location fields (position-shape.ts). Only messages of the scanned
 * files are looked at: their fields are classified by then.
 */
export function positionShapedFields(
  pending: readonly MessageTypedField[],
  classified: readonly ClassifiedField[],
  env: ClassifyEnvironment,
): ClassifiedField[] {
  if (pending.length === 0) return [];
  const byMessage = new Map<string, ClassifiedField[]>();
  for (const field of classified) {
    if (field.container === undefined) continue;
    const list = byMessage.get(field.container);
    if (list) list.push(field);
    else byMessage.set(field.container, [field]);
  }
  const fields: ClassifiedField[] = [];
  for (const { field, message } of pending) {
    const candidates = positionShapeCandidates(byMessage.get(message) ?? [], env);
    if (candidates) fields.push(positionShapedField(field, candidates));
  }
  return fields;
}
