import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Writes the files of a generated bench project under `root`: `write("src/a/b.ts", text)` creates the
 * folders the path needs and returns the file's absolute path.
 */
export function projectWriter(root: string): (relative: string, text: string) => string {
  return (relative, text) => {
    const path = join(root, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  };
}
