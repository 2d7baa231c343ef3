/**
 * The one wording of an `unknown-category` finding, wherever the id was
 * written (a schema field's annotation, a config or registry entry, a rule
 * pack file): the id, where it is, and the did-you-mean candidates.
 */
export function unknownCategoryMessage(id: string, where: string, suggestions: readonly string[]): string {
  const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(" or ")}?` : "";
  return `unknown category "${id}" in ${where}: the rule pack defines no such category${hint}`;
}
