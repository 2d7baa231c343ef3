/**
 * Splits an identifier into lower-case parts the way people compose names:
 * camelCase, PascalCase, snake_case, kebab-case, dotted paths, digits and
 * acronyms (`GNSSFix2` → gnss, fix, 2; `vehicleVIN` → vehicle, vin).
 *
 * Signals match whole parts, never substrings, which is what keeps `lat`
 * out of `translate` and `plate` out of `template`.
 *
 * Acronyms of the form "X of Y" are written with a lower-case `o` (`SoC`
 * state of charge, `SoH`, `DoD`, `PoI`) and stay one part, also when the
 * identifier starts with them in lower case (`soC`, `soH`): a single capital
 * closing a word of two letters whose second is `o` does not start a word.
 */
export function splitIdentifier(name: string): string[] {
  const parts: string[] = [];
  // Separators: anything that is not a letter or digit (_, -, ., /, spaces, $ ...).
  for (const chunk of name.split(/[^\p{L}\p{N}]+/u)) {
    if (chunk === "") continue;
    splitChunk(chunk, parts);
  }
  return parts;
}

type CharClass = "upper" | "lower" | "digit" | "other";

function classOf(ch: string): CharClass {
  if (ch >= "0" && ch <= "9") return "digit";
  if (ch !== ch.toLowerCase()) return "upper";
  if (ch !== ch.toUpperCase()) return "lower";
  // Letters without case (CJK, …) stay together like lower-case letters.
  return /\p{N}/u.test(ch) ? "digit" : "other";
}

/**
 * Whether the capital at `i` closes an "X of Y" acronym: the current word is
 * one letter and a lower-case `o` (`So`, `so`, `Do`), and no lower-case
 * letter follows the capital (`SoC`, `SoCLimit`, `soH2`; not `toDo`, `noGps`).
 */
function closesOfAcronym(chars: readonly string[], start: number, i: number, next: CharClass | undefined): boolean {
  return i - start === 2 && chars[i - 1] === "o" && /\p{L}/u.test(chars[start]!) && next !== "lower";
}

function splitChunk(chunk: string, out: string[]): void {
  const chars = Array.from(chunk);
  let start = 0;
  for (let i = 1; i < chars.length; i++) {
    const prev = classOf(chars[i - 1]!);
    const cur = classOf(chars[i]!);
    const next = i + 1 < chars.length ? classOf(chars[i + 1]!) : undefined;
    const boundary =
      // fooBar: lower → upper, except the Y of an "X of Y" acronym (SoC, soH)
      ((prev === "lower" || prev === "other") && cur === "upper" && !closesOfAcronym(chars, start, i, next)) ||
      // GNSSFix: the last upper of an acronym starts the next word when a lower follows
      (prev === "upper" && cur === "upper" && next === "lower") ||
      // digits stand alone: fix2, 2d, utf8String
      (prev === "digit") !== (cur === "digit");
    if (boundary) {
      out.push(chars.slice(start, i).join("").toLowerCase());
      start = i;
    }
  }
  out.push(chars.slice(start).join("").toLowerCase());
}
