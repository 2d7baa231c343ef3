import { isAbsolute, relative } from "node:path";

/**
 * A file vdx could not write (or read) for a reason of the file system: a
 * folder where a report should go, a full disk, no permission. The CLI prints
 * it in the documented `file:line:column: message` form, never as an internal error.
 */
export class FileAccessError extends Error {
  constructor(
    readonly file: string,
    readonly action: "write" | "read",
    readonly code: string | undefined,
    cause: unknown,
  ) {
    super(`cannot ${action} ${file}: ${describeCode(code, cause)}`, { cause });
    this.name = "FileAccessError";
  }

  /** `out/report.sarif:1:1: cannot write the file: no space left on the device`, the path relative to `cwd` when below it. */
  line(cwd: string): string {
    const rel = relative(cwd, this.file);
    const shown = rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split("\\").join("/") : this.file;
    return `${shown}:1:1: cannot ${this.action} the file: ${describeCode(this.code, this.cause)}`;
  }
}

const REASONS: Record<string, string> = {
  EISDIR: "it is a directory",
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is exhausted",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOENT: "no such file or directory",
  ENOTDIR: "a part of the path is not a directory",
  EEXIST: "a file of that name is in the way",
  EFBIG: "the file would be too large",
  EIO: "an input/output error occurred",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "the name is too long",
  EBUSY: "the file is busy",
  EMFILE: "too many open files",
};

/** Why a file-system call failed, as the CLI words it (`no space left on the device (ENOSPC)`). */
export function describeCode(code: string | undefined, cause: unknown): string {
  if (code !== undefined && REASONS[code]) return `${REASONS[code]} (${code})`;
  return cause instanceof Error ? cause.message : String(cause);
}
