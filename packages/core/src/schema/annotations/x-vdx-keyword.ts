/**
 * The ids of an `x-vdx` keyword (JSON Schema, OpenAPI, VSS): a string
 * (`"a"`, `"a, b"`) or a list of strings. Anything else is not a marking.
 */
export function readXVdxKeyword(value: unknown): { ids: string[]; none: boolean } | undefined {
  const list = typeof value === "string" ? value.split(/[\s,]+/) : Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : undefined;
  if (!list) return undefined;
  return { ids: [...new Set(list.filter((id) => id !== "" && id !== "none"))], none: list.includes("none") };
}
