import { closeSync, fchmodSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync, type Stats } from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { describeCode } from "../file-error.js";

/** One file to write: an absolute path and its whole content. */
export interface OutputFile {
  path: string;
  text: string;
}

/** Why an output was not written (nothing was: see `writeOutputs`); `message` starts "cannot write the file: ". */
export interface OutputProblem {
  path: string;
  message: string;
}

export interface WriteOutputsOptions {
  /**
   * Why the existing regular file at `path` must not be replaced ("it is one of the run's inputs"), or
   * undefined when it may be. Asked only for outputs that exist, after links, folders and devices were refused.
   */
  refuse?(path: string, stats: Stats): string | undefined;
}

/**
 * Writes every file or none, each atomically. A report that CI reads must never be half a report, a
 * link's target, or one of the inputs it was computed from:
 *
 * 1. every target is checked before anything is written: a symbolic link is refused (never followed: a
 *    link committed in the scanned repository could point anywhere), as are folders, devices, pipes and
 *    what `options.refuse` names;
 * 2. each text goes to a new temporary file beside its target (same folder, so the same file system),
 *    created exclusively and flushed to disk; a full disk or a permission problem stops here, the
 *    temporary files are removed and no target has changed;
 * 3. the temporary files are renamed over their targets (rename replaces a link itself, never its target).
 *    Should a rename fail, the targets already replaced get their previous content back.
 *
 * Parent folders are created. Returns the problems, empty when every file was written.
 */
export function writeOutputs(files: readonly OutputFile[], options: WriteOutputsOptions = {}): OutputProblem[] {
  const checked: { file: OutputFile; existing: Stats | undefined }[] = [];
  const problems: OutputProblem[] = [];
  for (const file of files) {
    const outcome = checkTarget(file.path, options);
    if (typeof outcome === "string") problems.push({ path: file.path, message: `cannot write the file: ${outcome}` });
    else checked.push({ file, existing: outcome.existing });
  }
  if (problems.length > 0) return problems;

  const staged: Staged[] = [];
  for (const { file, existing } of checked) {
    try {
      staged.push(stage(file, existing));
    } catch (error) {
      for (const done of staged) removeQuietly(done.temp);
      return [{ path: file.path, message: `cannot write the file: ${describeError(error)}` }];
    }
  }
  return commit(staged);
}

interface Staged {
  path: string;
  temp: string;
  existed: boolean;
}

function checkTarget(path: string, options: WriteOutputsOptions): string | { existing: Stats | undefined } {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { existing: undefined };
    return describeError(error);
  }
  if (stats.isSymbolicLink()) return "it is a symbolic link, and vdx never writes through one (remove it or name another file)";
  if (stats.isDirectory()) return describeCode("EISDIR", undefined);
  if (!stats.isFile()) return "it is a device, FIFO or socket, not a regular file (leave out --output to write to stdout)";
  const refused = options.refuse?.(path, stats);
  return refused ?? { existing: stats };
}

function stage(file: OutputFile, existing: Stats | undefined): Staged {
  const folder = dirname(file.path);
  mkdirSync(folder, { recursive: true });
  const temp = join(folder, `.${basename(file.path)}.${randomBytes(6).toString("hex")}.vdx-tmp`);
  // `wx`: created here and now, never an existing file or a link someone placed at that name.
  const fd = openSync(temp, "wx", existing ? existing.mode & 0o777 : 0o666);
  try {
    // A replaced report keeps its permissions (the umask narrowed them at creation).
    if (existing) fchmodSync(fd, existing.mode & 0o777);
    const bytes = Buffer.from(file.text, "utf8");
    for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    removeQuietly(temp);
    throw error;
  }
  closeSync(fd);
  return { path: file.path, temp, existed: existing !== undefined };
}

/** Renames every staged file over its target; on a failure, puts back what was replaced before it. */
function commit(staged: readonly Staged[]): OutputProblem[] {
  // A second name for each existing target keeps its content until every rename has succeeded.
  const backups = staged.map((entry) => (entry.existed ? linkQuietly(entry.path, `${entry.temp}.previous`) : undefined));
  for (let i = 0; i < staged.length; i++) {
    const entry = staged[i]!;
    try {
      renameSync(entry.temp, entry.path);
    } catch (error) {
      for (let j = 0; j < i; j++) {
        const backup = backups[j];
        if (backup) renameQuietly(backup, staged[j]!.path);
        else if (!staged[j]!.existed) removeQuietly(staged[j]!.path);
      }
      for (let j = i; j < staged.length; j++) removeQuietly(staged[j]!.temp);
      for (const backup of backups.slice(i)) if (backup) removeQuietly(backup);
      return [{ path: entry.path, message: `cannot write the file: ${describeError(error)}` }];
    }
  }
  for (const backup of backups) if (backup) removeQuietly(backup);
  return [];
}

function linkQuietly(existing: string, name: string): string | undefined {
  try {
    linkSync(existing, name);
    return name;
  } catch {
    return undefined; // a file system without hard links: no way back, which only matters if a later rename fails
  }
}

function renameQuietly(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    // Nothing more can be done; the rename error that led here is reported.
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

function describeError(error: unknown): string {
  return describeCode((error as NodeJS.ErrnoException | undefined)?.code, error);
}
