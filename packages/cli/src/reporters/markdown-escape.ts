import { terminalSafe } from "./terminal-safe.js";

/** Text safe inside a markdown table cell: pipes escaped, newlines folded. */
export function cell(text: string): string {
  return inline(text).replace(/\|/g, "\\|");
}

/**
 * Text safe as inline markdown: characters that start emphasis, code, links or
 * HTML are escaped. (`#` only matters at the start of a line, where inline text never is.)
 */
export function inline(text: string): string {
  return terminalSafe(text.replace(/\r?\n/g, " ")).replace(/([\\`*_[\]<>])/g, "\\$1");
}

/** A code span that survives backticks inside the text. */
export function code(text: string): string {
  const fence = text.includes("`") ? "``" : "`";
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${terminalSafe(text.replace(/\r?\n/g, " "))}${pad}${fence}`;
}

/** A code span inside a table cell (GFM needs `\|` even inside code there). */
export function codeCell(text: string): string {
  return code(text).replace(/\|/g, "\\|");
}
