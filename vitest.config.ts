import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

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
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "test/**/*.test.ts", "rules/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**", "**/fixtures/**"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
