import { describe, expect, it } from "vitest";
import { matchPattern, parseMemberPath, type MemberPattern, type PathStep } from "@vdx/core/internals";

function pattern(text: string): MemberPattern {
  const parsed = parseMemberPath(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.pattern;
}

/** `a.b().c()` → steps with call nodes numbered in order. */
function steps(text: string): PathStep<number>[] {
  const result: PathStep<number>[] = [];
  let calls = 0;
  for (const part of text.match(/new\(\)|\.?[A-Za-z_$][\w$]*|\(\)/g) ?? []) {
    if (part === "()") result.push({ kind: "call", node: calls++, construct: false });
    else if (part === "new()") result.push({ kind: "call", node: calls++, construct: true });
    else result.push({ kind: "member", name: part.replace(/^\./, "") });
  }
  return result;
}

describe("member access paths", () => {
  it("matches members, calls, instances and the implied sink call, binding call nodes", () => {
    expect(matchPattern(pattern("default.create().post"), steps("create().post()"))).toEqual([0, 1]);
    expect(matchPattern(pattern("default.create().post"), steps("default.create().post()"))).toEqual([0, 1]);
    expect(matchPattern(pattern("S3Client#send"), steps("S3Client new() .send()"))).toEqual([0, 1]);
    expect(matchPattern(pattern("S3Client#send"), steps("S3Client new() .get()"))).toBeUndefined();
    expect(matchPattern(pattern("new:Upload"), steps("Upload new()"))).toEqual([0]);
    expect(matchPattern(pattern("new:Upload"), steps("Upload()"))).toBeUndefined();
  });

  it("supports name lists, wildcards and any-step sequences", () => {
    expect(matchPattern(pattern("{connect,connectAsync}().{publish,publishAsync}"), steps("connectAsync().publishAsync()"))).toEqual([0, 1]);
    expect(matchPattern(pattern("loadPackageDefinition().**#*"), steps("loadPackageDefinition().a.b.C new() .upload()"))).toEqual([0, 1, 2]);
    expect(matchPattern(pattern("loadPackageDefinition().**#*"), steps("loadPackageDefinition().upload()"))).toBeUndefined();
    expect(matchPattern(pattern("default.{post,put}().**.send"), steps("post().set().query().send()"))).toEqual([0, 3]);
    expect(matchPattern(pattern("default.{post,put}().**.send"), steps("post().send()"))).toEqual([0, 1]);
  });

  it("treats a leading default as optional, on either side", () => {
    expect(matchPattern(pattern("{default,io}().emit"), steps("io().emit()"))).toEqual([0, 1]);
    expect(matchPattern(pattern("{default,io}().emit"), steps("default().emit()"))).toEqual([0, 1]);
    expect(matchPattern(pattern("{default,io}().emit"), steps("().emit()"))).toEqual([0, 1]);
    expect(matchPattern(pattern("default"), steps("()"))).toEqual([0]);
    expect(matchPattern(pattern("connect().publish"), steps("default.connect().publish()"))).toEqual([0, 1]);
  });

  it("reports syntax errors", () => {
    for (const bad of ["", "a..b", "a.", "#a", "a b", "{a,}", "a(", "new:"]) {
      expect(parseMemberPath(bad).ok, bad).toBe(false);
    }
  });
});
