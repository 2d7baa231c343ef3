import { editDistance, suggestionDistanceLimit } from "@vdx/core";
import { UsageError } from "./args/parse-args.js";
import type { CliIo } from "./io.js";
import { FileAccessError } from "./file-error.js";
import { terminalSafe } from "./reporters/terminal-safe.js";
import { MAIN_HELP } from "./help.js";
import { cliVersion } from "./version.js";
import { scanCommand } from "./commands/scan-command.js";
import { inventoryCommand } from "./commands/inventory-command.js";
import { explainCommand } from "./commands/explain-command.js";
import { categoriesCommand } from "./commands/categories-command.js";
import { initCommand } from "./commands/init-command.js";
import { baselineCommand } from "./commands/baseline-command.js";
import { mergeCommand } from "./commands/merge-command.js";

// A command that needs no I/O of its own (categories, init) answers synchronously.
type Command = (argv: readonly string[], io: CliIo) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  scan: scanCommand,
  inventory: inventoryCommand,
  explain: explainCommand,
  categories: categoriesCommand,
  init: initCommand,
  baseline: baselineCommand,
  merge: mergeCommand,
};

/**
 * The whole CLI as a function: arguments in, exit code out, all output through
 * `io`. Never throws and never exits the process (`bin.ts` does that), so tests
 * call it in-process. Usage mistakes exit 2 with a one-line message; an
 * unexpected exception also exits 2, with its message and no stack trace.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      // A bare `vdx` is a usage mistake: help goes to stderr so a pipe never mistakes it for a report.
      io.stderr.write(MAIN_HELP);
      return 2;
    }
    if (command === "--help" || command === "-h" || command === "help") {
      const topic = rest[0];
      if (command === "help" && topic !== undefined) {
        const handler = COMMANDS[topic];
        if (!handler) throw new UsageError(unknownCommand(topic));
        return await handler(["--help"], io);
      }
      io.stdout.write(MAIN_HELP);
      return 0;
    }
    if (command === "--version" || command === "-v") {
      io.stdout.write(`${cliVersion()}\n`);
      return 0;
    }
    const handler = COMMANDS[command];
    if (!handler) throw new UsageError(unknownCommand(command));
    return await handler(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(
        `vdx: ${terminalSafe(error.message)}\n${command && COMMANDS[command] ? `Run \`vdx ${command} --help\` for usage.` : "Run `vdx --help` for usage."}\n`,
      );
      return 2;
    }
    if (error instanceof FileAccessError) {
      io.stderr.write(`${terminalSafe(error.line(io.cwd))}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`vdx: internal error: ${terminalSafe(message.split("\n")[0] ?? "")}\n`);
    return 2;
  }
}

const MAIN_OPTIONS = ["--help", "--version", "-h", "-v"];

function unknownCommand(command: string): string {
  if (command.startsWith("-")) {
    const option = MAIN_OPTIONS.find(
      (o) => o.toLowerCase() === command.toLowerCase() || (o.startsWith("--") && editDistance(o, command) <= suggestionDistanceLimit(command)),
    );
    if (option) return `unknown option ${command} (did you mean ${option}?)`;
    return `unknown option ${command}: vdx itself takes only --help and --version; command options come after the command (vdx scan ${command})`;
  }
  if (command === "version") return `unknown command "version" (did you mean --version?)`;
  const close = Object.keys(COMMANDS)
    .map((name) => ({ name, distance: editDistance(name, command) }))
    .filter((c) => c.distance <= suggestionDistanceLimit(command) || c.name.startsWith(command))
    .sort((a, b) => a.distance - b.distance)[0];
  return `unknown command "${command}"${close ? ` (did you mean ${close.name}?)` : ""}`;
}
