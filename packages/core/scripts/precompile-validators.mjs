// Writes ajv's standalone code for every JSON Schema vdx ships next to the built loader
// (dist/input/precompiled-validators.cjs), so a scan does not compile schemas at start.
// Run after `tsc -b` (the root `build` script does); see src/input/precompiled-validators.ts.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PRECOMPILED_VALIDATORS_FILE, precompiledValidatorsSource, shippedSchemas } from "../dist/input/precompiled-validators.js";

const file = fileURLToPath(new URL(`../dist/input/${PRECOMPILED_VALIDATORS_FILE}`, import.meta.url));
writeFileSync(file, precompiledValidatorsSource(shippedSchemas()));
