import { noInadequateAssessment } from "./no-inadequate-assessment.js";
import { noUnassessedExport } from "./no-unassessed-export.js";
import { noUnresolvedDestination } from "./no-unresolved-destination.js";
import { noVehicleDirectExport } from "./no-vehicle-direct-export.js";
import { requireClassification } from "./require-classification.js";
import { validCategory } from "./valid-category.js";

/** Every vdx rule, by its ESLint name (`@vdx/<name>`). Presets are computed from their `meta.docs`. */
export const rules = {
  "no-unassessed-export": noUnassessedExport,
  "no-inadequate-assessment": noInadequateAssessment,
  "no-vehicle-direct-export": noVehicleDirectExport,
  "no-unresolved-destination": noUnresolvedDestination,
  "require-classification": requireClassification,
  "valid-category": validCategory,
};
