import { existsSync } from "node:fs";
import path from "node:path";

const PROJECT_MARKERS = ["tsconfig.json", "package.json"];

/**
 * Where paths of a file are made relative when the caller names no scan root:
 * the nearest folder above it holding a `tsconfig.json` or `package.json`
 * (the file's own folder when there is none, e.g. an in-memory file). Unlike
 * the process's working directory, this is the same wherever vdx or ESLint is
 * started from, so fingerprints and `generated-from:` paths stay stable.
 * One finder per classification run: folders are looked up once each.
 */
export function createProjectFolderFinder(): (file: string) => string {
  // Folder → its project folder, or null when no folder above it has a marker.
  const byFolder = new Map<string, string | null>();
  const find = (folder: string): string | null => {
    const known = byFolder.get(folder);
    if (known !== undefined) return known;
    const found = PROJECT_MARKERS.some((marker) => existsSync(path.join(folder, marker)))
      ? folder
      : path.dirname(folder) === folder
        ? null
        : find(path.dirname(folder));
    byFolder.set(folder, found);
    return found;
  };
  return (file) => {
    const folder = path.dirname(path.resolve(file));
    return find(folder) ?? folder;
  };
}
