import { existsSync, lstatSync } from "node:fs";
import { readScannedFile } from "../input/read-scanned-file.js";
import { join, dirname, relative, isAbsolute, sep } from "node:path";
import picomatch from "picomatch";

/**
 * The common subset of `.gitignore` semantics that a scanner needs: patterns,
 * `!` negation, trailing-`/` directory patterns, anchoring (a `/` at the start
 * or in the middle), `**`, escapes (`\#`, `\!`), and nested `.gitignore` files
 * whose rules take precedence over their parents'. Matching is done per path
 * relative to the directory of the `.gitignore` that holds the rule.
 */
const MAX_GITIGNORE_BYTES = 1024 * 1024;

export interface IgnoreRule {
  /** Directory (absolute) of the `.gitignore` that holds the rule. */
  base: string;
  negated: boolean;
  directoryOnly: boolean;
  test: (relativePath: string) => boolean;
  /** The pattern as written, for debugging. */
  source: string;
}

export function parseGitignore(text: string, base: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    let line = rawLine.replace(/(?<!\\)\s+$/, "");
    if (line === "" || line.startsWith("#")) continue;
    let negated = false;
    if (line.startsWith("!")) {
      negated = true;
      line = line.slice(1);
    } else if (line.startsWith("\\!") || line.startsWith("\\#")) {
      line = line.slice(1);
    }
    let directoryOnly = false;
    if (line.endsWith("/")) {
      directoryOnly = true;
      line = line.replace(/\/+$/, "");
    }
    if (line === "") continue;
    // A slash anywhere but at the end anchors the pattern to the .gitignore's directory.
    const anchored = line.includes("/");
    const body = line.replace(/^\//, "");
    const glob = anchored ? body : `**/${body}`;
    const matcher = picomatch(glob, { dot: true });
    rules.push({ base, negated, directoryOnly, test: (p) => matcher(matchablePath(p)), source: rawLine });
  }
  return rules;
}

/**
 * A relative path as glob matchers can see it: picomatch's `**` does not
 * match across a line break, so a file named `a\nb.proto` would silently
 * fall out of `include: ["**"]`. Line breaks become U+FFFD, which every
 * wildcard matches and no pattern spells.
 */
export function matchablePath(relativePath: string): string {
  return /[\n\r\u2028\u2029]/.test(relativePath) ? relativePath.replace(/[\n\r\u2028\u2029]/g, "\uFFFD") : relativePath;
}

/**
 * A stack of `.gitignore` rule sets, from the outermost directory inwards.
 * Git's precedence is "last matching rule wins" over the concatenation
 * outer → inner, which is what `isIgnored` walks.
 */
export class GitignoreStack {
  private constructor(private readonly rules: readonly IgnoreRule[]) {}

  static empty(): GitignoreStack {
    return new GitignoreStack([]);
  }

  /**
   * The rules that apply inside `directory`: every `.gitignore` from the
   * enclosing git work tree's top level (the nearest ancestor holding `.git`)
   * down to `directory` itself. Outside a git work tree the chain starts at
   * `projectRoot` when `directory` lies inside it, else at `directory`.
   */
  static forRoot(directory: string, projectRoot?: string): GitignoreStack {
    const chain: string[] = [directory];
    let dir = directory;
    let foundRepo = existsSync(join(dir, ".git"));
    while (!foundRepo) {
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
      chain.push(dir);
      foundRepo = existsSync(join(dir, ".git"));
    }
    let dirs = chain.reverse();
    if (!foundRepo) {
      const top = projectRoot !== undefined ? dirs.indexOf(projectRoot) : -1;
      dirs = top >= 0 ? dirs.slice(top) : [directory];
    }
    let stack = GitignoreStack.empty();
    for (const d of dirs) stack = stack.enter(d);
    return stack;
  }

  /** The stack for a subdirectory: this one plus the directory's own `.gitignore`, if any. */
  enter(directory: string): GitignoreStack {
    const file = join(directory, ".gitignore");
    // Like git, a symlinked .gitignore is not followed; a device or a huge one adds no rules (the scan then covers more, never less).
    if (isSymbolicLink(file)) return this;
    const read = readScannedFile(file, { maxBytes: MAX_GITIGNORE_BYTES });
    if (read.kind !== "text") return this;
    const text = read.text;
    const added = parseGitignore(text, directory);
    return added.length === 0 ? this : new GitignoreStack([...this.rules, ...added]);
  }

  isIgnored(absolutePath: string, isDirectory: boolean): boolean {
    for (let i = this.rules.length - 1; i >= 0; i--) {
      const rule = this.rules[i]!;
      if (rule.directoryOnly && !isDirectory) continue;
      const relative = relativeInside(rule.base, absolutePath);
      if (relative === undefined) continue;
      if (rule.test(relative)) return !rule.negated;
    }
    return false;
  }
}

/** `path` relative to `base` with forward slashes, or undefined when `path` is not below `base`. */
function relativeInside(base: string, path: string): string | undefined {
  const rel = relative(base, path);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return undefined;
  return rel.split(sep).join("/");
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
