import type { Ajv2020, ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { newAjv, precompiledValidator } from "./precompiled-validators.js";
import { suggestIds } from "../categories/did-you-mean.js";
import { joinPointer, pointerToKeyPath, splitPointer, type InputError, type PositionedDocument } from "./positioned-document.js";

/**
 * Validates a positioned document against one of vdx's published JSON Schemas
 * (draft 2020-12) and turns ajv's errors into messages a user can act on:
 * file:line:column, the key path, and "did you mean" for misspelt keys.
 *
 * Schemas may carry `x-message` next to a `pattern` to explain it in words
 * ("must be an ISO 3166-1 alpha-2 code in upper case, e.g. DE").
 */

let ajv: Ajv2020 | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    // Compiled by the build when the schema is one vdx ships, unchanged (precompiled-validators.ts).
    validate = precompiledValidator(schema) ?? (ajv ??= newAjv()).compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

export function validateAgainstSchema(document: PositionedDocument, schema: object, value: unknown = document.value): InputError[] {
  const validate = validatorFor(schema);
  if (validate(value)) return [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const translated = translate(document, error);
    if (!translated) continue;
    const key = `${translated.line}:${translated.column}:${translated.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(translated);
  }
  return errors.sort((a, b) => a.line - b.line || a.column - b.column || a.message.localeCompare(b.message));
}

function describe(pointer: string, rootName: string): string {
  return pointer === "" ? rootName : pointerToKeyPath(pointer);
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  if (typeof value === "string") return `the string "${value}"`;
  return `${typeof value} ${value as number | boolean}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  object: "a map (key: value)",
  array: "a list",
  null: "null",
};

function translate(document: PositionedDocument, error: ErrorObject): InputError | undefined {
  const { file } = document;
  const pointer = error.instancePath;
  const subject = describe(pointer, "the document");
  const at = (p: string, key = false): InputError => {
    const location = key ? document.locateKey(p) : document.locate(p);
    return { file, line: location.line, column: location.column, pointer: p, message: "" };
  };
  const parentSchema = (error.parentSchema ?? {}) as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties": {
      const property = (error.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys((parentSchema.properties as Record<string, unknown> | undefined) ?? {});
      const suggestion = suggestIds(property, known, 1)[0];
      const where = pointer === "" ? "" : ` in ${pointerToKeyPath(pointer)}`;
      const hint = suggestion ? `; did you mean "${suggestion}"?` : known.length > 0 ? `; known keys: ${known.join(", ")}` : "";
      return { ...at(joinPointer([...splitPointer(pointer), property]), true), message: `unknown key "${property}"${where}${hint}` };
    }
    case "required": {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      return { ...at(pointer), pointer: joinPointer([...splitPointer(pointer), missing]), message: `${subject} is missing the required key "${missing}"` };
    }
    case "enum": {
      const allowed = ((error.params as { allowedValues?: unknown[] }).allowedValues ?? []).map((v) =>
        v === null ? "null" : String(v as string | number | boolean),
      );
      const suggestion =
        typeof error.data === "string"
          ? suggestIds(
              error.data,
              allowed.filter((a) => a !== "null"),
              1,
            )[0]
          : undefined;
      const hint = suggestion ? `; did you mean "${suggestion}"?` : "";
      return { ...at(pointer), message: `${subject} must be one of ${allowed.join(", ")} (found ${typeOf(error.data)})${hint}` };
    }
    case "const":
      return {
        ...at(pointer),
        message: `${subject} must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)} (found ${typeOf(error.data)})`,
      };
    case "type": {
      const wanted = String((error.params as { type: string | string[] }).type)
        .split(",")
        .map((t) => TYPE_WORDS[t] ?? t)
        .join(" or ");
      return { ...at(pointer), message: `${subject} must be ${wanted} (found ${typeOf(error.data)})` };
    }
    case "pattern": {
      const explained = typeof parentSchema["x-message"] === "string" ? parentSchema["x-message"] : `must match ${String(error.schema)}`;
      return { ...at(pointer), message: `${subject} ${explained} (found ${typeOf(error.data)})` };
    }
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
    case "exclusiveMaximum": {
      const { comparison, limit } = error.params as { comparison: string; limit: number };
      return { ...at(pointer), message: `${subject} must be ${comparison} ${limit} (found ${typeOf(error.data)})` };
    }
    case "minItems":
      return { ...at(pointer), message: `${subject} must list at least ${(error.params as { limit: number }).limit} item(s)` };
    case "minLength":
      return { ...at(pointer), message: `${subject} must not be empty` };
    case "uniqueItems": {
      const { i, j } = error.params as { i: number; j: number };
      const duplicate: unknown = Array.isArray(error.data) ? (error.data as unknown[])[i] : undefined;
      return { ...at(joinPointer([...splitPointer(pointer), i])), message: `${subject} lists ${JSON.stringify(duplicate)} twice (items ${j} and ${i})` };
    }
    // Composite keywords only repeat what their sub-errors already said.
    case "if":
    case "anyOf":
    case "oneOf":
    case "propertyNames":
      return undefined;
    default:
      return { ...at(pointer), message: `${subject} ${error.message ?? "is invalid"}` };
  }
}
