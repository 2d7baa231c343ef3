/**
 * Where vdx lives on the web. SARIF needs absolute URIs for the tool
 * (`informationUri`) and each rule (`helpUri`); every link is derived from
 * this one constant so a fork changes one line.
 */
export const REPOSITORY_URL = "https://github.com/vdx-dev/vdx";

export function ruleHelpUri(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
