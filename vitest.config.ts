import { defineConfig } from "vitest/config";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

const TESTS = ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "test/**/*.test.ts", "rules/**/*.test.ts"];
const NOT_TESTS = ["**/node_modules/**", "**/dist/**", "**/fixtures/**"];

/**
 * Test files that change process-wide state a later file in the same process
 * would see, or that need modules loaded fresh for them: they run isolated
 * (a new process per file). Everything else shares its worker's loaded
 * modules (see `isolate: false` below).
 */
const ISOLATED = [
  // `vi.mock` replaces a module for the file; in a shared module graph a module
  // another file loaded first would keep the real one, and the mock could leak.
  "packages/eslint-plugin/test/analysis-failure.test.ts",
  "test/cli/output-safety.test.ts",
  "test/remote/shared-program.test.ts",
  // Asserts that Node prints no warning; Node prints some warnings once per
  // process, so an earlier file could have used up the one it looks for.
  "test/reliability/input-reproductions.test.ts",
];

export default defineConfig({
  resolve: {
    // Tests run against the sources, so a test never sees a stale build.
    // The internals entry first: an alias also matches the imports below its name.
    alias: {
      "@vdx/core/internals": fileURLToPath(new URL("./packages/core/src/internals.ts", import.meta.url)),
      "@vdx/core": src("core"),
      "@vdx/cli": src("cli"),
      "@vdx/eslint-plugin": src("eslint-plugin"),
    },
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // One worker per core. Vitest's default for `run` is one less than the cores: on a 2-core CI machine
    // a single worker, which leaves the second core mostly idle, even while the worker waits for the
    // child processes many tests start (`vdx` runs, git, npm, the fuzz subset's workers).
    maxWorkers: availableParallelism(),
    projects: [
      {
        // Most of a file's cost was loading TypeScript, ts-morph, ESLint and the
        // vdx sources again in a new process (~0.8 s a file, ~2 min a run). Here a
        // worker keeps what it loaded for the next file. vdx's caches are keyed by
        // what decides their content (program, source file, rule pack, file
        // stamps), as they must be in an editor's long-lived ESLint process, so
        // what one file leaves behind does not change another's results (sharing
        // found one cache that broke this: the rule pack's key left out a missing
        // `extends` folder). `vitest run --sequence.shuffle` checks other orders.
        extends: true,
        test: { name: "shared", include: TESTS, exclude: [...NOT_TESTS, ...ISOLATED], isolate: false },
      },
      { extends: true, test: { name: "isolated", include: ISOLATED, exclude: NOT_TESTS } },
    ],
  },
});
