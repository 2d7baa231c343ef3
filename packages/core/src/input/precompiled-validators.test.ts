import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ValidateFunction } from "ajv/dist/2020.js";
import { loadValidators, newAjv, precompiledValidatorsSource, schemaKey, shippedSchemas } from "./precompiled-validators.js";

// Inside the package, so that the generated code finds ajv's runtime helpers as the built file does.
const packageDir = fileURLToPath(new URL("../..", import.meta.url));

/** Values that break every schema somewhere: wrong root types, unknown keys, wrong entry shapes. */
const BAD_VALUES: unknown[] = [
  "text",
  [],
  {},
  { surprise: true },
  { version: 3, entries: "none", categories: [{ id: 7, unknown: null }] },
  { sinks: [{ id: "x", package: 1, calls: [{ method: [] }] }], signals: { vin: { categories: "pi.vin" } } },
];

describe("validators compiled ahead of time", () => {
  let dir: string;
  let table: Readonly<Record<string, ValidateFunction>>;
  const schemas = shippedSchemas();

  beforeAll(() => {
    dir = mkdtempSync(join(packageDir, ".precompiled-test-"));
    const file = join(dir, "validators.cjs");
    writeFileSync(file, precompiledValidatorsSource(schemas));
    table = loadValidators(file)!;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("cover every schema vdx ships (pack parts, dictionary, manifest, config, registry)", () => {
    expect(schemas.length).toBeGreaterThanOrEqual(13);
    for (const schema of schemas) expect(table[schemaKey(schema)], JSON.stringify(schema).slice(0, 80)).toBeTypeOf("function");
  });

  it("judge every value exactly as ajv compiling the schema at run time, errors and all", () => {
    const ajv = newAjv();
    for (const schema of schemas) {
      const compiled = ajv.compile(schema);
      const ahead = table[schemaKey(schema)]!;
      for (const value of BAD_VALUES) {
        expect(ahead(value)).toBe(compiled(value));
        expect(ahead.errors).toEqual(compiled.errors);
      }
    }
  });

  it("are not used for a schema whose text differs (an edited schema is compiled as before)", () => {
    const edited = { ...schemas[0]!, description: "edited while the editor runs" };
    expect(table[schemaKey(edited)]).toBeUndefined();
  });
});
