/**
 * Text that came from the scanned repository (file names, messages quoting
 * identifiers, destinations from string literals) printed where a terminal or
 * a CI log renders it: control characters (ESC sequences that recolour,
 * retitle or hide output, carriage returns and line breaks that forge lines)
 * and the Unicode bidirectional overrides that reorder what is shown are
 * written as visible escapes (`\x1b`, `\n`, `\u202e`) instead.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_BUT_LINE_BREAKS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escape(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** One line's worth of untrusted text: every control character escaped, line breaks included. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** A multi-line text vdx composed around untrusted parts: as `terminalSafe`, but its line breaks stay. */
export function terminalSafeLines(text: string): string {
  return text.replace(UNSAFE_BUT_LINE_BREAKS, escape);
}
