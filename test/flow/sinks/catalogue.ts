import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { SinkModel } from "@vdx/core";

/** The 2026 pack's sink catalogue, read directly (the schema test validates it; the pack loader test loads it). */
export const SINKS_FILE = fileURLToPath(new URL("../../../rules/2026/sinks.yaml", import.meta.url));
export const SINKS_SCHEMA_FILE = fileURLToPath(new URL("../../../rules/schema/sinks.schema.json", import.meta.url));

export function loadCatalogue(): SinkModel[] {
  const document = parse(readFileSync(SINKS_FILE, "utf8")) as { sinks: SinkModel[] };
  return document.sinks;
}
