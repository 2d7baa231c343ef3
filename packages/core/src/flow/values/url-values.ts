/**
 * URL arithmetic on statically known strings. Uses the WHATWG `URL` parser
 * (pure computation, no network), which is what `new URL()` does at run time.
 */

const URL_PROPERTIES = new Set(["href", "origin", "host", "hostname", "protocol", "pathname", "port", "search"]);

export function isUrlProperty(name: string): boolean {
  return URL_PROPERTIES.has(name);
}

/** `new URL(path, base).href`, or undefined when the input is not a valid URL. */
export function resolveUrl(path: string, base?: string): string | undefined {
  try {
    return (base === undefined ? new URL(path) : new URL(path, base)).href;
  } catch {
    return undefined;
  }
}

/** A property of a parsed URL (`origin`, `hostname`…). */
export function urlProperty(href: string, property: string): string | undefined {
  try {
    const url = new URL(href) as unknown as Record<string, unknown>;
    const value = url[property];
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How HTTP clients combine a base URL with a request path (axios `baseURL`,
 * got/ky `prefixUrl`, undici `Pool` origin): an absolute path wins, otherwise
 * the two are joined with exactly one slash.
 */
export function joinBaseAndPath(base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return path;
  if (path === "") return base;
  return base.replace(/\/+$/, "") + "/" + path.replace(/^\/+/, "");
}
