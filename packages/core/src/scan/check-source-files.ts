import { readScannedFile } from "../input/read-scanned-file.js";
import type { Finding } from "../model/finding.js";
import { findingMessage } from "../messages/render-message.js";

/**
 * Source files above this are refused (bundles, generated dumps): parsing and
 * following flows through them would dominate the scan for no finding.
 * Generated protobuf clients of several MiB stay well below it.
 */
const MAX_SOURCE_FILE_BYTES = 16 * 1024 * 1024;

export interface SourceCheck {
  /** The files analysers may read: text, within the size limit. Sorted as given. */
  readable: string[];
  /** `invalid-input` for unreadable, binary or oversized files. */
  findings: Finding[];
}

/**
 * Checks the bytes of the TypeScript/JavaScript files of a scan before
 * analysis: a binary file named `*.ts`, a file above the limit or one that
 * cannot be read is reported and left out. Nothing is parsed here: syntax
 * errors come from the scan's one program (`syntaxErrorFindings`, reported by
 * the flow analyser), so no file is parsed twice.
 */
export function checkSourceFiles(files: readonly string[], maxBytes = MAX_SOURCE_FILE_BYTES): SourceCheck {
  const readable: string[] = [];
  const findings: Finding[] = [];
  for (const file of files) {
    const read = readScannedFile(file, { maxBytes });
    if (read.kind === "text") {
      readable.push(file);
    } else {
      const why =
        read.kind === "too-large"
          ? `too large to analyse (${read.reason})`
          : read.kind === "binary"
            ? `not a text file (${read.reason})`
            : read.kind === "outside"
              ? `not read: ${read.reason}`
              : `cannot be read (${read.reason})`;
      findings.push(invalidSource(file, `source file ${why}; skipped`, read.kind));
    }
  }
  return { readable, findings };
}

/** At line 1, column 1: the whole file is the problem. The fingerprint is line-free, like `syntaxErrorFindings`'. */
function invalidSource(file: string, message: string, key: string): Finding {
  return {
    ruleId: "invalid-input",
    level: "error",
    ...findingMessage("invalid-input", "analysisProblem", { problem: message }),
    location: { file, line: 1, column: 1 },
    fingerprint: `source|${key}`,
  };
}
