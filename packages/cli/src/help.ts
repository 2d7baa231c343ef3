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
  merge <reports…>     combine the JSON or SARIF reports of \`scan --shard i/n\` jobs

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
  --format <fmt>            text (default) | json | sarif | markdown (md) | codequality
                            (GitLab Code Quality); may repeat
  --output <file>           write the preceding --format to a file; may repeat
                            (--format sarif --output a.sarif --format markdown --output b.md);
                            a lone --output takes its format from the extension
                            (.sarif .json .md .txt); at most one format goes to stdout
  --fail-on <level>         error (default) | warn | never: which findings exit 1
  --baseline <file>         drop findings recorded by \`vdx baseline\`; lists entries
                            no finding matches any more
  --changed-since <ref>     PR mode: report the findings whose flow (classification,
                            any step, or sink) touches a line changed since a git ref,
                            and schema findings on changed lines; analyses only what
                            the change can affect
  --cache                   keep results and per-file facts between runs
                            (node_modules/.cache/vdx under the scan root)
  --cache-location <dir>    keep the cache in this folder (implies --cache)
  --shard <i/n>             report the findings located in the i-th of n parts of
                            the project (split by workspace package), for CI matrix
                            jobs; combine the reports with \`vdx merge\`
  --as-of <YYYY-MM-DD>      judge record validity on this date (default: today, UTC)
  -q, --quiet               no progress line on a terminal
  --verbose                 say what the cache and PR mode did (on stderr)
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

Looks at the project (tsconfig, folders holding protobuf, JSON Schemas and VSS specs,
on-vehicle code), writes a starter vdx.config.yaml and data-export-assessments.yaml,
then scans the code with them and drafts what you must confirm: every host the code
names with its jurisdiction (foreign first) in the config, and a commented record per
foreign destination with the categories flowing there in the registry. Prints the
next three steps. Reads the code, never runs it; never overwrites.

Options:
  --force                   overwrite existing files
  -h, --help                show this help
`;

export const BASELINE_HELP = `Usage: vdx baseline [paths…] [options]

Records the fingerprints of today's findings; \`vdx scan --baseline <file>\` then
reports only new findings. Fingerprints carry no line numbers.

Each entry records who accepted the finding and why.

Options:
  --config <file>           use this config file
  --output <file>           baseline file (default: vdx-baseline.json in the scan root)
  --reason <text>           why these findings are accepted (stored with each new entry)
  --by <name>               who accepts them (default: GIT_AUTHOR_NAME, GITHUB_ACTOR,
                            GITLAB_USER_LOGIN or the login name)
  --update                  keep the entries of findings still present as they were
                            accepted, add new ones, drop the ones nothing matches
  --as-of <YYYY-MM-DD>      judge record validity on this date (default: today, UTC)
  -q, --quiet               no progress line on a terminal
  -h, --help                show this help
`;

export const MERGE_HELP = `Usage: vdx merge <reports…> [options]

Combines the reports of the shards of one scan (\`vdx scan --shard i/n\`, one per CI
matrix job) into the report an unsharded scan writes: all JSON reports or all SARIF
logs, every shard exactly once.

Options:
  --output <file>           write the merged report to a file (default: stdout)
  -h, --help                show this help
`;
