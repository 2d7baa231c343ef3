// Leaves (sensor, actuator, attribute) of a .vspec file, with the full VSS path when the file
// is reached through `#include <file> <prefix>` from the root VehicleSignalSpecification.vspec
// (labelling aid, not vdx).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { ListedField } from "./list-fields.js";

const prefixes = new Map<string, string[]>();

/** Walks the include tree from the nearest root spec above `file`, recording each file's prefixes. */
function learnPrefixes(file: string): void {
  let dir = dirname(resolve(file));
  while (!existsSync(join(dir, "VehicleSignalSpecification.vspec")) && dirname(dir) !== dir) dir = dirname(dir);
  const root = join(dir, "VehicleSignalSpecification.vspec");
  if (!existsSync(root) || prefixes.has(root)) return;
  const visit = (path: string, prefix: string, depth: number): void => {
    if (depth > 20 || !existsSync(path)) return;
    const known = prefixes.get(path) ?? [];
    if (known.includes(prefix)) return;
    prefixes.set(path, [...known, prefix]);
    for (const match of readFileSync(path, "utf8").matchAll(/^#include\s+(\S+)(?:\s+(\S+))?/gm)) {
      const included = join(dirname(path), match[1]!);
      visit(included, [prefix, match[2] ?? ""].filter(Boolean).join("."), depth + 1);
    }
  };
  visit(root, "", 0);
}

export function listVssFields(file: string): ListedField[] {
  learnPrefixes(file);
  const prefix = prefixes.get(resolve(file))?.[0] ?? "";
  const lines = readFileSync(file, "utf8").split("\n");
  const fields: ListedField[] = [];
  let current: { name: string; line: number } | undefined;
  const names: string[] = [];
  lines.forEach((line, index) => {
    const key = /^([A-Za-z][\w.]*):\s*$/.exec(line);
    if (key) {
      current = { name: key[1]!, line: index + 1 };
      names.push(key[1]!.split(".").pop()!);
      return;
    }
    const type = /^\s+type:\s*(\w+)/.exec(line);
    if (type && current && type[1] !== "branch" && type[1] !== "struct" && type[1] !== "property") {
      fields.push({ line: current.line, path: [prefix, current.name].filter(Boolean).join("."), kind: "vss-leaf", siblings: [] });
      current = undefined;
    }
  });
  return fields.map((field) => ({ ...field, siblings: names }));
}
