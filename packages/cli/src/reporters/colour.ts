/** ANSI styling that collapses to plain text when colour is off. */
export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const style = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export function palette(enabled: boolean): Palette {
  if (!enabled) {
    const plain = (text: string) => text;
    return { red: plain, yellow: plain, dim: plain, bold: plain, underline: plain };
  }
  return { red: style(31, 39), yellow: style(33, 39), dim: style(2, 22), bold: style(1, 22), underline: style(4, 24) };
}

/** Colour only on a terminal and only when NO_COLOR is unset or empty (https://no-color.org). */
export function shouldColour(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY && (env.NO_COLOR === undefined || env.NO_COLOR === "");
}
