// Runs vdx on one repository of the real-world corpus the way a user would: with the
// `vdx.config.yaml` written beside the send labels (labels/sends/<repo>.config.yaml), placed at
// the repository's root, or with no config when the labeller wrote none.
import { copyFileSync, existsSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { scan, type ScanResult } from "../../packages/core/src/index.js";
import { corpusFolder, readManifest, type CorpusRepository } from "./extract.js";

export const LABELS = fileURLToPath(new URL("./labels/", import.meta.url));

/** The labels of a manifest: `labels/` beside it (the development set keeps its own). */
export function labelsOf(manifest: string | undefined): string {
  return manifest === undefined ? LABELS : join(dirname(manifest), "labels");
}
/** Records are judged on a fixed date so that figures do not move with the calendar. */
export const CORPUS_AS_OF = "2026-12-01";

export interface CorpusTarget {
  entry: CorpusRepository;
  folder: string;
  /** `<owner>+<name>`: the label files' base name. */
  key: string;
}

/** The manifest's repositories present under `corpus`, optionally of one split. */
export function corpusTargets(corpus: string, split?: CorpusRepository["split"], manifest?: string): CorpusTarget[] {
  return readManifest(manifest)
    .filter((entry) => split === undefined || entry.split === split)
    .map((entry) => ({ entry, folder: corpusFolder(corpus, entry), key: entry.repo.replace("/", "+") }))
    .filter((target) => existsSync(target.folder));
}

/** Scans the repository; `extraPaths` (relative to it) are scanned even when the config's `include` leaves them out. */
export async function scanCorpusRepository(target: CorpusTarget, extraPaths: readonly string[] = [], labels = LABELS): Promise<ScanResult> {
  const config = join(labels, "sends", `${target.key}.config.yaml`);
  const placed = join(target.folder, "vdx.config.yaml");
  if (existsSync(config)) copyFileSync(config, placed);
  else rmSync(placed, { force: true });
  return scan({ cwd: target.folder, paths: [".", ...extraPaths], asOf: CORPUS_AS_OF });
}

/** The value after `name` on the command line (`--split train`), if the option is given. */
export function commandOption(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** `--manifest <file>`: the manifest to score (absolute; the main one when absent) and the labels beside it. */
export function manifestArgument(): { manifest: string | undefined; labels: string } {
  const given = commandOption("--manifest");
  const manifest = given === undefined ? undefined : resolve(given);
  return { manifest, labels: labelsOf(manifest) };
}

/** Exits with a clear message when the corpus folder is missing. */
export function corpusArgument(script: string): string {
  const corpus = process.argv.slice(2).find((argument) => !argument.startsWith("--"));
  if (corpus === undefined || !existsSync(corpus)) {
    console.error(`usage: npx tsx bench/real-world/${script} <corpus folder> [options]`);
    console.error(corpus === undefined ? "the corpus folder is missing." : `no corpus at ${corpus}.`);
    console.error("Extract it first: npx tsx bench/real-world/extract.ts --mirrors <git mirrors> --out <corpus folder>");
    process.exit(2);
  }
  return corpus;
}
