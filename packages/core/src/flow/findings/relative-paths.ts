import { relative } from "node:path";
import { relativeToRoot } from "../../paths/report-paths.js";

/**
 * Every finding names its files relative to the root (in its details and its
 * fingerprint), the same few files over and over, and `path.relative` resolves
 * both paths each time: an editor pays that on every re-lint. Answers are kept
 * per root; paths are strings, so the answer for a (root, file) pair never changes.
 */
const fingerprintPaths = new Map<string, Map<string, string>>();
const displayPaths = new Map<string, Map<string, string>>();

/** Bounds each root's table in a process that lives for hours (files come and go). */
const MAX_FILES_PER_ROOT = 50_000;

/** `relativeToRoot(root, file)` (forward slashes, "." for the root itself), remembered. */
export function fingerprintPath(root: string, file: string): string {
  return remembered(fingerprintPaths, root, file, () => relativeToRoot(root, file));
}

/** `path.relative(root, file)`, or the file itself when that is empty (how the details name a location). */
export function displayPath(root: string, file: string): string {
  return remembered(displayPaths, root, file, () => relative(root, file) || file);
}

function remembered(table: Map<string, Map<string, string>>, root: string, file: string, compute: () => string): string {
  let byFile = table.get(root);
  if (!byFile) table.set(root, (byFile = new Map<string, string>()));
  let answer = byFile.get(file);
  if (answer === undefined) {
    answer = compute();
    if (byFile.size >= MAX_FILES_PER_ROOT) byFile.clear();
    byFile.set(file, answer);
  }
  return answer;
}
