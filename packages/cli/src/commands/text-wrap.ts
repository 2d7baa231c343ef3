/** Wraps prose at `width` columns for the terminal, every line starting with `indent`. */
export function wrap(text: string, indent = "", width = 88): string {
  const lines: string[] = [];
  let current = indent;
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (current.length + word.length + 1 > width && current.trim() !== "") {
      lines.push(current.trimEnd());
      current = indent;
    }
    current += (current.trim() === "" ? "" : " ") + word;
  }
  if (current.trim() !== "") lines.push(current.trimEnd());
  return lines.join("\n");
}
