/**
 * Structural equality of analysis values (taints, static values, sanitizer
 * specs): arrays, maps, sets and plain objects compared by content. Syntax
 * nodes and other objects with a prototype of their own compare by identity —
 * an unchanged file keeps its nodes, and a node's parent links must not be walked.
 */
export function samePlainValue(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (depth > 64) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => samePlainValue(item, b[i], depth + 1));
  }
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    for (const [key, value] of a) if (!b.has(key) || !samePlainValue(value, b.get(key), depth + 1)) return false;
    return true;
  }
  if (a instanceof Set) {
    if (!(b instanceof Set) || a.size !== b.size) return false;
    for (const value of a) if (!b.has(value)) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(a) as unknown;
  if ((proto !== Object.prototype && proto !== null) || Object.getPrototypeOf(b) !== proto) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const other = b as Record<string, unknown>;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(other, key) && samePlainValue((a as Record<string, unknown>)[key], other[key], depth + 1));
}
