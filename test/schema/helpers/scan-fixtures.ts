import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { ClassifiedField, Finding } from "../../../packages/core/src/model/index.js";
import { scanSchemaFiles } from "../../../packages/core/src/schema/index.js";
import { fixturesDir, testPack } from "./test-pack.js";

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Scans fixture sub-folders with the fixtures folder as root and `proto` as include path. */
export function scanFixtures(...folders: string[]): { fields: ClassifiedField[]; findings: Finding[]; field(p: string): ClassifiedField | undefined } {
  const files = folders.flatMap((folder) => filesUnder(path.join(fixturesDir, folder)));
  const result = scanSchemaFiles({ files, root: fixturesDir, pack: testPack(), includePaths: ["proto"] });
  return { ...result, field: (p) => result.fields.find((f) => f.path === p) };
}

export function relative(file: string): string {
  return path.relative(fixturesDir, file).split(path.sep).join("/");
}
