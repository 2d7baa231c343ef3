// Checks a VSS catalog against the pack's VSS dictionary: every leaf (sensor, actuator,
// attribute) of the catalog must be mapped to categories or left out with a reason.
// Run: npx tsx bench/vss-coverage.ts <vss spec folder> [--list]
// Exit code 1 when a leaf is neither; `--list` prints every leaf with its decision.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parsePositionedDocument } from "../packages/core/src/input/positioned-document.js";
import { loadRulePack } from "../packages/core/src/pack/index.js";
import { explainSignals } from "../packages/core/src/schema/index.js";

const LEAF_TYPES = new Set(["sensor", "actuator", "attribute"]);
const specDir = process.argv[2];
if (!specDir || !existsSync(join(specDir, "VehicleSignalSpecification.vspec"))) {
  console.error("usage: npx tsx bench/vss-coverage.ts <vss spec folder containing VehicleSignalSpecification.vspec> [--list]");
  process.exit(2);
}

/** Leaf paths of the catalog: the root file and its `#include file Prefix` tree (includes resolve beside the file, then in the spec folder, as vss-tools does). */
function catalogLeaves(root: string): string[] {
  const leaves: string[] = [];
  const visit = (file: string, prefix: string, depth: number): void => {
    if (depth > 30) return;
    const text = readFileSync(file, "utf8");
    const value = parsePositionedDocument(file, text).value;
    if (value && typeof value === "object") {
      for (const [key, node] of Object.entries(value as Record<string, { type?: unknown } | null>)) {
        if (node && LEAF_TYPES.has(String(node.type))) leaves.push(prefix ? `${prefix}.${key}` : key);
      }
    }
    for (const match of text.matchAll(/^#include\s+(\S+)(?:[ \t]+(\S+))?/gm)) {
      const candidates = [resolve(dirname(file), match[1]!), resolve(specDir!, match[1]!)];
      const included = candidates.find((c) => existsSync(c));
      if (included) visit(included, [prefix, match[2] ?? ""].filter(Boolean).join("."), depth + 1);
    }
  };
  visit(join(root, "VehicleSignalSpecification.vspec"), "", 0);
  return leaves;
}

const pack = loadRulePack({ rulePack: "2026", extends: [], baseDir: process.cwd() }).value;
const leaves = catalogLeaves(specDir);
const counts = { mapped: 0, out: 0, branch: 0, undecided: 0 };
const undecided: string[] = [];
for (const path of leaves) {
  const explanation = explainSignals("", { vssPath: path }, pack);
  const exact = `vss:${path}`;
  const decision = explanation.candidates.some((c) => c.which === exact)
    ? "mapped"
    : explanation.suppressed.some((s) => s.which === exact)
      ? "out"
      : explanation.candidates.length > 0 || explanation.suppressed.length > 0
        ? "branch"
        : "undecided";
  counts[decision]++;
  if (decision === "undecided" || decision === "branch") undecided.push(`${decision.padEnd(9)} ${path}`);
  if (process.argv.includes("--list")) {
    const what = explanation.candidates.map((c) => c.category).join(", ") || explanation.suppressed.map((s) => s.by).join("; ");
    console.log(`${decision.padEnd(9)} ${path}  ${what}`);
  }
}
console.log(
  `${leaves.length} leaves: ${counts.mapped} mapped, ${counts.out} out with a reason, ${counts.branch} only by a branch rule, ${counts.undecided} undecided`,
);
if (undecided.length > 0) console.log(undecided.join("\n"));
process.exitCode = counts.undecided + counts.branch > 0 ? 1 : 0;
