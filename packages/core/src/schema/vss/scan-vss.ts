import path from "node:path";
import { readXVdxKeyword } from "../annotations/x-vdx-keyword.js";
import { joinPointer, type PositionedDocument } from "../../input/positioned-document.js";
import type { SourceLocation } from "../../model/location.js";
import type { ClassifiedField } from "../../model/schema-field.js";
import { checkMarking, classifyField, NO_MARKING, mergeMarkings, type ClassifyEnvironment, type Marking } from "../classify-field.js";
import { isObject } from "../json-schema/detect-document-kind.js";
import { invalidInputFinding } from "../findings.js";

/** One VSS node as read from a catalog, before classification. */
interface VssNode {
  path: string;
  type: string;
  location: SourceLocation;
  marking: { ids: string[]; none: boolean } | undefined;
  datatype?: string;
}

const LEAF_TYPES = new Set(["sensor", "actuator", "attribute", "property"]);

/**
 * VSS catalogs: `.vspec` YAML (flat dotted keys, `#include file Prefix`
 * directives) and the VSS JSON export (nested `children`). Every leaf is a
 * field named by its dotted path; a branch's `x-vdx` applies to its leaves.
 */
export function scanVssCatalogs(
  vspecFiles: readonly VspecText[],
  jsonExports: readonly PositionedDocument[],
  loadVspec: (file: string) => VspecText | { unusable: string },
  env: ClassifyEnvironment,
): ClassifiedField[] {
  const nodes: VssNode[] = [];
  const included = new Set<string>();
  const byFile = new Map(vspecFiles.map((v) => [v.document.file, v]));
  // A file another catalog includes is read with that catalog's prefix, not on its own: an include
  // resolves beside the including file, or in a root catalog's folder (`#include include/Item.vspec`).
  const includePaths = vspecFiles.flatMap((vspec) => includesOf(vspec.text).map((include) => ({ from: vspec.document.file, file: include.file })));
  for (const { from, file } of includePaths) included.add(path.resolve(path.dirname(from), file));
  const roots = vspecFiles.filter((vspec) => !included.has(vspec.document.file));
  for (const root of roots) for (const { file } of includePaths) included.add(path.resolve(path.dirname(root.document.file), file));
  const reported = new Set<string>();
  // An include that cannot be read is reported once, on the scanned file that names it.
  const report = (vspec: VspecText, include: VspecInclude, why: string): void => {
    const key = `${vspec.document.file}:${include.line}`;
    if (!byFile.has(vspec.document.file) || reported.has(key)) return;
    reported.add(key);
    const location = { file: vspec.document.file, line: include.line, column: 1 };
    env.findings.push(invalidInputFinding(env.root, location, `#include ${include.file}: ${why}; its signals are not read`, `include:${include.file}`));
  };
  for (const vspec of vspecFiles) {
    if (included.has(vspec.document.file)) continue;
    // vss-tools resolves an include beside the including file, then in the root catalog's folder (`include/…`).
    const rootDir = path.dirname(vspec.document.file);
    const load = (file: string, relative: string): VspecText | { unusable: string } => {
      const beside = byFile.get(file) ?? loadVspec(file);
      if (!("unusable" in beside)) return beside;
      const inRoot = path.resolve(rootDir, relative);
      if (inRoot === file) return beside;
      const fromRoot = byFile.get(inRoot) ?? loadVspec(inRoot);
      return "unusable" in fromRoot ? beside : fromRoot;
    };
    readVspec(vspec, "", new Set(), load, report, nodes, 0);
  }
  for (const document of jsonExports) readJsonExport(document, document.value, "", "", nodes);
  return classifyVssNodes(nodes, env);
}

/** Include depth beyond which a catalog is not followed (a file that includes itself under a growing prefix). */
const MAX_INCLUDE_DEPTH = 32;

interface VspecText {
  document: PositionedDocument;
  text: string;
}
interface VspecInclude {
  file: string;
  prefix: string;
  line: number;
}

