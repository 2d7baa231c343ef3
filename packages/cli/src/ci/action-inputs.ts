import { readFileSync } from "node:fs";

/**
 * What the GitHub Action was asked to do. A composite action does not export its inputs to the
 * environment itself, so `action.yml` passes each one as a `VDX_*` variable; the event comes from the
 * runner's own `GITHUB_*` variables.
 */
export interface ActionInputs {
  paths: string[];
  config?: string;
  failOn: "error" | "warn" | "never";
  baseline?: string;
  /** The git ref PR mode diffs against; absent: a full scan. */
  changedSince?: string;
  /** Why this mode: `input`, `pull_request` (the PR's base commit), `merge_group`, or the event that scans in full. */
  modeReason: string;
  /** SARIF goes to code scanning; without it, findings are shown as workflow annotations instead. */
  upload: boolean;
  asOf?: string;
}

/** `changed-since: none` forces a full scan even on a pull request. */
const FULL_SCAN = "none";
const FAIL_ON = ["error", "warn", "never"] as const;

export class ActionInputError extends Error {}

export function actionInputs(env: Readonly<Record<string, string | undefined>>): ActionInputs {
  const value = (name: string) => {
    const text = env[name]?.trim();
    return text === undefined || text === "" ? undefined : text;
  };
  const failOn = value("VDX_FAIL_ON") ?? "error";
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new ActionInputError(`fail-on: "${failOn}" is not one of ${FAIL_ON.join(", ")}`);
  const upload = (value("VDX_UPLOAD") ?? "true").toLowerCase();
  if (upload !== "true" && upload !== "false") throw new ActionInputError(`upload: "${upload}" is not true or false`);
  const mode = pullRequestBase(value("VDX_CHANGED_SINCE"), env);
  const config = value("VDX_CONFIG");
  const baseline = value("VDX_BASELINE");
  const asOf = value("VDX_AS_OF");
  return {
    // One path a line or separated by spaces, as workflow authors write lists in a string input.
    paths: (value("VDX_PATHS") ?? ".").split(/\s+/).filter((p) => p !== ""),
    ...(config ? { config } : {}),
    failOn: failOn as ActionInputs["failOn"],
    ...(baseline ? { baseline } : {}),
    ...(mode.ref ? { changedSince: mode.ref } : {}),
    modeReason: mode.reason,
    upload: upload === "true",
    ...(asOf ? { asOf } : {}),
  };
}

/**
 * The ref PR mode diffs against: the input when given (`none`: full scan); on a pull request the base
 * commit the event names (the checkout is the merge of the PR into that commit, so the diff is the
 * PR's change); in a merge queue the group's base; otherwise (push, schedule, dispatch) none.
 */
function pullRequestBase(input: string | undefined, env: Readonly<Record<string, string | undefined>>): { ref?: string; reason: string } {
  if (input === FULL_SCAN) return { reason: "input" };
  if (input) return { ref: input, reason: "input" };
  const event = env.GITHUB_EVENT_NAME ?? "";
  // pull_request_target checks out the base branch, not the change: it scans in full like a push.
  if (event !== "pull_request" && event !== "merge_group") return { reason: event || "no event" };
  const payload = eventPayload(env.GITHUB_EVENT_PATH);
  const base = event === "merge_group" ? payload?.merge_group?.base_sha : payload?.pull_request?.base?.sha;
  if (typeof base !== "string" || !/^[0-9a-f]{40,64}$/i.test(base)) {
    throw new ActionInputError(`${event}: the event payload names no base commit (GITHUB_EVENT_PATH ${env.GITHUB_EVENT_PATH ?? "unset"}); set changed-since`);
  }
  return { ref: base, reason: event };
}

interface EventPayload {
  pull_request?: { base?: { sha?: unknown } };
  merge_group?: { base_sha?: unknown };
}

function eventPayload(file: string | undefined): EventPayload | undefined {
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as EventPayload;
  } catch {
    return undefined;
  }
}
