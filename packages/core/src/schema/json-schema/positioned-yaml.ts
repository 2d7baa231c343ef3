import { parsePositionedDocument, type PositionedDocument } from "../../input/positioned-document.js";
import { readFastBlockYaml } from "./fast-block-yaml.js";
import { documentFromSpans } from "./positioned-spans.js";

/**
 * A `PositionedDocument` for YAML schema files (OpenAPI, JSON Schema, VSS):
 * the fast block-YAML reader when the file stays within what it reads
 * (nearly every schema file does), else the general parser — which is also
 * what reports syntax errors with their positions.
 */
export function parsePositionedYaml(file: string, text: string): PositionedDocument {
  const fast = readFastBlockYaml(text);
  if (!fast) return parsePositionedDocument(file, text);
  return documentFromSpans(file, text, fast.value, () => fast.spans);
}
