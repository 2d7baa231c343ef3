import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, basename } from "node:path";
import { deserialize, serialize } from "node:v8";

/**
 * The cache's bytes on disk: a fixed header, the SHA-256 of the body, then the body (a V8 serialisation,
 * which keeps `Map`s and `undefined` exactly, so a replayed result is the same object graph the analysis
 * produced). A file that is cut short, altered or written by another format is never trusted: reading
 * it says why it was ignored, and the run goes on without it.
 */
const MAGIC = Buffer.from("VDXCACHE\n1\n", "latin1");
const DIGEST_BYTES = 32;

export type CacheRead = { value: unknown } | { ignored: string };

export function readCacheFile(file: string): CacheRead {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ignored: code === "ENOENT" ? "no cache yet" : `cannot read it (${code ?? String(error)})` };
  }
  if (bytes.length < MAGIC.length + DIGEST_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return { ignored: "not a vdx cache of this format" };
  const digest = bytes.subarray(MAGIC.length, MAGIC.length + DIGEST_BYTES);
  const body = bytes.subarray(MAGIC.length + DIGEST_BYTES);
  if (!createHash("sha256").update(body).digest().equals(digest)) return { ignored: "its checksum does not match (truncated or altered)" };
  try {
    return { value: deserialize(body) };
  } catch (error) {
    return { ignored: `its contents cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
}

/**
 * Writes the cache next to its final name and renames it into place, so a reader sees the old file or
 * the new one, never half of one (two CI jobs sharing a cache folder included).
 */
export function writeCacheFile(file: string, value: unknown): void {
  const body = serialize(value);
  const digest = createHash("sha256").update(body).digest();
  mkdirSync(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, Buffer.concat([MAGIC, digest, body]));
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
