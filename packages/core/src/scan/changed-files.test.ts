import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { changedFilesSince } from "./changed-files.js";

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
