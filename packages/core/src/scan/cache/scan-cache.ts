import { join } from "node:path";
import type { LoadOutcome } from "../../model/diagnostics.js";
import type { Finding } from "../../model/finding.js";
import type { ClassifiedField } from "../../model/schema-field.js";
import type { RulePack } from "../../model/pack.js";
import type { TS } from "../../program/create-scan-program.js";
import { isFileProfile, parseProfile, PROFILE_VERSION, type FileProfile, type ProfileSource } from "../focused/file-profile.js";
import type { ProjectGraph } from "../focused/project-graph.js";
import { readCacheFile, writeCacheFile } from "./cache-file.js";
import { engineFingerprint, hashText } from "./fingerprints.js";
import type { StoredOutput } from "./stored-output.js";

const FORMAT = "vdx-scan-cache/1";
/** Results kept per cache file: the last runs of a few modes (a full scan, a PR check, some shards). */
const MAX_RESULTS = 6;

interface StoredResult {
  key: string;
  /** Files outside the project the analysis read (installed type declarations): path → content hash. */
  external: Map<string, string>;
  output: StoredOutput;
}

/** Confirmed callers of the last TypeScript analysis, valid while the files they depend on are unchanged. */
interface StoredWitnesses {
  /** Content hash of every profiled file when the callers were confirmed. */
  files: Map<string, string>;
  /** The files every file sees, and their hashes, when they were confirmed. */
  globals: string;
  /** `<file>#<offset>` of a function → the file of a confirmed call and the files that call's resolution depends on. */
  calls: Map<string, { caller: string; path: string[] }>;
}

/** A file's TypeScript declarations classified, valid while the file, what it imports and the classification context are unchanged. */
interface StoredClassification {
  key: string;
  fields: ClassifiedField[];
  findings: Finding[];
}

/** Resolved imports of the last run's graph: valid for a file with the same content, when the file list and options are the same. */
interface StoredImports {
  /** Compiler options, environment (installed packages) and the list of profiled files. */
  key: string;
  /** Per file: its content hash and its resolved project imports. */
  files: Map<string, { hash: string; imports: string[] }>;
}

interface Stored {
  format: typeof FORMAT;
  engine: string;
  root: string;
  profiles: Map<string, FileProfile>;
  imports?: StoredImports;
  classifications?: Map<string, StoredClassification>;
  witnesses?: StoredWitnesses;
  results: StoredResult[];
  pack?: { key: string; outcome: LoadOutcome<RulePack> };
}

/**
 * The persistent cache of one scan root (`--cache`): per-file profiles by content hash, the callers a
 * TypeScript analysis confirmed (so a PR check need not load the code that calls a changed function to
 * know it is called), the loaded rule pack, and the results of the last runs by a key of everything
 * they read. Any doubt — another format, another build of vdx, a checksum that does not match, a key
 * that differs in any input — means the entry is not used; a result is never replayed for inputs that
 * could give another one.
 */
export class ScanCache {
  readonly file: string;
  private stored: Stored;
  private dirty = false;
  private readonly usedProfiles = new Set<string>();

  private constructor(file: string, stored: Stored) {
    this.file = file;
    this.stored = stored;
  }

  /** Opens the cache of `root` in `location`; a missing or unusable file starts an empty one (and `note` says why). */
  static open(location: string, root: string, note: (message: string) => void): ScanCache {
    const file = join(location, `scan-${hashText(root).slice(0, 16)}.cache`);
    const empty: Stored = { format: FORMAT, engine: engineFingerprint(), root, profiles: new Map(), results: [] };
    const read = readCacheFile(file);
    if ("ignored" in read) {
      note(`cache ${file}: not used (${read.ignored})`);
      return new ScanCache(file, empty);
    }
    const problem = shapeProblem(read.value, root);
    if (problem !== undefined) {
      note(`cache ${file}: not used (${problem})`);
      return new ScanCache(file, empty);
    }
    return new ScanCache(file, read.value as Stored);
  }

  /** Profiles by content hash: stored ones for unchanged files, the rest parsed now (and stored). */
  profileSource(ts: TS, hashes: ReadonlyMap<string, string>): ProfileSource {
    return (file) => {
      const hash = hashes.get(file);
      if (hash === undefined) return parseProfile(ts, file);
      const key = `${PROFILE_VERSION}:${hash}`;
      this.usedProfiles.add(key);
      let profile = this.stored.profiles.get(key);
      if (!profile) {
        profile = parseProfile(ts, file);
        if (!profile) return undefined;
        this.stored.profiles.set(key, profile);
        this.dirty = true;
      }
      return profile;
    };
  }

  /**
   * Imports resolved by the last run, for a file whose content is unchanged — when the file list,
   * the compiler options and the installed packages (`key`) are the same as then.
   */
  knownImports(key: string, hashes: ReadonlyMap<string, string>): (file: string) => readonly string[] | undefined {
    const stored = this.stored.imports;
    if (stored?.key !== key) return () => undefined;
    return (file) => {
      const entry = stored.files.get(file);
      return entry && entry.hash === hashes.get(file) ? entry.imports : undefined;
    };
  }

  storeImports(key: string, graph: ProjectGraph, hashes: ReadonlyMap<string, string>): void {
    const files = new Map<string, { hash: string; imports: string[] }>();
    for (const [file, imports] of graph.allImports()) {
      const hash = hashes.get(file);
      if (hash !== undefined) files.set(file, { hash, imports });
    }
    this.stored.imports = { key, files };
    this.dirty = true;
  }

