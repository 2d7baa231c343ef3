import type { ReportInput } from "../reporters/report-input.js";
import { formatText } from "../reporters/text.js";
import { formatJson } from "../reporters/json.js";
import { formatSarif } from "../reporters/sarif.js";
import { formatMarkdown } from "../reporters/markdown.js";
import { formatCodeQuality } from "../reporters/codequality.js";

export const SCAN_FORMATS = ["text", "json", "sarif", "markdown", "codequality"] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];

export interface RenderOptions {
  toolVersion: string;
  displayBase: string;
  colour: boolean;
}

export function renderScan(format: ScanFormat, result: ReportInput, options: RenderOptions): string {
  switch (format) {
    case "text":
      return formatText(result, { displayBase: options.displayBase, colour: options.colour });
    case "json":
      return formatJson(result, options);
    case "sarif":
      return formatSarif(result, options);
    case "markdown":
      return formatMarkdown(result, options);
    case "codequality":
      return formatCodeQuality(result, options);
  }
}
