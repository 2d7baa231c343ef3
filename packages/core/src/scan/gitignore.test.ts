import { describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GitignoreStack, parseGitignore } from "./gitignore.js";

const base = "/repo";
const ignored = (text: string, path: string, dir = false) => {
  const rules = parseGitignore(text, base);
  let result = false;
  for (const rule of rules) {
    if (rule.directoryOnly && !dir) continue;
    if (rule.test(path)) result = !rule.negated;
  }
  return result;
};

describe("parseGitignore", () => {
  it("matches unanchored patterns at any depth and anchored ones only at the base", () => {
    expect(ignored("*.log", "a/b/debug.log")).toBe(true);
    expect(ignored("*.log", "debug.txt")).toBe(false);
    expect(ignored("/generated", "generated", true)).toBe(true);
    expect(ignored("/generated", "src/generated", true)).toBe(false);
    expect(ignored("docs/api", "docs/api", true)).toBe(true);
    expect(ignored("docs/api", "x/docs/api", true)).toBe(false);
  });

  it("applies trailing-slash patterns to directories only", () => {
    expect(ignored("out/", "out", true)).toBe(true);
    expect(ignored("out/", "out", false)).toBe(false);
  });

  it("lets a later negation re-include a file", () => {
    expect(ignored("*.json\n!keep.json", "keep.json")).toBe(false);
    expect(ignored("*.json\n!keep.json", "drop.json")).toBe(true);
  });

  it("skips comments and blank lines, and honours escapes and **", () => {
    expect(parseGitignore("# comment\n\n   \n", base)).toHaveLength(0);
    expect(ignored("\\#notes", "#notes")).toBe(true);
    expect(ignored("a/**/z.ts", "a/b/c/z.ts")).toBe(true);
    expect(ignored("a/**/z.ts", "b/a/z.ts")).toBe(false);
  });
});

describe("GitignoreStack", () => {
  it("gives nested .gitignore files precedence over their parents", () => {
    const root = mkdtempSync(join(tmpdir(), "vdx-gitignore-"));
    mkdirSync(join(root, ".git"));
    mkdirSync(join(root, "pkg"));
    writeFileSync(join(root, ".gitignore"), "*.gen.ts\n");
    writeFileSync(join(root, "pkg", ".gitignore"), "!keep.gen.ts\nlocal/\n");
    const top = GitignoreStack.forRoot(root);
    const inner = top.enter(join(root, "pkg"));
    expect(top.isIgnored(join(root, "x.gen.ts"), false)).toBe(true);
    expect(inner.isIgnored(join(root, "pkg", "keep.gen.ts"), false)).toBe(false);
    expect(inner.isIgnored(join(root, "pkg", "other.gen.ts"), false)).toBe(true);
    expect(inner.isIgnored(join(root, "pkg", "local"), true)).toBe(true);
    // The inner file's rules do not reach outside its folder.
    expect(inner.isIgnored(join(root, "local"), true)).toBe(false);
  });

  it("reads .gitignore files from the git top level down to a scanned subfolder", () => {
    const root = mkdtempSync(join(tmpdir(), "vdx-gitignore-"));
    mkdirSync(join(root, ".git"));
    mkdirSync(join(root, "a", "b"), { recursive: true });
    writeFileSync(join(root, ".gitignore"), "secret/\n");
    const stack = GitignoreStack.forRoot(join(root, "a", "b"));
    expect(stack.isIgnored(join(root, "a", "b", "secret"), true)).toBe(true);
  });
});
