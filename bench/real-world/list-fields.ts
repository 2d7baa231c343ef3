// Lists the declared fields of corpus files, as a skeleton to label. It is written without
// vdx on purpose: the labels must not be shaped by vdx's own view of a file.
//
//   npx tsx bench/real-world/list-fields.ts <file or folder>… [--root <folder>]
//
// Prints one YAML flow entry per field: { file, line, path, kind, siblings }. `file` is
// relative to --root (default: the current folder). What counts as a field, and the line
// each is on, is fixed by bench/real-world/LABELLING.md.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import { listProtoFields } from "./list-fields-proto.js";
import { listSchemaFields } from "./list-fields-schema.js";
import { listVssFields } from "./list-fields-vss.js";
import { listCodeFields } from "./list-fields-code.js";

export interface ListedField {
  line: number;
  path: string;
  /** field | enum-member | literal-member | const-key | schema-key | parameter | vss-leaf */
  kind: string;
  /** Names declared beside it (the same message, object, type or enum), for the labeller's context. */
  siblings: string[];
}

const CODE = new Set([".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"]);
const SKIPPED_FOLDERS = new Set(["node_modules", "dist", "build", ".git", "coverage"]);

export function listFields(file: string): ListedField[] {
  const text = readFileSync(file, "utf8");
  const extension = extname(file);
  if (extension === ".proto") return listProtoFields(text);
  if (extension === ".vspec") return listVssFields(file);
  if (extension === ".json" || extension === ".yaml" || extension === ".yml") return listSchemaFields(text);
  if (CODE.has(extension) && !file.endsWith(".min.js")) return listCodeFields(file, text);
  return [];
}

function* walk(path: string): Generator<string> {
  if (statSync(path).isFile()) {
    yield path;
    return;
  }
  for (const name of readdirSync(path).sort()) {
    if (SKIPPED_FOLDERS.has(name)) continue;
    yield* walk(join(path, name));
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const rootIndex = args.indexOf("--root");
  const root = resolve(rootIndex >= 0 ? args.splice(rootIndex, 2)[1]! : ".");
  for (const target of args) {
    for (const file of walk(resolve(target))) {
      const fields = listFields(file);
      if (fields.length === 0) continue;
      const rel = relative(root, file).split("\\").join("/");
      console.log(`# ${rel}: ${fields.length} fields`);
      for (const field of fields) {
        const siblings = field.siblings.filter((name) => name !== field.path.split(/[./]/).pop()).slice(0, 8);
        console.log(
          `- { file: ${JSON.stringify(rel)}, line: ${field.line}, path: ${JSON.stringify(field.path)}, kind: ${field.kind}, expect: "?", siblings: ${JSON.stringify(siblings)} }`,
        );
      }
    }
  }
}

main();
