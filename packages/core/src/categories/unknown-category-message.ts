import { findingMessage, type FindingMessage } from "../messages/render-message.js";

/**
 * The one message of an `unknown-category` finding, wherever the id was
 * written (a schema field's annotation, a config or registry entry, a rule
 * pack file): the id, where it is, and the did-you-mean candidates. The id is
 * data (`data.id`), so an editor finds it in the annotation without reading
 * it back from the sentence.
 */
export function unknownCategoryMessage(id: string, where: string, suggestions: readonly string[]): FindingMessage {
  const didYouMean = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(" or ")}?` : "";
  return findingMessage("unknown-category", "unknownCategory", { id, where, didYouMean });
}
