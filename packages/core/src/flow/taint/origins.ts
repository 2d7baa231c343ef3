import type { ClassifiedField, SignalCandidate } from "../../model/schema-field.js";
import type { SourceLocation } from "../../model/location.js";
import type { Origin } from "./taint.js";
import { evidenceText } from "../../schema/evidence-text.js";

export { evidenceText };

/** The origin of data read from a classified field (annotation, schema, generated type, strong signal). */
export function fieldOrigin(field: ClassifiedField): Origin {
  const evidence = evidenceText(field.evidence);
  const categories = field.categories.filter((c) => c !== "none");
  return {
    id: `field:${field.path}@${field.location.file}`,
    categories,
    path: field.path,
    evidence,
    location: field.location,
    step: {
      location: field.location,
      message: `field ${field.path} classified ${categories.join(", ")} (${describeEvidence(evidence)})`,
    },
  };
}

/** The origin of a vehicle-signal read (`client.get("Vehicle.CurrentLocation.Latitude")`). */
export function signalReadOrigin(path: string, categories: string[], evidence: string, location: SourceLocation): Origin {
  return {
    id: `signal:${path}@${location.file}:${location.line}:${location.column}`,
    categories,
    path,
    evidence,
    location,
    step: { location, message: `reads vehicle signal ${path}, classified ${categories.join(", ")} (${describeEvidence(evidence)})` },
  };
}

/** The origin of categories a sanitizer adds to its result (`aggregateTrips` adds conn.vehicle-flow-logistics). */
export function sanitizerOrigin(functionName: string, categories: string[], location: SourceLocation): Origin {
  return {
    id: `sanitizer:${functionName}@${location.file}:${location.line}:${location.column}`,
    categories,
    path: `${functionName}()`,
    evidence: `sanitizer:${functionName}`,
    location,
    step: { location, message: `result of sanitizer ${functionName} carries ${categories.join(", ")} (config sanitizers.adds)` },
  };
}

/** A name-based candidate strong enough to count (untyped data whose property names are vehicle signals). */
export function nameSignalOrigin(name: string, candidates: SignalCandidate[], location: SourceLocation): Origin {
  const categories = [...new Set(candidates.map((c) => c.category))].sort();
  const which = candidates.map((c) => c.which).join("|");
  return {
    id: `name:${name}@${location.file}:${location.line}:${location.column}`,
    categories,
    path: name,
    evidence: `signal:${which}`,
    location,
    step: { location, message: `untyped property "${name}" looks like ${categories.join(", ")} (signal:${which})` },
  };
}

function describeEvidence(evidence: string): string {
  if (evidence === "annotation") return "by @vdx annotation";
  if (evidence.startsWith("generated-from:")) return `generated from ${evidence.slice("generated-from:".length)}`;
  return evidence;
}
