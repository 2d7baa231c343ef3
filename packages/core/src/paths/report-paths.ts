import { relative, sep } from "node:path";

// Paths as vdx reports and compares them. A leaf module: every layer that names a file uses it,
// so it imports nothing of vdx (it was in program/ and scan/, which made folder cycles).

/** A path with forward slashes (TypeScript reports them on every OS; callers may pass native ones). */
export function posixPath(file: string): string {
  return file.includes("\\") ? file.replace(/\\/g, "/") : file;
}

/** Path of `file` relative to the scan root with forward slashes (what every report shows). */
export function relativeToRoot(root: string, file: string): string {
  const rel = relative(root, file).split(sep).join("/");
  return rel === "" ? "." : rel;
}
