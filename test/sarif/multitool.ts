import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The official SARIF tooling shipped in `@microsoft/sarif-multitool`: the
 * platform package holds both the `Sarif.Multitool` binary and the official
 * `sarif-2.1.0.json` schema.
 */
const require = createRequire(import.meta.url);

function platformPackageDir(): string | undefined {
  try {
    const wrapper = require.resolve("@microsoft/sarif-multitool/package.json");
    const fromWrapper = createRequire(wrapper);
    return dirname(fromWrapper.resolve(`@microsoft/sarif-multitool-${process.platform}/package.json`));
  } catch {
    return undefined;
  }
}

const packageDir = platformPackageDir();

/** The official SARIF 2.1.0 JSON schema, parsed. */
export function officialSarifSchema(): Record<string, unknown> {
  if (!packageDir) throw new Error(`@microsoft/sarif-multitool-${process.platform} is not installed`);
  return JSON.parse(readFileSync(join(packageDir, "sarif-2.1.0.json"), "utf8")) as Record<string, unknown>;
}

export type MultitoolOutcome = { ran: true; errors: string[]; warnings: string[]; output: string } | { ran: false; reason: string };

/** `Sarif.Multitool validate <file>`; it exits 0 even on errors, so its report lines are parsed. */
export function multitoolValidate(file: string): MultitoolOutcome {
  const binary = packageDir ? join(packageDir, process.platform === "win32" ? "Sarif.Multitool.exe" : "Sarif.Multitool") : undefined;
  if (!binary || !existsSync(binary)) return { ran: false, reason: `no Sarif.Multitool binary for ${process.platform}` };
  const run = spawnSync(binary, ["validate", file], {
    encoding: "utf8",
    timeout: 60_000,
    // .NET needs no ICU for validation; without this flag it aborts on machines lacking libicu.
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1", DOTNET_CLI_TELEMETRY_OPTOUT: "1" },
  });
  if (run.error) return { ran: false, reason: `Sarif.Multitool cannot execute here: ${run.error.message}` };
  const output = `${run.stdout}${run.stderr}`;
  const lines = output.split(/\r?\n/);
  // It ran: a crash or an unfinished analysis is a failure, not a reason to skip.
  const incomplete = run.status !== 0 || !output.includes("Analysis completed successfully");
  return {
    ran: true,
    errors: [
      ...lines.filter((l) => /: error [A-Z]+\d+:/.test(l)),
      ...(incomplete ? [`Sarif.Multitool did not complete (exit ${run.status}): ${output.slice(0, 500)}`] : []),
    ],
    warnings: lines.filter((l) => /: warning [A-Z]+\d+:/.test(l)),
    output,
  };
}
