import { choice, UsageError, type ParsedArgs } from "./parse-args.js";

export interface OutputTarget<F extends string> {
  format: F;
  /** File to write, relative to cwd; undefined = stdout. */
  file?: string;
}

const FORMAT_BY_EXTENSION: Record<string, string> = {
  ".sarif": "sarif",
  ".json": "json",
  ".md": "markdown",
  ".markdown": "markdown",
  ".txt": "text",
  ".csv": "csv",
};

/**
 * Pairs `--format` and `--output` in command-line order: an `--output` belongs
 * to the `--format` just before it when that one has no file yet; any other
 * `--output` takes its format from the file extension (`.sarif`, `.json`,
 * `.md`, `.txt`, `.csv`) or the default. At most one target goes to stdout.
 */
export function outputTargets<F extends string>(args: ParsedArgs, allowed: readonly F[], fallback: F): OutputTarget<F>[] {
  const targets: OutputTarget<F>[] = [];
  for (const { flag, value } of args.sequence) {
    if (flag === "format") {
      targets.push({ format: checkFormat(value, allowed) });
    } else if (flag === "output") {
      const last = targets[targets.length - 1];
      if (last && last.file === undefined) last.file = value;
      else targets.push({ format: formatFromExtension(value, allowed, fallback), file: value });
    }
  }
  if (targets.length === 0) targets.push({ format: fallback });
  const toStdout = targets.filter((t) => t.file === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(`${toStdout.map((t) => t.format).join(" and ")} would both go to stdout: give all but one an --output file`);
  }
  const files = targets.flatMap((t) => (t.file ? [t.file] : []));
  const duplicate = files.find((f, i) => files.indexOf(f) !== i);
  if (duplicate) throw new UsageError(`--output ${duplicate} given for two formats`);
  return targets;
}

function checkFormat<F extends string>(value: string, allowed: readonly F[]): F {
  // `md` is what people type for markdown; everything else must be spelled out.
  if (value === "md" && (allowed as readonly string[]).includes("markdown")) return "markdown" as F;
  return choice("format", value, allowed);
}

function formatFromExtension<F extends string>(file: string, allowed: readonly F[], fallback: F): F {
  const dot = file.lastIndexOf(".");
  const guess = dot >= 0 ? FORMAT_BY_EXTENSION[file.slice(dot).toLowerCase()] : undefined;
  return guess !== undefined && (allowed as readonly string[]).includes(guess) ? (guess as F) : fallback;
}
