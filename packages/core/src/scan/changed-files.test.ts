import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { changedFilesSince } from "./changed-files.js";
import { changedLinesSince } from "./changed-lines.js";

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.email=t@example.invalid", "-c", "user.name=t", "-c", "commit.gpgsign=false", ...args], { cwd, stdio: "pipe" });

describe("changedFilesSince", () => {
  it("lists committed, modified and untracked files since a ref, as absolute paths", () => {
    const repo = mkdtempSync(join(tmpdir(), "vdx-changed-"));
    git(repo, "init", "-q");
    mkdirSync(join(repo, "src"));
    writeFileSync(join(repo, "src", "a.ts"), "a");
    writeFileSync(join(repo, "src", "b.ts"), "b");
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "one");
    git(repo, "tag", "base");
    writeFileSync(join(repo, "src", "a.ts"), "a2");
    git(repo, "commit", "-q", "-am", "two");
    writeFileSync(join(repo, "src", "c.ts"), "new");
    const { files, errors } = changedFilesSince("base", join(repo, "src"));
    expect(errors).toEqual([]);
    expect([...files].sort()).toEqual([join(repo, "src", "a.ts"), join(repo, "src", "c.ts")]);
  });

  it("turns a bad ref or a non-repository into an input error", () => {
    const dir = mkdtempSync(join(tmpdir(), "vdx-changed-"));
    expect(changedFilesSince("main", dir).errors[0]?.message).toMatch(/--changed-since main: git failed/);
    expect(changedFilesSince("--output=x", dir).errors[0]?.message).toMatch(/not a git ref/);
  });
});

describe("changedFilesSince and PR mode's changedLinesSince run no program the repository or the environment configures", () => {
  it("leaves fsmonitor, hooks, filters, diff drivers, external diffs and pagers unrun, from every config source", () => {
    const repo = mkdtempSync(join(tmpdir(), "vdx-changed-evil-"));
    const marks = mkdtempSync(join(tmpdir(), "vdx-changed-marks-"));
    const planted = (name: string): string => `touch '${join(marks, name)}'; cat`;
    git(repo, "init", "-q");
    writeFileSync(join(repo, ".gitattributes"), "clean.ts filter=cleaner diff=conv\nproc.ts filter=proc diff=cmd\n");
    writeFileSync(join(repo, "clean.ts"), "a");
    writeFileSync(join(repo, "proc.ts"), "b");
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "one");
    // Planted after the commit, so committing ran none of them.
    const config: [string, string][] = [
      ["core.fsmonitor", planted("fsmonitor")],
      ["filter.cleaner.clean", planted("filter-clean")],
      ["filter.cleaner.smudge", planted("filter-smudge")],
      ["filter.cleaner.required", "true"],
      ["filter.proc.process", planted("filter-process")],
      ["diff.conv.textconv", planted("textconv")],
      ["diff.cmd.command", planted("diff-command")],
      ["diff.external", planted("diff-external")],
      ["core.pager", planted("pager")],
      ["pager.diff", planted("pager-diff")],
    ];
    for (const [key, value] of config) git(repo, "config", key, value);
    const hooks = join(repo, ".git", "hooks");
    const otherHooks = mkdtempSync(join(tmpdir(), "vdx-changed-hooks-"));
    for (const [dir, prefix] of [
      [hooks, "hook"],
      [otherHooks, "hookspath"],
    ] as const) {
      mkdirSync(dir, { recursive: true });
      for (const hook of ["post-index-change", "fsmonitor-watchman", "reference-transaction", "post-checkout", "pre-commit"]) {
        writeFileSync(join(dir, hook), `#!/bin/sh\ntouch '${join(marks, `${prefix}-${hook}`)}'\n`, { mode: 0o755 });
      }
    }
    // The user's global config and git variables are just as able to name programs.
    const globalConfig = join(mkdtempSync(join(tmpdir(), "vdx-changed-global-")), ".gitconfig");
    writeFileSync(globalConfig, `[core]\n\tfsmonitor = ${planted("global-fsmonitor")}\n\thooksPath = ${otherHooks}\n`);
    writeFileSync(join(repo, "clean.ts"), "a changed");
    writeFileSync(join(repo, "proc.ts"), "b changed");
    writeFileSync(join(repo, "new.ts"), "new");

    const saved = { ...process.env };
    Object.assign(process.env, {
      GIT_CONFIG_GLOBAL: globalConfig,
      GIT_EXTERNAL_DIFF: planted("env-external-diff"),
      GIT_PAGER: planted("env-pager"),
      GIT_CONFIG_COUNT: "1",
      GIT_CONFIG_KEY_0: "core.fsmonitor",
      GIT_CONFIG_VALUE_0: planted("env-config-fsmonitor"),
    });
    let result: ReturnType<typeof changedFilesSince>;
    let lines: ReturnType<typeof changedLinesSince>;
    try {
      result = changedFilesSince("HEAD", repo);
      lines = changedLinesSince("HEAD", repo);
    } finally {
      for (const name of Object.keys(process.env)) if (!(name in saved)) Reflect.deleteProperty(process.env, name);
      Object.assign(process.env, saved);
    }
    expect(result.errors).toEqual([]);
    expect([...result.files].sort()).toEqual(["clean.ts", "new.ts", "proc.ts"].map((f) => join(repo, f)));
    expect(lines.errors).toEqual([]);
    expect([...lines.changes.files.keys()].sort()).toEqual(["clean.ts", "new.ts", "proc.ts"].map((f) => join(repo, f)));
    expect(readdirSync(marks)).toEqual([]);
  });
});
