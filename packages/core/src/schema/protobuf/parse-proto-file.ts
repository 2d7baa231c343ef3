import protobuf from "protobufjs";
import type { SourceLocation } from "../../model/location.js";
import { withLinearFieldIds } from "./linear-field-ids.js";
import { tokenizeProto } from "./tokenize-proto.js";
import { locateProtoDeclarations, type ProtoDeclarations } from "./locate-proto-declarations.js";

/** One .proto file parsed on its own root (so two unrelated files never collide), with positions. */
export interface ParsedProto {
  file: string;
  root: protobuf.Root;
  imports: string[];
  declarations: ProtoDeclarations;
}

export type ParseProtoOutcome = { ok: true; parsed: ParsedProto } | { ok: false; location: SourceLocation; message: string };

/**
 * Parses proto2, proto3 and editions syntax with protobufjs (field names kept
 * as written, `//` comments recognised), and locates declarations with our
 * own tokenizer. A syntax error becomes a positioned outcome, never a throw.
 */
export function parseProtoFile(file: string, text: string): ParseProtoOutcome {
  try {
    const result = withLinearFieldIds(() => protobuf.parse(text, new protobuf.Root(), { keepCase: true, alternateCommentMode: true }));
    return {
      ok: true,
      parsed: {
        file,
        root: result.root,
        imports: [...(result.imports ?? []), ...(result.weakImports ?? [])],
        declarations: locateProtoDeclarations(text),
      },
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (message === "max depth exceeded") {
      // protobufjs says no more; the first brace past protoc's nesting limit is where the file goes wrong.
      return {
        ok: false,
        location: { file, ...tooDeepBrace(text) },
        message: `invalid protobuf: declarations nested more than ${protobuf.util.nestingLimit} levels deep (protoc's limit)`,
      };
    }
    return { ok: false, location: errorLocation(file, text, message), message: `invalid protobuf: ${message}` };
  }
}

function tooDeepBrace(text: string): { line: number; column: number } {
  let depth = 0;
  for (const token of tokenizeProto(text).tokens) {
    if (token.text === "{" && ++depth > protobuf.util.nestingLimit) return { line: token.line, column: token.column };
    if (token.text === "}") depth--;
  }
  return { line: 1, column: 1 };
}

/** protobufjs reports `illegal token 'x' (line 3)`: find the token on that line for the column. */
function errorLocation(file: string, text: string, message: string): SourceLocation {
  const lineMatch = /\(line (\d+)\)/.exec(message);
  if (!lineMatch) return { file, line: 1, column: 1 };
  const line = Number(lineMatch[1]);
  const lineText = text.split("\n")[line - 1] ?? "";
  const token = /'([^']*)'/.exec(message)?.[1];
  const index = token ? lineText.indexOf(token) : -1;
  const firstNonBlank = lineText.search(/\S/);
  return { file, line, column: (index >= 0 ? index : Math.max(firstNonBlank, 0)) + 1 };
}
