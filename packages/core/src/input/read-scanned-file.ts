import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import type { ReadScope } from "../model/read-scope.js";

/**
 * Reading a file vdx was asked to look at, without trusting it: a binary file
 * named `*.ts`, a 2 GB generated JSON, a device (`/dev/zero` reports size 0
 * and never ends), a FIFO, a link out of the scan root or a file that vanished
 * between listing and reading must become a reportable outcome, never a crash,
 * a hang or unbounded memory. The one way vdx reads an input file: scanned
 * sources and schemas, `$ref`s, imports and includes, config, registry,
 * baseline and rule-pack files.
 */

const DEFAULT_MAX_SCANNED_BYTES = 5 * 1024 * 1024;
/** How much of the head decides "binary", like git and most editors do. */
export const BINARY_SNIFF_BYTES = 8 * 1024;

export type ScannedFile = { kind: "text"; text: string } | { kind: "binary" | "too-large" | "unreadable" | "outside"; reason: string };

export interface ReadScannedFileOptions {
  /** Files larger than this are not read (`too-large`). Default 5 MiB. */
  maxBytes?: number;
  /** Where the file must lie once symbolic links are resolved (`outside` otherwise). Default: anywhere. */
  within?: ReadScope;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function readScannedFile(path: string, options: ReadScannedFileOptions = {}): ScannedFile {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_SCANNED_BYTES;
  let descriptor: number | undefined;
  try {
    if (options.within && !options.within.contains(path)) return { kind: "outside", reason: OUTSIDE_REASON };
    // stat before open: opening a FIFO or device would block or never end.
    if (!statSync(path).isFile()) return { kind: "unreadable", reason: "not a regular file" };
    descriptor = openSync(path, "r");
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) return { kind: "unreadable", reason: "not a regular file" };
    if (stats.size > maxBytes) return { kind: "too-large", reason: tooLarge(stats.size, maxBytes) };
    // Read at most maxBytes + 1 so a file that grew after fstat is still caught.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const read = readSync(descriptor, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length === buffer.length) break;
    }
    if (length > maxBytes) return { kind: "too-large", reason: tooLarge(length, maxBytes) };
    return decodeScannedBytes(buffer.subarray(0, length));
  } catch (error) {
    return { kind: "unreadable", reason: describeError(error) };
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** Text of `bytes`, or why they are not text. Exported for content that does not come from a file. */
export function decodeScannedBytes(bytes: Uint8Array): ScannedFile {
  const head = bytes.subarray(0, BINARY_SNIFF_BYTES);
  const nul = head.indexOf(0);
  if (nul !== -1) return { kind: "binary", reason: `contains a NUL byte at offset ${nul}` };
  try {
    // stream: true tolerates a multi-byte character cut by the 8 KiB boundary.
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
  } catch {
    return { kind: "binary", reason: `not valid UTF-8 in the first ${BINARY_SNIFF_BYTES} bytes` };
  }
  const hasBom = bytes.length >= 3 && UTF8_BOM.every((b, i) => bytes[i] === b);
  // Beyond the sniffed head, a stray invalid byte becomes U+FFFD rather than rejecting a large text file.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(hasBom ? bytes.subarray(3) : bytes);
  return { kind: "text", text };
}

export const OUTSIDE_REASON = "it lies outside the scan root (allow its folder with `allowRead` in the config)";

/** Why a file was not read, as the end of a sentence ("… cannot be scanned: <why>"). */
export function describeReadFailure(read: Exclude<ScannedFile, { kind: "text" }>): string {
  switch (read.kind) {
    case "too-large":
      return `too large (${read.reason})`;
    case "binary":
      return `not a text file (${read.reason})`;
    case "outside":
      return read.reason;
    case "unreadable":
      return read.reason;
  }
}

function tooLarge(size: number, maxBytes: number): string {
  return `${size} bytes is more than the limit of ${maxBytes} bytes`;
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return error instanceof Error ? error.message : String(error);
}
