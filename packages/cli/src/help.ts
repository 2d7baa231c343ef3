/** Help texts of `vdx --help` and `vdx <command> --help`. */

export const MAIN_HELP = `vdx — finds vehicle data leaving China without the required export mechanism

Usage: vdx <command> [options]

Commands:
  scan [paths…]        scan code, protobuf and JSON Schema; report export findings
  inventory [paths…]   the export inventory: every flow and classified field
  explain <target>     explain a rule id, a category id, or the findings at file[:line]
  categories           list the rule pack's data categories
  init [dir]           write a starter vdx.config.yaml and data-export-assessments.yaml
  baseline [paths…]    record today's findings so CI fails only on new ones

Options:
  -h, --help           show help (also: vdx help <command>, vdx <command> --help)
  -v, --version        print the version

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
            2 usage, config, registry or rule-pack error.
Colour: on a terminal only; set NO_COLOR=1 to turn it off.
Docs: docs/cli.md, and docs/findings/<rule-id>.md for each finding.
vdx never executes scanned code and never opens a network connection.
`;

export const SCAN_HELP = `Usage: vdx scan [paths…] [options]

Scans the given directories or files (default: the current directory). The config
(vdx.config.yaml|json) is found by walking up from the scanned paths.

Options:
  --config <file>           use this config file
  --format <fmt>            text (default) | json | sarif | markdown (md); may repeat
  --output <file>           write the preceding --format to a file; may repeat
                            (--format sarif --output a.sarif --format markdown --output b.md);
                            a lone --output takes its format from the extension
                            (.sarif .json .md .txt); at most one format goes to stdout
  --fail-on <level>         error (default) | warn | never: which findings exit 1
  --baseline <file>         drop findings recorded by \`vdx baseline\`
  --changed-since <ref>     report findings only in files changed since a git ref
  --as-of <YYYY-MM-DD>      judge record validity on this date (default: today, UTC)
  -h, --help                show this help
`;

export const INVENTORY_HELP = `Usage: vdx inventory [paths…] [options]

The export inventory: every flow of classified data to a network sink (categories,
destination, jurisdiction, behaviour, status, record) and every classified field.
Markdown is written for compliance staff: a summary per data category (kind,
mechanism, scale rule), flows by destination, fields by category. JSON follows
the "Inventory JSON" contract; CSV is RFC 4180 (one row per flow or field).

Options:
  --config <file>           use this config file
  --format <fmt>            markdown (default, or md) | json | csv; may repeat
  --output <file>           write the preceding --format to a file; may repeat
  --include-reviewed        also list fields marked \`@vdx none\` (reviewed, not export-relevant)
  --as-of <YYYY-MM-DD>      judge record validity on this date (default: today, UTC)
  -h, --help                show this help
`;

export const EXPLAIN_HELP = `Usage: vdx explain <rule-id | category-id | file[:line[:column]]> [options]

  rule id       what the rule reports, why the law cares, how to fix it
  category id   the category's meaning, mechanism, scale rule and signals
  file:line     the findings at that line with the full reasoning: which fields and
                evidence, which path, which destination and why that jurisdiction,
                which records were tried and why each failed; also the classified
                fields and the flows there (covered or domestic ones too)
  file          every finding, flow and classified field of the file

The file may be relative to the current directory or to the scan root, or just
its last segments (uploader.ts:32) when they name one scanned file. When nothing
is at the line, the nearest findings are listed.

Examples:
  vdx explain unassessed-export
  vdx explain pi.sensitive.location-trajectory
  vdx explain src/upload/uploader.ts:32 --as-of 2026-11-26

Options:
  --config <file>           use this config file
  --as-of <YYYY-MM-DD>      scan date for file:line (default: today, UTC)
  -h, --help                show this help
`;

export const CATEGORIES_HELP = `Usage: vdx categories [options]

Lists the data categories of the rule pack in use (with the config's extends).

Options:
  --config <file>           use this config file
  --format <fmt>            text (default) | json
  -h, --help                show this help
`;

export const INIT_HELP = `Usage: vdx init [dir] [options]

Looks at the project (tsconfig, proto and schema folders, on-vehicle code) and writes
a starter vdx.config.yaml and data-export-assessments.yaml. Never overwrites.

Options:
  --force                   overwrite existing files
  -h, --help                show this help
`;

export const BASELINE_HELP = `Usage: vdx baseline [paths…] [options]

Records the fingerprints of today's findings; \`vdx scan --baseline <file>\` then
reports only new findings. Fingerprints carry no line numbers.

Options:
  --config <file>           use this config file
  --output <file>           baseline file (default: vdx-baseline.json in the scan root)
  --as-of <YYYY-MM-DD>      judge record validity on this date (default: today, UTC)
  -h, --help                show this help
`;
