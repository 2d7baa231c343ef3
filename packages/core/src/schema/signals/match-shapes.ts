import type { SignalCandidate } from "../../model/schema-field.js";
import type { SiblingSummary, SignalContext } from "./signal-types.js";
import { normaliseTypeText, typeNameSegments, type SignalIndex } from "./signal-index.js";

/**
 * Shapes: a payload-typed field (`bytes`, `number[]`) beside sibling parts
 * that say what the payload is (`width` and `height`: an image), whatever the
 * field is called (`data`, `buf`, `payload`).
 */
export function matchShapes(
  identifier: string,
  context: SignalContext,
  siblings: SiblingSummary,
  index: SignalIndex,
  offer: (c: SignalCandidate) => void,
): void {
  if (index.shapes.length === 0 || !context.typeName) return;
  const type = normaliseTypeText(context.typeName);
  let around: Set<string> | undefined;
  for (const entry of index.shapes) {
    if (!entry.types.has(type) && !entry.types.has(shortTypeName(context.typeName))) continue;
    if (!entry.shape.siblings.every((part) => siblings.parts.has(part))) continue;
    around ??= aroundParts(identifier, context, index);
    if (entry.shape.unless?.some((part) => around!.has(part) || siblings.parts.has(part))) continue;
    let confidence = entry.shape.confidence;
    let which = entry.which;
    const wanted = entry.shape.context;
    if (wanted && wanted.confidence > confidence) {
      const hit = wanted.parts.find((part) => around!.has(part) || siblings.parts.has(part));
      if (hit !== undefined) {
        confidence = wanted.confidence;
        which = `${which}+ctx:${hit}`;
      }
    }
    offer({ category: entry.category, confidence, which });
  }
}

/** `google.protobuf.BytesValue` → `bytesvalue`: the short name, for qualified type names. */
function shortTypeName(typeName: string): string {
  return (typeNameSegments(typeName).pop() ?? typeName).toLowerCase();
}

function aroundParts(identifier: string, context: SignalContext, index: SignalIndex): Set<string> {
  const set = new Set<string>();
  for (const name of [identifier, ...(context.parents ?? [])]) for (const part of index.reader.read(name)) for (const key of index.keys.of(part)) set.add(key);
  return set;
}
