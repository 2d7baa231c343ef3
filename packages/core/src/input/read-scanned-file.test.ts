import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BINARY_SNIFF_BYTES, decodeScannedBytes, readScannedFile } from "./read-scanned-file.js";

const directory = mkdtempSync(join(tmpdir(), "vdx-read-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
function file(name: string, content: string | Uint8Array): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

describe("readScannedFile", () => {
  it("reads UTF-8 text, including non-ASCII", () => {
    expect(readScannedFile(file("a.ts", "const 位置 = 1; // 轨迹\n"))).toEqual({ kind: "text", text: "const 位置 = 1; // 轨迹\n" });
  });
  it("strips a UTF-8 byte-order mark", () => {
    const path = file("bom.json", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}')]));
    expect(readScannedFile(path)).toEqual({ kind: "text", text: '{"a":1}' });
  });
  it("keeps a BOM-like sequence that is not at the start", () => {
    expect(readScannedFile(file("mid.txt", "a\uFEFFb"))).toEqual({ kind: "text", text: "a\uFEFFb" });
  });
  it("reads an empty file as empty text", () => {
    expect(readScannedFile(file("empty.ts", ""))).toEqual({ kind: "text", text: "" });
  });
  it("calls a NUL byte in the first 8 KiB binary", () => {
    expect(readScannedFile(file("img.ts", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])))).toEqual({
      kind: "binary",
      reason: "contains a NUL byte at offset 4",
    });
  });
  it("calls UTF-16 text binary (it is full of NUL bytes)", () => {
    expect(readScannedFile(file("utf16.ts", Buffer.from("\uFEFFhello", "utf16le"))).kind).toBe("binary");
  });
  it("calls invalid UTF-8 in the first 8 KiB binary", () => {
    expect(readScannedFile(file("latin1.ts", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])))).toEqual({
      kind: "binary",
      reason: `not valid UTF-8 in the first ${BINARY_SNIFF_BYTES} bytes`,
    });
  });
  it("does not call text binary when a multi-byte character straddles the 8 KiB boundary", () => {
    const text = "a".repeat(BINARY_SNIFF_BYTES - 1) + "轨迹";
    expect(readScannedFile(file("straddle.ts", text))).toEqual({ kind: "text", text });
  });
  it("only sniffs the head: a NUL after 8 KiB stays text", () => {
    const text = "a".repeat(BINARY_SNIFF_BYTES) + "\u0000";
    expect(readScannedFile(file("late-nul.ts", text)).kind).toBe("text");
  });
  it("refuses files over the limit without reading them", () => {
    expect(readScannedFile(file("big.json", "x".repeat(2048)), { maxBytes: 1024 })).toEqual({
      kind: "too-large",
      reason: "2048 bytes is more than the limit of 1024 bytes",
    });
    expect(readScannedFile(file("exact.json", "x".repeat(1024)), { maxBytes: 1024 }).kind).toBe("text");
  });
  it("reports missing files and directories as unreadable", () => {
    expect(readScannedFile(join(directory, "missing.ts"))).toEqual({ kind: "unreadable", reason: "no such file" });
    mkdirSync(join(directory, "dir.ts"));
    expect(readScannedFile(join(directory, "dir.ts"))).toEqual({ kind: "unreadable", reason: "not a regular file" });
  });
  it.skipIf(process.platform === "win32")("does not block on a FIFO", () => {
    const fifo = join(directory, "pipe.ts");
    execFileSync("mkfifo", [fifo]);
    expect(readScannedFile(fifo)).toEqual({ kind: "unreadable", reason: "not a regular file" });
  });
});

describe("decodeScannedBytes", () => {
  it("replaces invalid bytes after the sniffed head instead of rejecting the file", () => {
    const bytes = Buffer.concat([Buffer.from("a".repeat(BINARY_SNIFF_BYTES)), Buffer.from([0xff])]);
    const result = decodeScannedBytes(bytes);
    expect(result.kind).toBe("text");
    expect(result.kind === "text" && result.text.endsWith("\uFFFD")).toBe(true);
  });
});
