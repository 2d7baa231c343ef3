import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The published packages, in dependency order. */
const PACKAGES = ["core", "eslint-plugin", "cli"] as const;

/**
 * The child processes get the caller's environment without the `npm_*`
 * variables pnpm sets for the running script (its config, user agent and
 * lifecycle state), so npm in the temporary project behaves as it would for
 * a user who runs it there.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
}

export function runCommand(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...cleanEnv(), NO_COLOR: "1" }, timeout: 180_000 });
  if (result.error) throw result.error;
  return result;
}

function mustSucceed(command: string, args: string[], cwd: string): string {
  const result = runCommand(command, args, cwd);
  if (result.status !== 0) {
    throw new Error(`\`${command} ${args.join(" ")}\` in ${cwd} exited ${String(result.status)}:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/**
 * Brings `dist/` of the three packages up to date (a no-op after `pnpm build`,
 * which `pnpm test` runs first), so a test run alone never packs a stale build.
 */
export function buildPackages(): void {
  const tsc = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
  mustSucceed(process.execPath, [tsc, "-b", ...PACKAGES.map((name) => join("packages", name))], REPO_ROOT);
  // As the root `build` script does: the schema validators compiled ahead of time ship in dist.
  mustSucceed(process.execPath, [join(REPO_ROOT, "packages", "core", "scripts", "precompile-validators.mjs")], REPO_ROOT);
}

/** `pnpm pack` as the README runs pnpm; `--prefer-offline` keeps npx from asking the registry for a cached pnpm. */
function pnpmPack(packageDir: string, destination: string): void {
  mustSucceed("npx", ["--prefer-offline", "-y", "pnpm@10", "pack", "--pack-destination", destination], packageDir);
}

/**
 * Packs the three packages into `destination` and returns the tarballs.
 *
 * `@vdx/core` is packed from a copy laid out like the repository: its
 * `prepack` copies the repository's `rules/` into the package folder (and
 * `postpack` removes it), and a `packages/core/rules` that appears and
 * disappears would be found first by the built-in pack lookup of tests
 * running in parallel. The copy keeps everything but `node_modules`, so its
 * `files` list is tested as it is. The other two packages have no pack
 * scripts and are packed in place, where pnpm reads the versions that replace
 * their `workspace:*` ranges.
 */
export function packPackages(destination: string): string[] {
  const stage = mkdtempSync(join(tmpdir(), "vdx-pack-stage-"));
  const notNodeModules = (source: string) => !source.split(sep).includes("node_modules");
  cpSync(join(REPO_ROOT, "packages", "core"), join(stage, "packages", "core"), { recursive: true, filter: notNodeModules });
  cpSync(join(REPO_ROOT, "rules"), join(stage, "rules"), { recursive: true });
  pnpmPack(join(stage, "packages", "core"), destination);
  for (const name of PACKAGES.filter((name) => name !== "core")) pnpmPack(join(REPO_ROOT, "packages", name), destination);
  const tarballs = readdirSync(destination).filter((name) => name.endsWith(".tgz"));
  return tarballs.map((name) => join(destination, name));
}

/** The version the workspace's tests use, so the temporary project installs the same one (and npm's cache can serve it). */
function workspaceVersion(name: string): string {
  const require = createRequire(join(REPO_ROOT, "test", "package.json"));
  return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")) as { version: string }).version;
}

/**
 * A project in the system temporary folder (outside the workspace, so no
 * workspace `node_modules` can be resolved from it) holding `files`, with the
 * tarballs, ESLint and TypeScript installed by npm as a user would.
 */
export function installedProject(tarballs: string[], files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "vdx-installed-"));
  if (!relative(REPO_ROOT, root).startsWith("..")) throw new Error(`${root} is inside the workspace`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const dependencies = Object.fromEntries(tarballs.map((file) => [packageNameOf(file), `file:${file}`]));
  const devDependencies = { eslint: workspaceVersion("eslint"), typescript: workspaceVersion("typescript") };
  writeFileSync(
    join(root, "package.json"),
    `${JSON.stringify({ name: "vdx-install-check", private: true, type: "module", dependencies, devDependencies }, null, 2)}\n`,
  );
  mustSucceed("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel", "error"], root);
  return root;
}

/** `vdx-eslint-plugin-0.1.0.tgz` → `@vdx/eslint-plugin`. */
function packageNameOf(tarball: string): string {
  const match = /^vdx-(.+)-\d+\.\d+\.\d+(?:-[\w.]+)?\.tgz$/.exec(basename(tarball));
  if (!match?.[1]) throw new Error(`unexpected tarball name ${tarball}`);
  return `@vdx/${match[1]}`;
}
