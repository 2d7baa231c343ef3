// Fields and enum values of a .proto file, by a line scanner (labelling aid, not vdx).
import type { ListedField } from "./list-fields.js";

interface Block {
  kind: "message" | "enum" | "oneof" | "other";
  name: string;
  members: ListedField[];
}

const FIELD = /^\s*(?:repeated\s+|optional\s+|required\s+)?(map\s*<[^>]+>|[.\w]+)\s+(\w+)\s*=\s*\d+/;
const ENUM_VALUE = /^\s*(\w+)\s*=\s*-?\d+/;
const OPEN = /^\s*(message|enum|oneof|service|extend)\s+([.\w]+)\s*\{/;

export function listProtoFields(text: string): ListedField[] {
  const fields: ListedField[] = [];
  const stack: Block[] = [];
  let pkg = "";
  const lines = text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " ")).split("\n");
  lines.forEach((raw, index) => {
    const line = raw.replace(/\/\/.*$/, "");
    const pkgMatch = /^\s*package\s+([.\w]+)\s*;/.exec(line);
    if (pkgMatch) pkg = pkgMatch[1]!;
    const open = OPEN.exec(line);
    if (open) {
      const kind = open[1] === "message" || open[1] === "enum" || open[1] === "oneof" ? open[1] : "other";
      stack.push({ kind, name: open[2]!, members: [] });
    } else {
      const top = stack[stack.length - 1];
      const owner = [...stack].reverse().find((block) => block.kind !== "oneof");
      if (top !== undefined && owner !== undefined && (top.kind === "message" || top.kind === "oneof")) {
        const field = FIELD.exec(line);
        if (field && field[1] !== "option" && field[1] !== "reserved") {
          owner.members.push({ line: index + 1, path: qualified(pkg, stack, field[2]!), kind: "field", siblings: [] });
        }
      } else if (top?.kind === "enum") {
        const value = ENUM_VALUE.exec(line);
        if (value && value[1] !== "option") top.members.push({ line: index + 1, path: qualified(pkg, stack, value[1]!), kind: "enum-member", siblings: [] });
      }
    }
    for (const _ of line.matchAll(/\}/g)) {
      const closed = stack.pop();
      if (closed === undefined || closed.kind === "oneof" || closed.kind === "other") continue;
      const names = closed.members.map((member) => member.path.split(".").pop()!);
      for (const member of closed.members) fields.push({ ...member, siblings: names });
    }
  });
  return fields.sort((a, b) => a.line - b.line);
}

function qualified(pkg: string, stack: Block[], name: string): string {
  const scopes = stack.filter((block) => block.kind === "message" || block.kind === "enum").map((block) => block.name);
  return [pkg, ...scopes, name].filter(Boolean).join(".");
}
