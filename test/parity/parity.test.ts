import { existsSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { collectFiles, groupByKind, scan, type Finding, type RulePack } from "@vdx/core";
import vdx from "@vdx/eslint-plugin";

/**
 * Parity: on every example project (and the flow accuracy corpus), ESLint with
 * `recommended-type-checked` and `vdx scan` report the same set of
 * (rule, file, line, categories) for TypeScript files. The editor and CI must
 * never disagree about what leaves the country.
 */
const repo = fileURLToPath(new URL("../../", import.meta.url));
const AS_OF = "2026-06-01";
const TS_FILE = /\.(?:[cm]?tsx?)$/;

/** CLI rule id → ESLint rule name, read from each rule's `meta.docs.vdxRuleId` (listed once, in the rule). */
const eslintRuleFor = new Map<string, string>(
  Object.entries(vdx.rules).map(([name, rule]) => [rule.meta.docs?.vdxRuleId ?? name, `@vdx/${name}`]),
);
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

const projects = [...projectsUnder("examples"), ...projectsUnder("test/accuracy/flow")];

/** The categories a finding is about: exported ids, suggested ids, or the unknown id. */
function cliCategories(finding: Finding): string[] {
  if (finding.export) return [...finding.export.categories];
  if (finding.ruleId === "unknown-category") return [/"([^"]*)"/.exec(finding.message)?.[1] ?? "?"];
  return [...(finding.suggestions ?? [])];
}

/** The same, read back from the ESLint message (category ids are written in it, in a fixed place). */
function eslintCategories(rule: string, message: string, pack: RulePack): string[] {
  if (rule === "unknown-category") return [/"([^"]*)"/.exec(message)?.[1] ?? "?"];
  // Export messages open with the core's sentence "<ids> (<fields>) reaches …"; require-classification lists ids in parentheses.
  const scope = rule === "unclassified-signal" ? message : message.split(" (")[0] ?? message;
  return [...pack.categories.keys()].filter((id) => new RegExp(`(?<![\\w.-])${id.replace(/\./g, "\\.")}(?![\\w.-])`).test(scope));
}

const key = (rule: string, file: string, line: number, categories: string[]) =>
  `${rule} ${file}:${line} [${[...new Set(categories)].sort().join(",")}]`;

describe.skipIf(projects.length === 0)("ESLint ↔ CLI parity", () => {
  let total = 0;

  it.each(projects.map((p) => [relative(repo, p), p]))("%s", async (_name, root) => {
    const result = await scan({ paths: [root], cwd: root, asOf: AS_OF });
    expect(result.errors).toEqual([]);
    const rel = (file: string) => relative(result.root, file).split(sep).join("/");

    const cli = result.findings
      .filter((f) => TS_FILE.test(f.location.file) && eslintRuleFor.has(f.ruleId))
      .map((f) => key(f.ruleId, rel(f.location.file), f.location.line, cliCategories(f)));

    const files = groupByKind(
      collectFiles({ root: result.root, paths: [result.root], include: result.config.include, exclude: result.config.exclude }),
    ).typescript.filter((f) => TS_FILE.test(f));
    const eslint = new ESLint({
      cwd: result.root,
      overrideConfigFile: true,
      overrideConfig: [
        vdx.configs["recommended-type-checked"],
        { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: result.root } }, settings: { vdx: { asOf: AS_OF } } },
      ],
    });
    const lint = await eslint.lintFiles(files);
    const fatal = lint.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${rel(r.filePath)}:${m.line}: ${m.message}`));
    expect(fatal).toEqual([]);
    const fromEslint = lint.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId !== null && cliRuleFor.has(m.ruleId))
        .map((m) => {
          const rule = cliRuleFor.get(m.ruleId!)!;
          return key(rule, rel(r.filePath), m.line, eslintCategories(rule, m.message, result.pack));
        }),
    );

    expect([...new Set(fromEslint)].sort()).toEqual([...new Set(cli)].sort());
    total += cli.length;
    if (process.env.VDX_PARITY_DEBUG) console.log(relative(repo, root), cli.length, cli.slice(0, 3));
  });

  it("compares something: the projects have TypeScript findings", () => {
    expect(total).toBeGreaterThan(0);
  });
});
