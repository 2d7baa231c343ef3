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
    rules: {
      // Numbers in messages and paths are what template literals are for; a
      // possibly-undefined string is still reported.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true, allowBoolean: true }],
      // `_name` marks a binding kept for its position (a tuple, a signature) or
      // dropped from a rest object on purpose.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // vdx escapes control characters in terminal output and uses NUL as a
      // separator no path or host can contain: matching them is the point.
      "no-control-regex": "off",
      // An empty string is as absent as no string (a config's `assessments: ""`).
      "@typescript-eslint/prefer-nullish-coalescing": ["error", { ignorePrimitives: { string: true } }],
      // `() => fn()` as a callback that returns nothing is the house idiom.
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      // Disabled because their fixes would rewrite large parts of the tree:
      // - no-non-null-assertion (≈600 sites): under `noUncheckedIndexedAccess`
      //   the code asserts `xs[i]!` where a loop bound or a preceding check
      //   proves the element exists; each would need a restructured loop.
      "@typescript-eslint/no-non-null-assertion": "off",
      // - unbound-method: the analysis factories return objects of closures
      //   (no `this`) declared with method syntax in their interfaces, and
      //   callers destructure them; the rule cannot see that no `this` is used.
      "@typescript-eslint/unbound-method": "off",
    },
  },
  {
    // no-unnecessary-condition is on everywhere else. In these folders most of
    // its reports are guards on `node.parent` of TypeScript and ESTree nodes,
    // which the declared types call present but which is absent at the root
    // (a SourceFile, a Program) and on detached nodes; each needs a judgement
    // of whether the type or the guard is wrong (92 sites: flow/ 52, remote/
    // 15, eslint-plugin 14, schema/typescript 9, program 2). Remove a folder
    // from this list when its sites are fixed.
    name: "vdx/ast-parent-guards",
    files: [
      "packages/core/src/flow/**/*.ts",
      "packages/core/src/remote/**/*.ts",
      "packages/core/src/schema/typescript/**/*.ts",
      "packages/core/src/program/**/*.ts",
      "packages/eslint-plugin/src/**/*.ts",
    ],
    rules: { "@typescript-eslint/no-unnecessary-condition": "off" },
  },
  {
    // The plugin compares ESTree `node.type` with string literals (ESLint's
    // contract), not with typescript-eslint's AST_NODE_TYPES enum, which
    // would make the enum a runtime dependency of every rule file.
    name: "vdx/eslint-plugin",
    files: ["packages/eslint-plugin/**/*.ts"],
    rules: { "@typescript-eslint/no-unsafe-enum-comparison": "off" },
  },
  {
    // Tests and bench scripts read vdx's own JSON and SARIF output back with
    // `JSON.parse` and assert on it; the assertion is the check, so values
    // typed `any` by the parse may be read and printed without declaring the
    // whole report shape first.
    name: "vdx/tests",
    files: ["test/**/*.ts", "bench/**/*.ts", "packages/*/test/**/*.ts", "**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        { allowNumber: true, allowBoolean: true, allowNullish: true, allowAny: true, allowRegExp: true },
      ],
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
    // Generated protobuf code in the examples carries `/* eslint-disable */`.
    linterOptions: { reportUnusedDisableDirectives: "off" },
    rules: Object.fromEntries(Object.keys(vdx.rules).map((name) => [`@vdx/${name}`, "warn"])),
  },
);
