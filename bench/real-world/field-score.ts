// Scoring of classified fields against field labels (LABELLING.md §1): matched by file and
// line, and by name when several labels share a line.

export interface FieldLabel {
  file: string;
  line: number;
  path: string;
  expect: string[] | "none" | "skip";
  tricky?: boolean;
}

export interface ClassifiedAt {
  file: string;
  line: number;
  /** Last segment of the field's path, lower-case. */
  name: string;
  path: string;
  categories: string[];
}

export interface FieldScore {
  repo: string;
  labelled: number;
  negatives: number;
  tricky: number;
  tp: number;
  fp: number;
  fn: number;
  /** Labelled negatives that vdx classified. */
  negativeHits: number;
  byFamily: Map<string, { tp: number; fp: number; fn: number }>;
  mistakes: string[];
}

/** The name a path ends with: `a.b.vin` → vin, `#/x/properties/vin` → vin, `…/0(path:vin)` → vin. */
export function fieldName(path: string): string {
  const parameter = /\((?:\w+):([^)]+)\)$/.exec(path);
  if (parameter) return parameter[1]!.toLowerCase();
  return (path.split(/[./#]/).filter(Boolean).pop() ?? path).toLowerCase();
}

export function scoreFields(repo: string, labels: readonly FieldLabel[], files: ReadonlySet<string>, classified: readonly ClassifiedAt[]): FieldScore {
  const score: FieldScore = { repo, labelled: 0, negatives: 0, tricky: 0, tp: 0, fp: 0, fn: 0, negativeHits: 0, byFamily: new Map(), mistakes: [] };
  const tally = (family: string, key: "tp" | "fp" | "fn"): void => {
    const entry = score.byFamily.get(family) ?? { tp: 0, fp: 0, fn: 0 };
    entry[key]++;
    score.byFamily.set(family, entry);
  };
  const byLine = new Map<string, FieldLabel[]>();
  for (const label of labels) {
    if (label.expect !== "skip") score.labelled++;
    if (label.expect === "none") score.negatives++;
    if (label.tricky === true) score.tricky++;
    const key = `${label.file}:${label.line}`;
    byLine.set(key, [...(byLine.get(key) ?? []), label]);
  }
  const matched = new Map<FieldLabel, ClassifiedAt>();
  for (const field of classified) {
    if (!files.has(field.file)) continue;
    const label = pickLabel(byLine.get(`${field.file}:${field.line}`) ?? [], field);
    if (label === undefined) {
      score.fp++;
      tally(field.categories[0]!, "fp");
      score.mistakes.push(`FP ${field.file}:${field.line} ${field.path}: unlabelled, got ${field.categories.join(" ")}`);
      continue;
    }
    matched.set(label, field);
    if (label.expect === "skip") continue;
    if (label.expect === "none") {
      score.fp++;
      score.negativeHits++;
      tally(field.categories[0]!, "fp");
      score.mistakes.push(`FP ${field.file}:${field.line} ${field.path}: expected none${label.tricky ? " (tricky)" : ""}, got ${field.categories.join(" ")}`);
      continue;
    }
    const expected = label.expect;
    const right = field.categories.find((category) => expected.includes(category));
    if (right !== undefined) {
      score.tp++;
      tally(expected[0]!, "tp");
    } else {
      score.fp++;
      tally(field.categories[0]!, "fp");
      score.mistakes.push(`FP ${field.file}:${field.line} ${field.path}: expected ${expected.join("|")}, got ${field.categories.join(" ")}`);
    }
  }
  for (const label of labels) {
    if (label.expect === "none" || label.expect === "skip") continue;
    const field = matched.get(label);
    if (field?.categories.some((category) => (label.expect as string[]).includes(category))) continue;
    score.fn++;
    tally(label.expect[0]!, "fn");
    score.mistakes.push(
      `FN ${label.file}:${label.line} ${label.path}: expected ${label.expect.join("|")}, got ${field ? field.categories.join(" ") : "nothing"}`,
    );
  }
  score.mistakes.sort();
  return score;
}

function pickLabel(candidates: readonly FieldLabel[], field: ClassifiedAt): FieldLabel | undefined {
  if (candidates.length <= 1) return candidates[0];
  return (
    candidates.find((label) => fieldName(label.path) === field.name) ??
    candidates.find((label) => field.path.toLowerCase().endsWith(label.path.toLowerCase().split(/[./#]/).slice(-2).join(".")))
  );
}
