import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { checkSourceFiles } from "./check-source-files.js";
import { createScanProgram } from "../program/create-scan-program.js";
import { syntaxErrorFindings } from "../program/syntax-error-findings.js";

function files(contents: Record<string, string | Buffer>): string[] {
  const dir = mkdtempSync(join(tmpdir(), "vdx-sources-"));
  return Object.entries(contents).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
}

/** Byte checks first, then syntax errors from the scan's one program over the readable files, as a scan does. */
function checkAll(paths: string[]): { readable: string[]; findings: ReturnType<typeof syntaxErrorFindings> } {
  const check = checkSourceFiles(paths);
  const built = createScanProgram({ root: dirname(paths[0]!), files: check.readable });
  const sourceFiles = check.readable.map((f) => built.program.getSourceFile(f)!);
  return { readable: check.readable, findings: [...check.findings, ...syntaxErrorFindings(built.ts, built.program, sourceFiles)] };
}

describe("checkSourceFiles and syntaxErrorFindings", () => {
  it("reports the first syntax error of a file with its position and how many more there are, and keeps the file", () => {
    const [broken, fine] = files({ "broken.ts": "const a = 1;\nconst b = ;\nconst c = [;\n", "fine.ts": "export const b: number = 2;\n" });
    const check = checkAll([broken!, fine!]);
    expect(check.readable).toEqual([broken, fine]);
    expect(check.findings).toHaveLength(1);
    const [finding] = check.findings;
    expect(finding).toMatchObject({ ruleId: "invalid-input", level: "error", location: { file: broken, line: 2, column: 11 } });
    expect(finding!.message).toMatch(/^syntax error: Expression expected \(and \d+ more in this file\); the rest of the file was analysed/);
    expect(finding!.fingerprint).not.toMatch(/\d+:\d+/);
  });

  it("does not call TypeScript-only syntax in a .js file an error, but does report real JS syntax errors", () => {
    const [typed, broken] = files({ "typed.js": "export function f(a: number): number { return a; }\n", "broken.mjs": "export const x = ;\n" });
    const check = checkAll([typed!, broken!]);
    expect(check.findings.map((f) => f.location.file)).toEqual([broken]);
  });

  it("leaves binary, non-UTF-8 and oversized files out with one finding each", () => {
    const [binary, latin1, big, ok] = files({
      "blob.ts": Buffer.from([0, 1, 2, 3]),
      "latin1.ts": Buffer.from([0x63, 0x6f, 0x6e, 0x73, 0x74, 0x20, 0xe9, 0xe9, 0xe9]),
      "big.ts": "export const x = 1;\n".repeat(100),
      "ok.ts": "export {};\n",
    });
    const check = checkSourceFiles([binary!, latin1!, big!, ok!], 1024);
    expect(check.readable).toEqual([ok]);
    expect(check.findings.map((f) => [f.location.file, f.location.line, f.message])).toEqual([
      [binary, 1, expect.stringMatching(/^source file not a text file \(contains a NUL byte at offset 0\); skipped$/)],
      [latin1, 1, expect.stringMatching(/^source file not a text file \(not valid UTF-8/)],
      [big, 1, expect.stringMatching(/^source file too large to analyse \(2000 bytes is more than the limit of 1024 bytes\); skipped$/)],
    ]);
  });
});
