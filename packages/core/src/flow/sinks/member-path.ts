/**
 * The access-path grammar of `SinkModel.member` (documented for users in
 * rules/schema/sinks.schema.json and docs/sinks.md):
 *
 *   member  := ["new:"] step ( "." step | "()" | "#" step )*
 *   step    := name | "{" name ("," name)* "}" | "*" | "**"
 *
 * - `a.b`     property `b` of `a`; the first name is a module export (`default` = default export)
 * - `a()`     the value returned by calling (or constructing) `a`
 * - `A#m`     method `m` of an instance of `A` (sugar for `A().m`)
 * - `{a,b}`   any of the names; `*` any one name; `**` any sequence of steps (members and calls)
 * - `new:`    the sink call itself is a `new` expression
 * A leading `default` (or `{default,…}`) also matches the module object itself, because CommonJS
 * `require("x")`, namespace imports and default imports reach the same value under esModuleInterop.
 * The sink call is implied after the last step: `default.post` matches `axios.post(…)`.
 */
type PatternToken = { kind: "member"; names: readonly string[] | "*"; optional: boolean } | { kind: "call"; construct: boolean } | { kind: "any" };

export interface MemberPattern {
  text: string;
  tokens: PatternToken[];
}

export type ParseResult = { ok: true; pattern: MemberPattern } | { ok: false; error: string };

const NAME = /^[A-Za-z_$][\w$]*/;

/** Parses a member path; the implied final call is appended. */
export function parseMemberPath(text: string): ParseResult {
  if (text.replace(/^new:/, "").trim() === "") return { ok: false, error: "empty access path" };
  const body = parseSteps(text);
  if (!body.ok) return body;
  const construct = text.startsWith("new:");
  return { ok: true, pattern: { text, tokens: [...body.tokens, { kind: "call", construct }] } };
}

/**
 * Parses a prefix used by `ArgumentSelector.call` (`create()`, `Kafka()`, `S3Client#`…) and returns
 * the index of the call it designates among the pattern's call tokens, or an error.
 */
export function callIndexOfPrefix(pattern: MemberPattern, prefix: string): number | string {
  const normalized = prefix.endsWith("#") ? prefix.slice(0, -1) + "()" : prefix;
  const parsed = parseSteps(normalized);
  if (!parsed.ok) return parsed.error;
  const tokens = parsed.tokens;
  const last = tokens[tokens.length - 1];
  if (last?.kind !== "call") return `call prefix "${prefix}" must end with "()"`;
  for (let i = 0; i < tokens.length; i++) {
    if (!sameToken(tokens[i]!, pattern.tokens[i])) return `call prefix "${prefix}" is not a prefix of member "${pattern.text}"`;
  }
  return tokens.filter((t) => t.kind === "call").length - 1;
}

function parseSteps(text: string): { ok: true; tokens: PatternToken[] } | { ok: false; error: string } {
  let rest = text.startsWith("new:") ? text.slice(4) : text;
  const tokens: PatternToken[] = [];
  let expectName = true;
  while (rest.length > 0) {
    if (rest.startsWith("()")) {
      if (expectName) return { ok: false, error: `"()" must follow a name in "${text}"` };
      tokens.push({ kind: "call", construct: false });
      rest = rest.slice(2);
      continue;
    }
    if (rest.startsWith(".") || rest.startsWith("#")) {
      if (expectName) return { ok: false, error: `unexpected "${rest[0]!}" in "${text}"` };
      if (rest.startsWith("#")) tokens.push({ kind: "call", construct: false });
      rest = rest.slice(1);
      expectName = true;
      continue;
    }
    if (!expectName) return { ok: false, error: `expected ".", "#" or "()" at "${rest}" in "${text}"` };
    if (rest.startsWith("**")) {
      tokens.push({ kind: "any" });
      rest = rest.slice(2);
    } else if (rest.startsWith("*")) {
      tokens.push({ kind: "member", names: "*", optional: false });
      rest = rest.slice(1);
    } else if (rest.startsWith("{")) {
      const end = rest.indexOf("}");
      if (end < 0) return { ok: false, error: `unclosed "{" in "${text}"` };
      const names = rest
        .slice(1, end)
        .split(",")
        .map((n) => n.trim());
      if (names.some((n) => !NAME.test(n) || NAME.exec(n)![0] !== n)) return { ok: false, error: `invalid name list "${rest.slice(0, end + 1)}" in "${text}"` };
      tokens.push({ kind: "member", names, optional: false });
      rest = rest.slice(end + 1);
    } else {
      const match = NAME.exec(rest);
      if (!match) return { ok: false, error: `invalid character at "${rest}" in "${text}"` };
      tokens.push({ kind: "member", names: [match[0]], optional: false });
      rest = rest.slice(match[0].length);
    }
    expectName = false;
  }
  if (expectName && tokens.length > 0) return { ok: false, error: `"${text}" ends with a separator` };
  return { ok: true, tokens: normalizeLeadingDefault(tokens) };
}