  /**
   * Whether the function at `pos` of `file` has a confirmed caller whose confirmation still holds: the
   * function's file, the caller's, every file the call's resolution depends on and every file all files
   * see have the content they had, and the resolution path is the same.
   */
  knownCalled(graph: ProjectGraph, hashes: ReadonlyMap<string, string>): (file: string, pos: number) => boolean {
    const witnesses = this.stored.witnesses;
    if (witnesses?.globals !== globalsSignature(graph, hashes)) return () => false;
    return (file, pos) => {
      const witness = witnesses.calls.get(`${file}#${pos}`);
      if (!witness) return false;
      const path = graph.resolutionPath(witness.caller, file);
      if (path.length !== witness.path.length || path.some((f, i) => f !== witness.path[i])) return false;
      return path.every((f) => hashes.get(f) !== undefined && hashes.get(f) === witnesses.files.get(f));
    };
  }

  /** Records the callers a whole-project TypeScript analysis confirmed, replacing the earlier record. */
  recordWitnesses(calls: readonly { unitFile: string; pos: number; callerFile: string }[], graph: ProjectGraph, hashes: ReadonlyMap<string, string>): void {
    const byUnit = new Map<string, { caller: string; path: string[] }>();
    for (const call of calls) {
      const key = `${call.unitFile}#${call.pos}`;
      if (!byUnit.has(key)) byUnit.set(key, { caller: call.callerFile, path: graph.resolutionPath(call.callerFile, call.unitFile) });
    }
    this.stored.witnesses = { files: new Map(hashes), globals: globalsSignature(graph, hashes), calls: byUnit };
    this.dirty = true;
  }

  /**
   * Classified TypeScript declarations by file: `get` answers for a file whose content, imports (all
   * of them, transitively), the files every file sees, and `context` (rule pack, schema fields) are as
   * they were when it was stored; `put` stores a file's fields and findings under today's key.
   */
  classifications(graph: ProjectGraph, hashes: ReadonlyMap<string, string>, context: string): ClassificationStore {
    const globals = globalsSignature(graph, hashes);
    const keyOf = (file: string) => {
      const closure = [...graph.reaching(file)].sort().map((f) => `${f}=${hashes.get(f) ?? "?"}`);
      return hashText("classification/1", context, globals, ...closure);
    };
    return {
      get: (file) => {
        const entry = this.stored.classifications?.get(file);
        return entry?.key === keyOf(file) ? entry : undefined;
      },
      put: (file, fields, findings) => {
        (this.stored.classifications ??= new Map()).set(file, { key: keyOf(file), fields: [...fields], findings: [...findings] });
        this.dirty = true;
      },
    };
  }

  /** A stored result for `key` whose external files still have the content they had. */
  result(key: string, externalHash: (file: string) => string | undefined): StoredOutput | undefined {
    const entry = this.stored.results.find((r) => r.key === key);
    if (!entry) return undefined;
    for (const [file, hash] of entry.external) if (externalHash(file) !== hash) return undefined;
    return entry.output;
  }

  storeResult(key: string, external: ReadonlyMap<string, string>, output: StoredOutput): void {
    this.stored.results = [{ key, external: new Map(external), output }, ...this.stored.results.filter((r) => r.key !== key)].slice(0, MAX_RESULTS);
    this.dirty = true;
  }

  pack(key: string): LoadOutcome<RulePack> | undefined {
    return this.stored.pack?.key === key ? this.stored.pack.outcome : undefined;
  }

  storePack(key: string, outcome: LoadOutcome<RulePack>): void {
    this.stored.pack = { key, outcome };
    this.dirty = true;
  }

  /** Writes the cache when something changed, keeping only the profiles this run used. */
  save(note: (message: string) => void): void {
    if (!this.dirty) return;
    if (this.usedProfiles.size > 0) {
      for (const key of [...this.stored.profiles.keys()]) if (!this.usedProfiles.has(key)) this.stored.profiles.delete(key);
    }
    try {
      writeCacheFile(this.file, this.stored);
    } catch (error) {
      note(`cache ${this.file}: not written (${error instanceof Error ? error.message : String(error)})`);
    }
  }
}

export interface ClassificationStore {
  get(file: string): { fields: readonly ClassifiedField[]; findings: readonly Finding[] } | undefined;
  put(file: string, fields: readonly ClassifiedField[], findings: readonly Finding[]): void;
}

function globalsSignature(graph: ProjectGraph, hashes: ReadonlyMap<string, string>): string {
  return hashText(...graph.alwaysLoaded().map((file) => `${file}=${hashes.get(file) ?? "?"}`));
}

/** Why a deserialised value is not a cache this build can use, or undefined when it is one. */
function shapeProblem(value: unknown, root: string): string | undefined {
  if (!value || typeof value !== "object") return "not a vdx cache";
  const v = value as Partial<Stored>;
  if (v.format !== FORMAT) return "written by another cache format";
  if (v.engine !== engineFingerprint()) return "written by another build of vdx";
  if (v.root !== root) return "written for another scan root";
  if (!(v.profiles instanceof Map) || !Array.isArray(v.results)) return "its contents are malformed";
  for (const profile of v.profiles.values()) if (!isFileProfile(profile)) return "a file profile is malformed";
  // Results as read back: each is checked before it is trusted.
  const results: readonly (Partial<StoredResult> | null)[] = v.results;
  for (const result of results) {
    if (!result || typeof result.key !== "string" || !(result.external instanceof Map) || !result.output || typeof result.output !== "object")
      return "a stored result is malformed";
  }
  if (v.classifications !== undefined && !(v.classifications instanceof Map)) return "its classifications are malformed";
  if (v.imports !== undefined && (typeof v.imports.key !== "string" || !(v.imports.files instanceof Map))) return "its resolved imports are malformed";
  if (v.witnesses !== undefined && (!(v.witnesses.files instanceof Map) || !(v.witnesses.calls instanceof Map) || typeof v.witnesses.globals !== "string")) {
    return "its confirmed callers are malformed";
  }
  return undefined;
}
