import { describe, expect, it } from "vitest";
import { parseArgs, UsageError, type FlagSpecs } from "../../packages/cli/src/args/parse-args.js";
import { outputTargets } from "../../packages/cli/src/args/output-targets.js";

const SPECS: FlagSpecs = {
  format: { type: "string", multiple: true },
  output: { type: "string", multiple: true },
  config: { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
};
const FORMATS = ["text", "json", "sarif", "markdown"] as const;

describe("parseArgs", () => {
  it("reads --flag value, --flag=value, short flags, booleans and -- in order", () => {
    const args = parseArgs(["src", "--config=c.yaml", "--format", "json", "-h", "--force", "--", "--not-a-flag"], SPECS);
    expect(args.positionals).toEqual(["src", "--not-a-flag"]);
    expect(args.values.get("config")).toEqual(["c.yaml"]);
    expect(args.values.has("help")).toBe(true);
    expect(args.sequence.map((s) => s.flag)).toEqual(["config", "format", "help", "force"]);
  });

  it("rejects unknown flags with a did-you-mean, missing values and repeated single flags", () => {
    expect(() => parseArgs(["--formt", "json"], SPECS)).toThrow(/unknown option --formt \(did you mean --format\?\)/);
    expect(() => parseArgs(["--zzzzzzzz"], SPECS)).toThrow(/^unknown option --zzzzzzzz$/);
    expect(() => parseArgs(["-x"], SPECS)).toThrow(UsageError);
    expect(() => parseArgs(["--config"], SPECS)).toThrow(/--config needs a value/);
    expect(() => parseArgs(["--config", "--force"], SPECS)).toThrow(/--config needs a value/);
    expect(() => parseArgs(["--config", "a", "--config", "b"], SPECS)).toThrow(/more than once/);
    expect(() => parseArgs(["--force=yes"], SPECS)).toThrow(/takes no value/);
  });
});

describe("outputTargets", () => {
  const targets = (argv: string[]) => outputTargets(parseArgs(argv, SPECS), FORMATS, "text");

  it("pairs each --output with the --format just before it", () => {
    expect(targets(["--format", "sarif", "--output", "a.sarif", "--format", "markdown", "--output", "b.md"])).toEqual([
      { format: "sarif", file: "a.sarif" },
      { format: "markdown", file: "b.md" },
    ]);
  });

  it("sends a format without output to stdout and defaults to text", () => {
    expect(targets([])).toEqual([{ format: "text" }]);
    expect(targets(["--format", "json", "--format", "sarif", "--output", "x.sarif"])).toEqual([{ format: "json" }, { format: "sarif", file: "x.sarif" }]);
  });

  it("takes the format of a lone --output from its extension", () => {
    expect(targets(["--output", "r.sarif", "--output", "r.md", "--output", "r.bin"])).toEqual([
      { format: "sarif", file: "r.sarif" },
      { format: "markdown", file: "r.md" },
      { format: "text", file: "r.bin" },
    ]);
  });

  it("refuses two stdout targets, unknown formats and one file for two formats", () => {
    expect(() => targets(["--format", "json", "--format", "text"])).toThrow(/both go to stdout/);
    expect(() => targets(["--format", "yaml"])).toThrow(/--format must be one of text, json, sarif, markdown/);
    expect(() => targets(["--format", "json", "--output", "a", "--format", "sarif", "--output", "a"])).toThrow(/given for two formats/);
  });
});
