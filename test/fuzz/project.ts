import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { canaryProject, type CanaryFinding } from "./canaries.js";
import type { FuzzCase, FuzzFile } from "./generators.js";

export interface FuzzProject {
  root: string;
  expected: CanaryFinding[];
  remove(): void;
}

/** Writes a case's project (canaries first, the fuzzed files over them) into a fresh temporary folder. */
export function writeFuzzProject(fuzzCase: FuzzCase): FuzzProject {
  const root = mkdtempSync(join(tmpdir(), "vdx-fuzz-"));
  const canaries = canaryProject(fuzzCase.typescriptCanary);
  const files: Record<string, FuzzFile> = { ...canaries.files, ...fuzzCase.files };
  for (const [path, content] of Object.entries(files)) writeEntry(join(root, path), content);
  for (const { folder, name, content } of fuzzCase.byteNamed) {
    mkdirSync(join(root, folder), { recursive: true });
    // A path that is not UTF-8 can only be spelt as bytes.
    writeFileSync(Buffer.concat([Buffer.from(join(root, folder) + "/"), Buffer.from(name)]), content);
  }
  return { root, expected: canaries.expected, remove: () => rmSync(root, { recursive: true, force: true }) };
}

function writeEntry(path: string, content: FuzzFile): void {
  mkdirSync(dirname(path), { recursive: true });
  if (typeof content === "string" || content instanceof Uint8Array) writeFileSync(path, content);
  else if ("symlink" in content) symlinkSync(content.symlink, path);
  else if ("directory" in content) mkdirSync(path, { recursive: true });
  else execFileSync("mkfifo", [path]);
}
