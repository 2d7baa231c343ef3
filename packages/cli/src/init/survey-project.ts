import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** What `vdx init` learned about a project by looking at its tree (never running anything). */
export interface ProjectSurvey {
  tsconfig?: string;
  /** Top-level folders worth scanning, as include globs (`src/**`). */
  include: string[];
  /** Folders that look like on-vehicle code (`apps/tbox/**`). */
  vehicleSide: string[];
  /** Folders holding `.proto` files, JSON Schemas, OpenAPI/AsyncAPI documents or VSS specs. */
  schemaFolders: string[];
}

const SKIP = new Set(["node_modules", "dist", "build", ".git", "coverage", "out", "target", "vendor"]);
const SOURCE_FOLDERS = ["src", "apps", "services", "packages", "lib", "server", "app"];
/** Folder names of on-vehicle software: T-Box, head unit, ECUs, in-vehicle agents. */
const VEHICLE_SIDE = /^(t-?box|tcu|vehicle|vehicle-?side|in-?vehicle|on-?board|onboard|ecu|ecus|ivi|head-?unit|hu|cockpit|firmware|car-?agent)$/i;
const SCHEMA_FILE = /\.(proto|vspec)$|\.schema\.(json|ya?ml)$|^openapi\.(json|ya?ml)$|^asyncapi\.(json|ya?ml)$/i;
const DOCUMENT_FILE = /\.(json|ya?ml)$/i;
/** A JSON or YAML document is looked into only when small: schemas are; data dumps are not. */
const MAX_SNIFFED_BYTES = 1024 * 1024;
const MAX_DEPTH = 8;

export function surveyProject(root: string): ProjectSurvey {
  const include = new Set<string>();
  const vehicleSide: string[] = [];
  const schemaFolders = new Set<string>();

  const walk = (dir: string, rel: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (SKIP.has(entry.name) || entry.name.startsWith(".")) continue;
        if (VEHICLE_SIDE.test(entry.name)) vehicleSide.push(`${path}/**`);
        if (depth + 1 < MAX_DEPTH) walk(join(dir, entry.name), path, depth + 1);
      } else if (entry.isFile() && rel !== "" && (SCHEMA_FILE.test(entry.name) || (DOCUMENT_FILE.test(entry.name) && looksLikeSchema(join(dir, entry.name))))) {
        schemaFolders.add(rel);
        include.add(`${rel.split("/")[0]!}/**`);
      }
    }
  };
  walk(root, "", 0);
  for (const folder of SOURCE_FOLDERS) {
    if (existsSync(join(root, folder))) include.add(`${folder}/**`);
  }
  // Nested vehicle folders (apps/tbox/ecu) are covered by their outermost match.
  const outermost = vehicleSide.filter((glob) => !vehicleSide.some((other) => other !== glob && glob.startsWith(other.slice(0, -2))));
  return {
    ...(existsSync(join(root, "tsconfig.json")) ? { tsconfig: "tsconfig.json" } : {}),
    include: [...include].sort(),
    vehicleSide: outermost,
    schemaFolders: [...schemaFolders].sort(),
  };
}

/**
 * A JSON Schema, OpenAPI or AsyncAPI document whatever its name (`contracts/trip.json`): its first
 * kilobytes name a JSON Schema dialect (`$schema`), or it is an OpenAPI / AsyncAPI / Swagger document,
 * or an object schema with `properties`. Read, never executed; large files are skipped.
 */
function looksLikeSchema(file: string): boolean {
  try {
    if (statSync(file).size > MAX_SNIFFED_BYTES) return false;
    const head = readFileSync(file, "utf8").slice(0, 4096);
    if (/"\$schema"\s*:\s*"[^"]*json-schema/.test(head) || /^\$schema:\s*["']?[^\n]*json-schema/m.test(head)) return true;
    if (/^\s*["']?(openapi|asyncapi|swagger)["']?\s*:/m.test(head)) return true;
    return /"type"\s*:\s*"object"/.test(head) && /"properties"\s*:/.test(head);
  } catch {
    return false;
  }
}
