// Extracts the real-world corpus (manifest.json) from fetched git mirrors into a folder
// outside the repository: <out>/<split>/<owner>+<name>/<paths…>. The corpus code is never
// committed here (licences vary); only the manifest, this script and the labels are.
//
//   npx tsx bench/real-world/extract.ts --mirrors /work/.mirror --out /work/corpus [--manifest dev/manifest.json]
//
// A mirror is a git directory (bare or not) at <mirrors>/<owner>+<name>/repo or
// <mirrors>/<owner>+<name>; get one with any git clone of the public repository.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface CorpusRepository {
  repo: string;
  commit: string;
  /** `dev`: the development set of dev/manifest.json, outside the corpus. */
  split: "train" | "blind" | "dev";
  what: string;
  paths: string[];
}

export const MANIFEST = fileURLToPath(new URL("./manifest.json", import.meta.url));

export function readManifest(manifest = MANIFEST): CorpusRepository[] {
  return (JSON.parse(readFileSync(manifest, "utf8")) as { repositories: CorpusRepository[] }).repositories;
}

/** Where a repository's files land inside the corpus folder. */
export function corpusFolder(out: string, entry: CorpusRepository): string {
  return join(out, entry.split, entry.repo.replace("/", "+"));
}

// git runs with no system or user config and every repository-configured program disabled:
// a fetched mirror is untrusted input.
const NEUTRAL_GIT = ["-c", "core.fsmonitor=", "-c", "core.hooksPath=/dev/null", "-c", "core.pager=cat"];

function gitDirectory(mirrors: string, repo: string): string | undefined {
  const base = join(mirrors, repo.replace("/", "+"));
  return [join(base, "repo"), base].find((dir) => existsSync(join(dir, "HEAD")) || existsSync(join(dir, ".git")));
}

function extract(mirrors: string, out: string, manifest: string): number {
  let missing = 0;
  for (const entry of readManifest(manifest)) {
    const gitDir = gitDirectory(mirrors, entry.repo);
    if (gitDir === undefined) {
      console.error(`missing mirror for ${entry.repo} under ${mirrors} (fetch github:${entry.repo})`);
      missing++;
      continue;
    }
    const target = corpusFolder(out, entry);
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    const env = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" };
    const archive = execFileSync(
      "git",
      [
        ...NEUTRAL_GIT,
        "--git-dir",
        existsSync(join(gitDir, ".git")) ? join(gitDir, ".git") : gitDir,
        "archive",
        "--format=tar",
        entry.commit,
        "--",
        ...entry.paths,
      ],
      { env, maxBuffer: 1 << 30 },
    );
    execFileSync("tar", ["-x", "-C", target], { input: archive });
    console.log(`${entry.split.padEnd(5)} ${entry.repo}@${entry.commit.slice(0, 12)} → ${target}`);
  }
  return missing;
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const mirrors = option("--mirrors") ?? "/work/.mirror";
  const out = option("--out");
  if (out === undefined) {
    console.error("usage: npx tsx bench/real-world/extract.ts --mirrors <dir> --out <dir outside the repository>");
    process.exitCode = 2;
  } else {
    process.exitCode = extract(mirrors, resolve(out), resolve(option("--manifest") ?? MANIFEST)) === 0 ? 0 : 1;
  }
}
