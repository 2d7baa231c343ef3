// The repository's own lint (`pnpm lint`). vdx's code is held to
// typescript-eslint's strictest presets with type information; the example
// projects, which are inputs to vdx, are linted with vdx's own plugin only.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";
import vdx from "@vdx/eslint-plugin";

export default defineConfig(
  globalIgnores([
    "**/dist/",
    "coverage/",
    "bench/out/",
    "packages/core/rules/",
    // Projects vdx scans in tests and benchmarks: deliberately odd, untyped or
    // broken code whose exact shape (and line numbers) the tests measure.
    "**/fixtures/",
    "**/__snapshots__/",
    "test/accuracy/*/*/*",
    "test/parity/projects/",
    "bench/monorepo/",
  ]),
  {
    name: "vdx/typescript",
    files: ["packages/**/*.ts", "test/**/*.ts", "bench/**/*.ts", "*.ts"],
    extends: [js.configs.recommended, tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // Configuration files and the CLI launcher: plain ESM, in no tsconfig.
    name: "vdx/javascript",
    files: ["*.js", "packages/*/bin/*.js"],
    extends: [js.configs.recommended],
    languageOptions: { globals: { console: "readonly", process: "readonly" } },
  },
  {
    // The examples are what vdx finds problems in, so their findings are
    // deliberate: they show as warnings, and `pnpm lint` proves the plugin
    // loads and runs on a real project from a flat config.
    name: "vdx/examples",
    files: ["examples/**/*.ts"],
    extends: [vdx.configs["recommended-type-checked"]],
    languageOptions: { parserOptions: { tsconfigRootDir: import.meta.dirname } },
    rules: Object.fromEntries(Object.keys(vdx.rules).map((name) => [`@vdx/${name}`, "warn"])),
  },
);
