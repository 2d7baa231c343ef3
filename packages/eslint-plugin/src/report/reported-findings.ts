import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Finding } from "@vdx/core";
import { normalise } from "../file-paths.js";

/** A vdx message of the last lint of a file, with the core finding it was built from. */
export interface ReportedFinding {
  /** The rule as ESLint names it in `LintMessage.ruleId` (`@vdx/no-unassessed-export` with the presets). */
  rule: string;
  /** Where ESLint shows it: 1-based line and column, as in ESLint's `LintMessage`. */
  line: number;
  column: number;
  /** The core finding behind the message: categories, destination, suggestions as data, not as prose. */
  finding: Finding;
}

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

interface FileReports {
  /**
   * The lint the reports belong to: ESLint gives every lint (and every fix pass) its own `SourceCode`,
   * numbered here. Not the `SourceCode` itself: it holds its parser services, and so the whole program
   * of its state — one per file ever linted, for the life of an editor session.
   */
  lint: number;
  reports: ReportedFinding[];
}

const lintNumbers = new WeakMap<object, number>();
let lastLintNumber = 0;

function lintOf(context: AnyContext): number {
  let number = lintNumbers.get(context.sourceCode);
  if (number === undefined) lintNumbers.set(context.sourceCode, (number = ++lastLintNumber));
  return number;
}

/** Files with vdx messages in their last lint: one entry per file, replaced by the next lint of that file. */
const latest = new Map<string, FileReports>();

/**
 * Called first by every vdx rule on a file: a new lint of the file forgets
 * what the previous one reported, even when this one reports nothing.
 */
export function startReports(context: AnyContext): void {
  const file = normalise(context.filename);
  const known = latest.get(file);
  if (known && known.lint !== lintOf(context)) latest.delete(file);
}

/** Remembers that `rule` reported `finding` at `loc` (what ESLint will show, unless a directive disables it). */
export function recordReport(context: AnyContext, loc: TSESTree.SourceLocation, finding: Finding): void {
  const file = normalise(context.filename);
  let entry = latest.get(file);
  const lint = lintOf(context);
  if (entry?.lint !== lint) latest.set(file, (entry = { lint, reports: [] }));
  entry.reports.push({ rule: context.id, line: loc.start.line, column: loc.start.column + 1, finding });
}

/**
 * The core findings behind the vdx messages of the last lint of `file`
 * (absolute path): for tools that post-process ESLint results (and the
 * parity test) and want categories or destinations as data rather than read
 * back from message text. Match them to `LintMessage`s by rule, line and
 * column. Empty when the file was never linted in this process or had no
 * vdx message.
 */
export function reportedFindings(file: string): readonly ReportedFinding[] {
  return latest.get(normalise(file))?.reports ?? [];
}
