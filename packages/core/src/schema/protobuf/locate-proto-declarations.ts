import { tokenizeProto, type ProtoComment, type ProtoToken } from "./tokenize-proto.js";

/** Where a message or field is declared, and the comments attached to it. */
interface ProtoDeclaration {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Leading comment block and trailing same-line comment, joined. */
  comments: string;
}

/** An `import [public|weak] "path";` statement: where an unresolvable import is reported. */
interface ProtoImport {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Declarations keyed by full name: `pkg.Outer.Inner` (messages), `pkg.Outer.Inner.field` (fields). */
export interface ProtoDeclarations {
  packageName: string;
  imports: ProtoImport[];
  messages: Map<string, ProtoDeclaration>;
  fields: Map<string, ProtoDeclaration>;
  /** Enums (`pkg.Outer.Kind`) and their values (`pkg.Outer.Kind.VALUE`, positioned at the value's name). */
  enums?: Map<string, ProtoDeclaration>;
  enumValues?: Map<string, ProtoDeclaration>;
}

type ScopeKind = "message" | "enum" | "oneof" | "block";
interface Scope {
  kind: ScopeKind;
  /** Full name of the message this scope declares fields into. */
  message: string;
}

const SKIP_TO_SEMICOLON = new Set(["syntax", "edition", "import", "option", "reserved", "extensions", "package"]);
const LABELS = new Set(["optional", "required", "repeated"]);

/**
 * Finds the position of every message and field declaration of a .proto
 * file by walking its tokens with a scope stack (protobufjs gives no
 * positions for fields). Tolerates broken input: it locates what it can.
 */
export function locateProtoDeclarations(source: string): ProtoDeclarations {
  const { tokens, comments } = tokenizeProto(source);
  const attach = commentAttacher(comments);
  const result: ProtoDeclarations = { packageName: "", imports: [], messages: new Map(), fields: new Map(), enums: new Map(), enumValues: new Map() };
  const stack: Scope[] = [];
  const currentMessage = (): string | undefined => {
    for (let s = stack.length - 1; s >= 0; s--) if (stack[s]!.kind === "message") return stack[s]!.message;
    return undefined;
  };
  const qualify = (name: string): string => {
    const outer = currentMessage();
    return outer ? `${outer}.${name}` : result.packageName ? `${result.packageName}.${name}` : name;
  };

  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const scope = stack[stack.length - 1];
    if (token.text === "}") {
      stack.pop();
      i++;
      continue;
    }
    if (token.text === ";" || token.kind !== "word") {
      i = token.text === "{" ? skipBlock(tokens, i) : i + 1;
      continue;
    }
    if (token.text === "package" && !scope) {
      result.packageName = tokens[i + 1]?.kind === "word" ? tokens[i + 1]!.text : "";
      i = skipStatement(tokens, i);
      continue;
    }
    if (token.text === "import" && !scope) {
      const end = skipStatement(tokens, i);
      const target = tokens.slice(i + 1, end).find((t) => t.kind === "string");
      if (target) {
        const last = tokens[end - 1] ?? target;
        result.imports.push({
          path: target.text.replace(/^["']|["']$/g, ""),
          line: token.line,
          column: token.column,
          endLine: last.line,
          endColumn: last.column + last.text.length,
        });
      }
      i = end;
      continue;
    }
    if (SKIP_TO_SEMICOLON.has(token.text)) {
      i = skipStatement(tokens, i);
      continue;
    }
    if ((token.text === "message" || token.text === "enum") && tokens[i + 1]?.kind === "word" && tokens[i + 2]?.text === "{") {
      const name = tokens[i + 1]!;
      const fullName = qualify(name.text);
      if (token.text === "message") result.messages.set(fullName, declarationAt(token, name, attach));
      else result.enums!.set(fullName, declarationAt(token, name, attach));
      stack.push({ kind: token.text, message: fullName });
      i += 3;
      continue;
    }
    if (token.text === "oneof" && tokens[i + 2]?.text === "{") {
      stack.push({ kind: "oneof", message: currentMessage() ?? "" });
      i += 3;
      continue;
    }
    if ((token.text === "service" || token.text === "extend") && (tokens[i + 2]?.text === "{" || tokens[i + 1]?.text === "{")) {
      stack.push({ kind: "block", message: "" });
      i = tokens[i + 2]?.text === "{" ? i + 3 : i + 2;
      continue;
    }
    if (scope && (scope.kind === "message" || scope.kind === "oneof")) {
      i = readField(tokens, i, scope.message, result, stack, attach);
      continue;
    }
    // `NAME = 4 [opts];` in an enum: a value, positioned at its name.
    if (scope?.kind === "enum" && tokens[i + 1]?.text === "=") {
      const end = skipStatement(tokens, i);
      result.enumValues!.set(`${scope.message}.${token.text}`, declarationAt(token, tokens[end - 1] ?? token, attach));
      i = end;
      continue;
    }
    // rpc declarations, stray words: skip the statement.
    i = skipStatement(tokens, i);
  }
  return result;
}

/** Reads `[label] type name = N [opts];`, `map<K, V> name = N;` or a proto2 `group`. Returns the next index. */
function readField(tokens: ProtoToken[], start: number, message: string, result: ProtoDeclarations, stack: Scope[], attach: CommentAttacher): number {
  let i = start;
  if (LABELS.has(tokens[i]!.text)) i++;
  if (tokens[i]?.text === "group" && tokens[i + 1]?.kind === "word") {
    // proto2 group: declares the nested message `Name` and the field `name`.
    const name = tokens[i + 1]!;
    result.fields.set(`${message}.${name.text.toLowerCase()}`, declarationAt(tokens[start]!, name, attach));
    const open = findNext(tokens, i, "{", true);
    if (open !== -1) {
      const fullName = `${message}.${name.text}`;
      result.messages.set(fullName, declarationAt(tokens[start]!, name, attach));
      stack.push({ kind: "message", message: fullName });
      return open + 1;
    }
    return skipStatement(tokens, start);
  }
  // The field name is the word right before `=`.
  const equals = findNext(tokens, i, "=", true);
  const end = skipStatement(tokens, start);
  if (equals !== -1 && equals < end && equals > start) {
    const name = tokens[equals - 1]!;
    if (name.kind === "word") {
      const last = tokens[end - 1] ?? name;
      const declaration = declarationAt(tokens[start]!, last, attach);
      result.fields.set(`${message}.${name.text}`, declaration);
    }
  }
  return end;
}

function declarationAt(first: ProtoToken, last: ProtoToken, attach: CommentAttacher): ProtoDeclaration {
  return {
    line: first.line,
    column: first.column,
    endLine: last.line,
    endColumn: last.column + last.text.length,
    comments: attach(first.line, last.line),
  };
}

type CommentAttacher = (firstLine: number, lastLine: number) => string;

/** Leading comments end on the line right above the declaration (a contiguous block); trailing ones start on its last line. */
function commentAttacher(comments: ProtoComment[]): CommentAttacher {
  const standaloneByEndLine = new Map<number, ProtoComment>();
  const trailingByLine = new Map<number, ProtoComment>();
  for (const c of comments) {
    if (c.trailing) {
      if (!trailingByLine.has(c.line)) trailingByLine.set(c.line, c);
    } else {
      standaloneByEndLine.set(c.endLine, c);
    }
  }
  return (firstLine, lastLine) => {
    const parts: string[] = [];
    let c = standaloneByEndLine.get(firstLine - 1);
    while (c) {
      parts.unshift(c.text);
      c = standaloneByEndLine.get(c.line - 1);
    }
    const trailing = trailingByLine.get(lastLine);
    if (trailing) parts.push(trailing.text);
    return parts.join("\n");
  };
}

/** Index after the `;` that ends the statement at `start` (balancing `{}` of aggregate options), or after a `{…}` block. */
function skipStatement(tokens: ProtoToken[], start: number): number {
  let depth = 0;
  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (t === "{" || t === "[" || t === "(") depth++;
    else if (t === "}" || t === "]" || t === ")") {
      if (depth === 0) return i; // the enclosing scope closes; let the caller pop it
      depth--;
      if (depth === 0 && t === "}" && tokens[i + 1]?.text !== ";") return i + 1;
    } else if (t === ";" && depth === 0) return i + 1;
  }
  return tokens.length;
}

function skipBlock(tokens: ProtoToken[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (tokens[i]!.text === "{") depth++;
    else if (tokens[i]!.text === "}" && --depth === 0) return i + 1;
  }
  return tokens.length;
}

function findNext(tokens: ProtoToken[], from: number, text: string, stopAtStatementEnd = false): number {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (t === text) return i;
    if (stopAtStatementEnd && (t === ";" || t === "{" || t === "}")) return t === text ? i : -1;
  }
  return -1;
}
