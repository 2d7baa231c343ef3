import type ts from "typescript";
import type { FlowStep } from "../../model/finding.js";
import type { TS } from "../values/typescript-module.js";
import { locationOf } from "../values/source-location.js";
import { propertyNameText, unwrapExpression } from "../values/expression-shapes.js";
import { mapKnown, unionValues, type ParameterValue, type StaticValue } from "../values/static-value.js";

/**
 * Settings written in the project's configuration modules. An SDK class reads its host from a typed
 * settings object (`constructor(config: SystemConfig)`, `config.util.partner.tokenUrl`) that the
 * application builds at start-up from an environment file (`{ util: { partner: { tokenUrl: DEFAULT } } }`)
 * or a schema with defaults (`partner: z.object({ tokenUrl: z.string().default(DEFAULT) })`); no call
 * in the code passes it. The values those modules write at the same property path (its last
 * segments) are what the destination ships with.
 */
const PATH_SEGMENTS = 3;
const MAX_SITES = 16;

export class ConfiguredDefaults {
  /** Property assignments by name, gathered per name asked (most parameters never reach this). */
  private readonly byName = new Map<string, ts.PropertyAssignment[]>();

  constructor(
    private readonly ts: TS,
    private readonly files: () => readonly ts.SourceFile[],
    private readonly evaluate: (expression: ts.Expression) => StaticValue,
  ) {}

  /** The values the configuration modules give the parameter's property path, or undefined when they give none. */
  valueOf(parameter: ParameterValue): { value: StaticValue; step: FlowStep } | undefined {
    const ts = this.ts;
    const path = parameter.propertyPath;
    const declared = parameter.func.parameters[parameter.index];
    if (path.length < 2 || !declared?.type || !ts.isTypeReferenceNode(declared.type)) return undefined;
    if (parameter.next || parameter.methods || parameter.derived || parameter.openEnd || parameter.base !== undefined) return undefined;
    const wanted = path.slice(-PATH_SEGMENTS);
    const sites = this.assignmentsNamed(wanted[wanted.length - 1]!).filter((site) => pathEndsWith(ts, site, wanted));
    if (sites.length === 0 || sites.length > MAX_SITES) return undefined;
    const values: StaticValue[] = [];
    for (const site of sites) {
      const written = this.written(site.initializer);
      if (written) values.push(written);
    }
    if (!values.some((value) => value.kind === "known")) return undefined;
    const location = locationOf(sites[0]!);
    const merged = unionValues(values, location);
    if (merged.kind !== "known") return undefined;
    const value = mapKnown(merged, (text) => `${parameter.prefix}${text}${parameter.suffix}`);
    const where = sites.map((site) => `${site.getSourceFile().fileName.split("/").slice(-2).join("/")}:${locationOf(site).line}`).join(", ");
    return { value, step: { location, message: `no caller supplies ${path.join(".")}; the configuration modules set it (${where})` } };
  }

  /** What one site writes: the value, a schema default (`z.string().default(X)`), or nothing it can say. */
  private written(initializer: ts.Expression): StaticValue | undefined {
    const ts = this.ts;
    const node = unwrapExpression(ts, initializer);
    if (ts.isCallExpression(node)) {
      for (let call: ts.Expression = node; ts.isCallExpression(call);) {
        const callee = unwrapExpression(ts, call.expression);
        if (!ts.isPropertyAccessExpression(callee)) break;
        if (callee.name.text === "default" && call.arguments[0]) return this.evaluate(call.arguments[0]);
        call = unwrapExpression(ts, callee.expression);
      }
    }
    // A bare schema call (`z.string()`) writes no value, and a named constant vdx cannot see (imported through a
    // workspace package that is not linked) says nothing against the values the other modules write.
    const value = this.evaluate(node);
    return value.kind === "unknown" && value.env === undefined && (ts.isCallExpression(node) || ts.isIdentifier(node)) ? undefined : value;
  }

  /**
   * The property assignments named `name` in the project's files. A file whose text does not spell the name is
   * not walked: the text test is far cheaper than the tree walk, and few files write a given setting.
   */
  private assignmentsNamed(name: string): ts.PropertyAssignment[] {
    const known = this.byName.get(name);
    if (known) return known;
    const ts = this.ts;
    const found: ts.PropertyAssignment[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) && propertyNameText(ts, node.name) === name) found.push(node);
      ts.forEachChild(node, visit);
    };
    for (const file of this.files()) if (file.text.includes(name)) visit(file);
    this.byName.set(name, found);
    return found;
  }
}

/** Whether the property assignments enclosing `site` (through object literals and schema calls) spell `wanted`. */
function pathEndsWith(ts: TS, site: ts.PropertyAssignment, wanted: readonly string[]): boolean {
  let current: ts.Node = site;
  for (let index = wanted.length - 1; index >= 0; index--) {
    if (!ts.isPropertyAssignment(current) || propertyNameText(ts, current.name) !== wanted[index]) return false;
    if (index === 0) return true;
    let up: ts.Node | undefined = current.parent;
    while (
      up &&
      (ts.isObjectLiteralExpression(up) ||
        ts.isCallExpression(up) ||
        ts.isPropertyAccessExpression(up) ||
        ts.isParenthesizedExpression(up) ||
        ts.isAsExpression(up) ||
        ts.isSatisfiesExpression(up))
    )
      up = up.parent;
    if (!up) return false;
    current = up;
  }
  return false;
}
