import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { booleanFlag, parseArgs, stringFlag, UsageError, type FlagSpecs } from "../args/parse-args.js";
import { HELP_FLAG } from "../args/scanning-flags.js";
import { writeReports, type CliIo } from "../io.js";
import { MERGE_HELP } from "../help.js";
import { MergeError } from "../merge/merge-checks.js";
import { isJsonReport, mergeJsonReports } from "../merge/merge-json.js";
import { isSarifLog, mergeSarifLogs } from "../merge/merge-sarif.js";

const FLAGS: FlagSpecs = {
  output: { type: "string" },
  ...HELP_FLAG,
};

/**
 * `vdx merge <reports…>`: the JSON reports, or the SARIF logs, of the shards of one scan (`vdx scan
 * --shard i/n`) as one report — the bytes an unsharded scan writes. Exit 0, or 2 when a report cannot be
 * read or the reports are not all the shards of one scan.
 */
export function mergeCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, FLAGS);
  if (booleanFlag(args, "help")) {
    io.stdout.write(MERGE_HELP);
    return 0;
  }
  if (args.positionals.length === 0) throw new UsageError("merge needs the reports to merge (vdx merge shard-1.sarif shard-2.sarif …)");
  const documents: unknown[] = [];
  for (const file of args.positionals) {
    try {
      documents.push(JSON.parse(readFileSync(resolve(io.cwd, file), "utf8")));
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : error instanceof SyntaxError ? `not JSON (${error.message})` : String(error);
      io.stderr.write(`${file}:1:1: cannot read report: ${reason}\n`);
      return 2;
    }
  }
  try {
    let text: string;
    if (documents.every(isSarifLog)) text = mergeSarifLogs(documents);
    else if (documents.every(isJsonReport)) text = mergeJsonReports(documents);
    else {
      const odd = args.positionals.find((_, i) => !isSarifLog(documents[i]) && !isJsonReport(documents[i]));
      throw new MergeError(odd ? `${odd} is neither a vdx JSON report nor a SARIF log` : "the reports mix JSON and SARIF: merge each format on its own");
    }
    const output = stringFlag(args, "output");
    // The merged report never replaces one of the shards it was merged from (same file, however spelled).
    const inputs = new Set(args.positionals.map((file) => statSync(resolve(io.cwd, file))).map((stats) => `${stats.dev}:${stats.ino}`));
    const refuse = (_path: string, stats: { dev: number; ino: number }) =>
      inputs.has(`${stats.dev}:${stats.ino}`) ? "it is one of the reports being merged" : undefined;
    return writeReports(io, [{ ...(output !== undefined ? { file: output } : {}), text }], refuse) ? 0 : 2;
  } catch (error) {
    if (!(error instanceof MergeError)) throw error;
    io.stderr.write(`vdx: merge: ${error.message}\n`);
    return 2;
  }
}
