import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { collectFiles, groupByKind, scan, type Finding } from "@vdx/core";
import vdx, { reportedFindings } from "@vdx/eslint-plugin";

/**
 * Parity: on every example project (and the flow and remote accuracy corpora, and the code-shape
 * fixtures), ESLint with `recommended-type-checked` and `vdx scan` report the same set of
 * (rule, file, line, categories) for TypeScript and JavaScript files. The editor and CI must
 * never disagree about what leaves the country — neither in one lint of the
 * whole project (CI) nor file by file after edits (the editor).
 */
const repo = fileURLToPath(new URL("../../", import.meta.url));
const AS_OF = "2026-06-01";
const TS_FILE = /\.(?:[cm]?tsx?)$/;
const JS_FILE = /\.(?:[cm]?jsx?)$/;
const JS_GLOBS = ["**/*.js", "**/*.jsx", "**/*.mjs", "**/*.cjs"];

/** CLI rule id → ESLint rule name, read from each rule's `meta.docs.vdxRuleId` (listed once, in the rule). */
const eslintRuleFor = new Map<string, string>(Object.entries(vdx.rules).map(([name, rule]) => [rule.meta.docs?.vdxRuleId ?? name, `@vdx/${name}`]));
const cliRuleFor = new Map([...eslintRuleFor].map(([cli, eslint]) => [eslint, cli]));

function projectsUnder(folder: string): string[] {
  const base = join(repo, folder);
  if (!existsSync(base)) return [];
  const projects: string[] = [];
  const visit = (directory: string, depth: number) => {
    if (existsSync(join(directory, "vdx.config.yaml")) || existsSync(join(directory, "vdx.config.json"))) {
      projects.push(directory);
      return;
    }
    if (depth === 0) return;
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== "node_modules") visit(join(directory, entry.name), depth - 1);
    }
  };
  visit(base, 2);
  return projects.sort();
}

const projects = [
  ...projectsUnder("examples"),
  ...projectsUnder("test/accuracy/flow"),
  ...projectsUnder("test/accuracy/remote"),
  ...projectsUnder("test/accuracy/holdout"),
  ...projectsUnder("test/accuracy/code-shapes"),
  ...projectsUnder("test/parity/projects"),
];

/**
 * A project whose JS files are in the program, so ESLint lints them with types too: its tsconfig allows
 * JavaScript, or it has none (the scan then builds the program from the scanned files, JavaScript included).
 */
function allowsJs(root: string): boolean {
  const tsconfig = join(root, "tsconfig.json");
  return !existsSync(tsconfig) || /"allowJs"\s*:\s*true/.test(readFileSync(tsconfig, "utf8"));
}

/**
 * The category ids a finding is about, from its data: the exported
 * categories, or the suggested ids (`unclassified-signal` candidates, the
 * did-you-mean of an `unknown-category`, whose unknown id itself is only
 * written in the sentence).
 */
function categoriesOf(finding: Finding): string[] {
  return [...(finding.export?.categories ?? finding.suggestions ?? [])];
}

/**
 * Type information for ESLint as the user would configure it: the project's
 * tsconfig through the project service; for a project without one (the CLI
 * then builds its program from the scanned files with permissive options),
 * a tsconfig listing those files with the same options.
 */
function typedParserOptions(root: string, files: readonly string[]): Record<string, unknown> {
  // An editor session, not a one-shot CLI lint: typescript-eslint otherwise infers "single run" from CI=true and
  // never updates its program, so the edited buffers re-linted below would not be in it.
  const editor = { disallowAutomaticSingleRunInference: true };
  if (existsSync(join(root, "tsconfig.json"))) return { ...editor, projectService: true, tsconfigRootDir: root };
  const tsconfig = join(mkdtempSync(join(tmpdir(), "vdx-parity-")), "tsconfig.json");
  const compilerOptions = {
    allowJs: true,
    checkJs: false,
    noEmit: true,
    target: "ES2022",
    module: "ESNext",
    moduleResolution: "Bundler",
    jsx: "preserve",
    strict: true,
    skipLibCheck: true,
    esModuleInterop: true,
    resolveJsonModule: true,
  };
  writeFileSync(tsconfig, JSON.stringify({ compilerOptions, files }));
  return { ...editor, projectService: false, project: tsconfig, tsconfigRootDir: root };
}

