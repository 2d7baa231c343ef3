/**
 * Every finding sentence vdx says, one table per rule: message id → template.
 * A finding carries the id and the template's data; the text is rendered last
 * (`renderFindingMessage`), by the CLI reporters and by the ESLint plugin,
 * whose rules list the same templates in `meta.messages`. Placeholders are
 * ESLint's `{{name}}`, filled with strings. A value that is only sometimes
 * said (a did-you-mean, a cited record) is a data string that carries its own
 * punctuation and is empty when absent, as the plugin's messages already do.
 *
 * The ids and their data are documented in docs/rules/ (one page per rule)
 * and docs/findings.md; an id is a contract: renaming one is a breaking change.
 */
export const FINDING_MESSAGES = {
  "unassessed-export": {
    /** Data pushed by a call to a foreign destination with no record covering it. */
    unassessedExport:
      "{{payload}} reaches {{destination}} ({{jurisdiction}}{{overridable}}) via {{sink}} with no covering assessment{{citedShortfall}}; requires {{required}}",
    /** Data a party abroad reads, receives or processes (remote access, processing abroad) with no record covering it. */
    unassessedRemote: "{{payload}} {{action}} with no covering assessment{{citedShortfall}}; requires {{required}}",
  },
  "inadequate-assessment": {
    /** A record matches the push but is expired, too narrow or of a weaker mechanism. */
    inadequateAssessment: "{{payload}} reaches {{destination}} ({{jurisdiction}}{{overridable}}) via {{sink}}, but {{shortfall}}; requires {{required}}",
    /** A record matches the remote access but falls short. */
    inadequateRemote: "{{payload}} {{action}}, but {{shortfall}}; requires {{required}}",
  },
  "vehicle-direct-export": {
    vehicleDirectExport:
      "on-vehicle code sends {{payload}} straight to {{destination}} ({{jurisdiction}}{{overridable}}) via {{sink}}; " +
      "vehicles must not send PI or important data directly to foreign hosts (GB/T 44464-2024 §5.8/§6.7), whatever the registry says: " +
      "send it to a domestic platform, which may then export it under a recorded mechanism",
  },
  "unresolved-destination": {
    /** The destination expression has no value vdx can read. */
    unresolvedDestination:
      "{{payload}} reaches a destination vdx cannot resolve statically ({{reason}}) via {{sink}}: make the destination a constant vdx can read, or map its host in config hosts",
    /** The destination is read from environment variables without a default. */
    unresolvedEnvironment:
      "{{payload}} reaches a destination vdx cannot resolve statically (read from {{variables}}, with no default vdx can place) via {{sink}}: " +
      "give the variable a default host vdx can place, or map the hosts it may take in config hosts",
    /** The host is known but no destination table places it. */
    unplacedHost:
      "{{payload}} reaches {{destination}}{{overridable}} via {{sink}}, a host in no destination table: add it to config hosts with its jurisdiction",
    /** A remote party vdx cannot place. */
    unresolvedRemote: "{{payload}} {{action}}, but vdx cannot place {{destination}} ({{reason}}): add it to config hosts with its jurisdiction",
  },
  "unclassified-signal": {
    /** A weak signal: the ids are only suggestions. */
    unclassified:
      "{{field}} looks like vehicle data but carries no classification: {{evidence}}. " +
      "Annotate it with @vdx <id> (or x-vdx / (vdx.category)), or @vdx none if it is not export-relevant.",
    /** A strong signal: flow analysis already treats the field as classified. */
    classifiedBySignal:
      "{{field}} is classified by signal as {{categories}} ({{evidence}}) and flow analysis treats it so — " +
      "confirm with @vdx {{ids}} (or x-vdx / (vdx.category)), or mark it @vdx none if it is not export-relevant.",
  },
  "unknown-category": {
    /** `id` written at `where` (a field path, or a key path and its file's role); `didYouMean` lists the suggestions. */
    unknownCategory: 'unknown category "{{id}}" in {{where}}: the rule pack defines no such category{{didYouMean}}',
  },
  "invalid-input": {
    /** A schema, config or registry input that cannot be read: the file (relative to the root) and the problem. */
    inputProblem: "{{file}}: {{problem}}",
    /** A file the walk refused (too large, binary, a link out of the root…). */
    notScanned: "not scanned: {{reason}}",
    /** A flow the registry evaluation threw on. */
    unjudgedFlow: "a flow of {{categories}} to this {{sink}} call could not be judged ({{reason}}); check it by hand",
    /** The first syntax error of a file (`more`: how many follow, with its own parenthesis, or empty). */
    syntaxError: "syntax error: {{problem}}{{more}}; the rest of the file was analysed as far as the parser recovered",
    /** The type classifier threw on one file (`file` as the program names it). */
    classificationFailed: "{{file}}: type classification failed: {{reason}}",
    /** A script's top-level declaration that merges with a library global the pack models as a sink. */
    shadowedGlobal:
      'global "{{name}}" declared in a script (a file without import or export) merges with the library\'s "{{name}}", ' +
      "a sink of the rule pack ({{models}}): calls of {{name}} in this file are judged as calls of this declaration, " +
      "calls in other files as the sink; make the file a module or rename the declaration",
    /** An analyser threw: a vdx bug, reported so the gap is visible. */
    analyzerFailed: 'analyser "{{analyzer}}" failed: {{reason}} (this is a vdx bug; the other analysers ran)',
    /** An analysis of the ESLint plugin threw on a file: a vdx bug, said on the file instead of crashing the lint. */
    pluginAnalysisFailed: "{{analysis}} failed: {{reason}} (this is a vdx bug; please report it)",
    /** A file or unit the analysis stopped on, in the words of the check that stopped (program build, source guard, flow limits). */
    analysisProblem: "{{problem}}",
  },
} as const;

/** The generic message of a finding whose producer has not been converted: the finished sentence as `text`. */
export const TEXT_MESSAGE_ID = "text";
export const TEXT_MESSAGE = "{{text}}";
