/** `{ key: value }` when value is defined, else `{}`: optional options stay absent instead of `undefined`. */
export function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