/**
 * What must agree: rule, file, line, categories — and the finding's
 * line-free fingerprint (baselines and SARIF `partialFingerprints` use it;
 * it holds the file relative to the config root, so both front ends must
 * scan from the same root).
 */
const key = (rule: string, file: string, line: number, finding: Finding | undefined, message?: string) =>
  finding
    ? `${rule} ${file}:${line} [${[...new Set(categoriesOf(finding))].sort().join(",")}] ${finding.fingerprint}`
    : `${rule} ${file}:${line} (no finding recorded: ${message ?? "?"})`;

describe.skipIf(projects.length === 0)("ESLint ↔ CLI parity", () => {
  let total = 0;

  it.each(projects.map((p) => [relative(repo, p), p]))("%s", async (_name, root) => {
    const result = await scan({ paths: [root], cwd: root, asOf: AS_OF });
    expect(result.errors).toEqual([]);
    const rel = (file: string) => relative(result.root, file).split(sep).join("/");

    const linted = (file: string) => TS_FILE.test(file) || (allowsJs(root) && JS_FILE.test(file));
    const cli = result.findings
      .filter((f) => linted(f.location.file) && eslintRuleFor.has(f.ruleId))
      .map((f) => key(f.ruleId, rel(f.location.file), f.location.line, f));

    const files = groupByKind(
      collectFiles({ root: result.root, paths: [result.root], include: result.config.include, exclude: result.config.exclude }),
    ).typescript.filter(linted);
    const eslint = new ESLint({
      cwd: result.root,
      overrideConfigFile: true,
      overrideConfig: [
        vdx.configs["recommended-type-checked"],
        ...(allowsJs(root) ? [{ ...vdx.configs["recommended-type-checked"], files: JS_GLOBS }] : []),
        { languageOptions: { parserOptions: typedParserOptions(result.root, files) }, settings: { vdx: { asOf: AS_OF } } },
        // Generated clients open with `/* eslint-disable */` (OpenAPI Generator does): parity compares what
        // the two front ends find, not what a user's inline comments suppress.
        { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: "off" } },
      ],
    });
    const lint = await eslint.lintFiles(files);
    const fatal = lint.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${rel(r.filePath)}:${m.line}: ${m.message}`));
    expect(fatal).toEqual([]);
    const keysOf = (r: ESLint.LintResult) => {
      // Each vdx message is matched to the core finding the plugin built it from (rule, line, column).
      const reported = [...reportedFindings(r.filePath)];
      return r.messages
        .filter((m) => m.ruleId !== null && cliRuleFor.has(m.ruleId))
        .map((m) => {
          const at = reported.findIndex((f) => f.rule === m.ruleId && f.line === m.line && f.column === m.column);
          const finding = at >= 0 ? reported.splice(at, 1)[0]!.finding : undefined;
          return key(cliRuleFor.get(m.ruleId!)!, rel(r.filePath), m.line, finding, m.message);
        });
    };
    const fromEslint = lint.flatMap(keysOf);
    expect([...new Set(fromEslint)].sort()).toEqual([...new Set(cli)].sort());

    // As in an editor: the same warm instance re-lints each file after an edit (a new program state, in which
    // the plugin reuses what it knows of the unchanged files); every file still gets the CLI's findings.
    const afterEdits: string[] = [];
    for (const file of files) {
      const [edited] = await eslint.lintText(`${readFileSync(file, "utf8")}\n// edited\n`, { filePath: file });
      afterEdits.push(...keysOf(edited!));
    }
    expect([...new Set(afterEdits)].sort()).toEqual([...new Set(cli)].sort());
    total += cli.length;
    if (process.env.VDX_PARITY_DEBUG) console.log(relative(repo, root), cli.length, cli.slice(0, 3));
  });

  it("compares something: the projects have TypeScript findings", () => {
    expect(total).toBeGreaterThan(0);
  });
});
