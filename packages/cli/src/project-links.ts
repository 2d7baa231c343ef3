/**
 * Where vdx lives on the web. SARIF needs absolute URIs for the tool
 * (`informationUri`) and each rule (`helpUri`); every link is derived from
 * this one constant so a fork changes one line.
 */
export const REPOSITORY_URL = "https://github.com/vdx-dev/vdx";

/**
 * The page of a finding's rule id, relative to the repository root. The
 * finding pages (`docs/findings/`) describe the rule ids shared by CLI and
 * ESLint; `docs/rules/` holds the ESLint rules' own pages.
 */
export function ruleDocPath(ruleId: string): string {
  return `docs/findings/${ruleId}.md`;
}

export function ruleHelpUri(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/${ruleDocPath(ruleId)}`;
}