/** `default.x` ≡ `x`; `{default,io}` at the start may match nothing. */
function normalizeLeadingDefault(tokens: PatternToken[]): PatternToken[] {
  const first = tokens[0];
  if (first?.kind !== "member" || first.names === "*" || !first.names.includes("default")) return tokens;
  const others = first.names.filter((n) => n !== "default");
  if (others.length === 0) return tokens.slice(1);
  return [{ kind: "member", names: others, optional: true }, ...tokens.slice(1)];
}

function sameToken(a: PatternToken, b: PatternToken | undefined): boolean {
  if (a.kind !== b?.kind) return false;
  if (a.kind === "member" && b.kind === "member") {
    if (a.names === "*" || b.names === "*") return a.names === b.names;
    return a.names.length === b.names.length && a.names.every((n, i) => n === (b.names as readonly string[])[i]);
  }
  return true;
}

/** A step of a concrete access path (what the code does), matched against a pattern. */
export type PathStep<CallNode> = { kind: "member"; name: string } | { kind: "call"; node: CallNode | undefined; construct: boolean };

/**
 * Matches concrete steps against a pattern. Returns, for every call token of
 * the pattern in order, the step's node (undefined when the call is not
 * visible, e.g. a client typed by its class), or undefined when there is no match.
 */
export function matchPattern<CallNode>(pattern: MemberPattern, path: readonly PathStep<CallNode>[]): (CallNode | undefined)[] | undefined {
  const tokens = pattern.tokens;
  // Patterns never start with `default` (see normalizeLeadingDefault); neither may the path.
  const first = path[0];
  const steps = first?.kind === "member" && first.name === "default" ? path.slice(1) : path;
  const bound: (CallNode | undefined)[] = [];
  const walk = (ti: number, si: number): boolean => {
    if (ti === tokens.length) return si === steps.length;
    const token = tokens[ti]!;
    if (token.kind === "any") {
      for (let skip = steps.length - si; skip >= 0; skip--) if (walk(ti + 1, si + skip)) return true;
      return false;
    }
    if (token.kind === "member" && token.optional && walk(ti + 1, si)) return true;
    const step = steps[si];
    if (!step) return false;
    if (token.kind === "member") {
      if (step.kind !== "member") return false;
      if (token.names !== "*" && !token.names.includes(step.name)) return false;
      return walk(ti + 1, si + 1);
    }
    if (step.kind !== "call" || (token.construct && !step.construct)) return false;
    const depth = bound.length;
    bound.push(step.node);
    if (walk(ti + 1, si + 1)) return true;
    bound.length = depth;
    return false;
  };
  return walk(0, 0) ? bound : undefined;
}

/** The member names a pattern's last step before the sink call may have; "*" for any; "()" when the callee is itself a call result or the module. */
export function finalNames(pattern: MemberPattern): readonly string[] | "*" {
  const beforeCall = pattern.tokens[pattern.tokens.length - 2];
  if (!beforeCall) return ["()"];
  if (beforeCall.kind === "any") return "*";
  if (beforeCall.kind === "call") return ["()"];
  if (beforeCall.names === "*") return "*";
  return beforeCall.optional ? [...beforeCall.names, "()"] : beforeCall.names;
}
