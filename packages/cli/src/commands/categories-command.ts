import type { Category } from "@vdx/core";
import { booleanFlag, choice, parseArgs, stringFlag, type FlagSpecs } from "../args/parse-args.js";
import type { CliIo } from "../io.js";
import { printInputErrors } from "../print-errors.js";
import { formatTable } from "../reporters/table.js";
import { CATEGORIES_HELP } from "../help.js";
import { loadProjectPack } from "./load-project-pack.js";
import { scaleCondition } from "./describe-category.js";
import { terminalSafeLines } from "../reporters/terminal-safe.js";

const FLAGS: FlagSpecs = {
  config: { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
};

/** `vdx categories`: the rule pack's categories as a table (or JSON), in pack order. */
export function categoriesCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, FLAGS);
  if (booleanFlag(args, "help")) {
    io.stdout.write(CATEGORIES_HELP);
    return 0;
  }
  const format = choice("format", stringFlag(args, "format") ?? "text", ["text", "json"] as const);
  const { pack, errors } = loadProjectPack(io.cwd, stringFlag(args, "config"));
  if (errors.length > 0) {
    printInputErrors(io, errors);
    return 2;
  }
  const categories = [...pack.categories.values()];
  if (format === "json") {
    io.stdout.write(JSON.stringify({ pack: { id: pack.id, version: pack.version }, categories: categories.map(categoryJson) }, null, 2) + "\n");
    return 0;
  }
  const rows = categories.map((c) => [c.id, c.name, c.title, c.kind, c.mechanism, scaleCondition(c)]);
  io.stdout.write(terminalSafeLines(formatTable(["id", "中文", "title", "kind", "mechanism", "scale condition"], rows)));
  io.stdout.write(`\n${categories.length} categories · rule pack ${pack.id}@${pack.version} · \`vdx explain <id>\` for details\n`);
  return 0;
}

function categoryJson(c: Category) {
  return {
    id: c.id,
    name: c.name,
    title: c.title,
    kind: c.kind,
    scenario: c.scenario,
    mechanism: c.mechanism,
    importantWhen: c.importantWhen ?? null,
    sources: c.sources,
  };
}