function readVspec(
  vspec: VspecText,
  prefix: string,
  seen: Set<string>,
  load: (file: string, relative: string) => VspecText | { unusable: string },
  report: (vspec: VspecText, include: VspecInclude, why: string) => void,
  out: VssNode[],
  depth: number,
): void {
  // One file may be included under several prefixes (EngineCoolant under CombustionEngine and ElectricMotor).
  const key = `${vspec.document.file}\u0000${prefix}`;
  if (seen.has(key) || depth > MAX_INCLUDE_DEPTH) return;
  seen.add(key);
  const value = vspec.document.value;
  if (isObject(value)) {
    for (const [key, node] of Object.entries(value)) {
      if (!isObject(node) || typeof node.type !== "string") continue;
      const pointer = joinPointer([key]);
      out.push({
        path: prefix ? `${prefix}.${key}` : key,
        type: node.type,
        location: vspec.document.locateKey(pointer),
        marking: readXVdxKeyword(node["x-vdx"]),
        ...(typeof node.datatype === "string" ? { datatype: node.datatype } : {}),
      });
    }
  }
  for (const include of includesOf(vspec.text)) {
    const target = load(path.resolve(path.dirname(vspec.document.file), include.file), include.file);
    if ("unusable" in target) report(vspec, include, target.unusable);
    else readVspec(target, [prefix, include.prefix].filter(Boolean).join("."), seen, load, report, out, depth + 1);
  }
}

function readJsonExport(document: PositionedDocument, value: unknown, prefix: string, pointer: string, out: VssNode[]): void {
  if (!isObject(value)) return;
  for (const [name, node] of Object.entries(value)) {
    if (!isObject(node)) continue;
    const nodePath = prefix ? `${prefix}.${name}` : name;
    const nodePointer = `${pointer}${joinPointer([name])}`;
    out.push({
      path: nodePath,
      type: typeof node.type === "string" ? node.type : "branch",
      location: document.locateKey(nodePointer),
      marking: readXVdxKeyword(node["x-vdx"]),
      ...(typeof node.datatype === "string" ? { datatype: node.datatype } : {}),
    });
    if (isObject(node.children)) readJsonExport(document, node.children, nodePath, `${nodePointer}/children`, out);
  }
}

function classifyVssNodes(nodes: VssNode[], env: ClassifyEnvironment): ClassifiedField[] {
  const branchMarkings = new Map<string, Marking>();
  const leavesByBranch = new Map<string, string[]>();
  for (const node of nodes) {
    const branch = parentPath(node.path);
    if (LEAF_TYPES.has(node.type)) {
      const list = leavesByBranch.get(branch) ?? [];
      list.push(lastSegment(node.path));
      leavesByBranch.set(branch, list);
    } else if (node.marking) {
      branchMarkings.set(node.path, checkMarking(node.marking, { location: node.location, path: node.path }, env));
    }
  }
  const fields: ClassifiedField[] = [];
  for (const node of nodes) {
    if (!LEAF_TYPES.has(node.type)) continue;
    const own = node.marking ? checkMarking(node.marking, { location: node.location, path: node.path }, env) : NO_MARKING;
    let inherited: Marking = NO_MARKING;
    // Nearest branch first: a nearer `none` shadows an outer mark.
    for (let branch = parentPath(node.path); branch !== ""; branch = parentPath(branch)) {
      const marking = branchMarkings.get(branch);
      if (!marking) continue;
      inherited = mergeMarkings(inherited, marking);
      if (marking.none && marking.ids.length === 0) break;
    }
    const segments = node.path.split(".");
    const classified = classifyField(
      {
        path: node.path,
        source: "vss",
        location: node.location,
        identifier: lastSegment(node.path),
        context: { vssPath: node.path, parents: segments.slice(0, -1), siblings: leavesByBranch.get(parentPath(node.path)) ?? [] },
        ...(node.datatype ? { typeName: node.datatype } : {}),
        container: parentPath(node.path),
        markings: { own, inherited },
      },
      env,
    );
    if (classified) fields.push(classified);
  }
  return fields;
}

function includesOf(text: string): VspecInclude[] {
  const includes: VspecInclude[] = [];
  let line = 1;
  let counted = 0;
  for (const match of text.matchAll(/^#include[ \t]+(\S+)(?:[ \t]+(\S+))?/gm)) {
    for (let i = text.indexOf("\n", counted); i !== -1 && i < match.index; i = text.indexOf("\n", i + 1)) line++;
    counted = match.index;
    includes.push({ file: match[1]!, prefix: match[2] ?? "", line });
  }
  return includes;
}

function parentPath(p: string): string {
  const dot = p.lastIndexOf(".");
  return dot === -1 ? "" : p.slice(0, dot);
}

function lastSegment(p: string): string {
  return p.slice(p.lastIndexOf(".") + 1);
}
