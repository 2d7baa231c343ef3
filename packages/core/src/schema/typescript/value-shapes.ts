import type ts from "typescript";
import type { ClassifiedField } from "../../model/schema-field.js";
import type { ClassifyEnvironment, Marking } from "../classify-field.js";
import type { FieldSite } from "./field-sites.js";
import { schemaBuilderObject } from "./schema-builders.js";
import { classifySite, type SiteContext } from "./site-classifier.js";
import { builderKeys } from "./syntactic-sites.js";

type TS = typeof ts;
type Carried = Pick<ClassifiedField, "categories" | "evidence" | "confidence">;

/**
 * What the value of a schema-builder key carries: the categories of the keys
 * of the builder object it declares or refers to (`start: z.object({ lat,
 * lng })`, `origin: PositionSchema`, `z.array(PositionSchema)`), as a
 * property typed with an interface carries that interface's fields. A
 * `{ lat, lon }`-shaped schema is a position wherever it is used.
 */
export class ValueShapes {
  private readonly memo = new Map<ts.ObjectLiteralExpression, Carried | null>();
  private readonly inProgress = new Set<ts.ObjectLiteralExpression>();
  private readonly quietEnvs = new Map<ClassifyEnvironment, ClassifyEnvironment>();

  constructor(
    private readonly ts: TS,
    private readonly checker: ts.TypeChecker,
    private readonly envOf: (file: ts.SourceFile) => ClassifyEnvironment,
    private readonly locationOf: (node: ts.Node) => ClassifiedField["location"],
    private readonly markingOf: (node: ts.Node) => Marking,
  ) {}

  carriedBy(site: FieldSite): Carried | undefined {
    if (!site.value) return undefined;
    const literal = this.builderObjectOf(site.value);
    return literal ? this.carriedByObject(literal) : undefined;
  }

  /** The builder object a key's value declares inline, or the one of the schema variable it refers to. */
  private builderObjectOf(value: ts.Expression): ts.ObjectLiteralExpression | undefined {
    const inline = schemaBuilderObject(this.ts, value);
    if (inline) return inline;
    let found: ts.ObjectLiteralExpression | undefined;
    const visit = (node: ts.Node): void => {
      if (found) return;
      if (this.ts.isIdentifier(node)) {
        found = this.referencedBuilder(node);
        return;
      }
      if (this.ts.isPropertyAccessExpression(node)) {
        visit(node.expression);
        return;
      }
      if (this.ts.isObjectLiteralExpression(node) || this.ts.isFunctionLike(node)) return;
      this.ts.forEachChild(node, visit);
    };
    visit(value);
    return found;
  }

  private referencedBuilder(identifier: ts.Identifier): ts.ObjectLiteralExpression | undefined {
    let symbol = this.checker.getSymbolAtLocation(identifier);
    if (symbol && symbol.flags & this.ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration;
    if (!declaration || !this.ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
    return schemaBuilderObject(this.ts, declaration.initializer);
  }

  private carriedByObject(literal: ts.ObjectLiteralExpression): Carried | undefined {
    const memo = this.memo.get(literal);
    if (memo !== undefined) return memo ?? undefined;
    if (this.inProgress.has(literal)) return undefined;
    this.inProgress.add(literal);
    try {
      const carried = this.compute(literal);
      this.memo.set(literal, carried ?? null);
      return carried;
    } finally {
      this.inProgress.delete(literal);
    }
  }

  private compute(literal: ts.ObjectLiteralExpression): Carried | undefined {
    const sites: FieldSite[] = [];
    const enclosing = this.enclosingStatement(literal);
    builderKeys(this.ts, literal, "(value)", [], enclosing ? [enclosing] : [], { fields: sites, collections: [] });
    // Quietly: the keys are reported where they are declared, not where they are used.
    const env = this.quiet(this.envOf(literal.getSourceFile()));
    const context: SiteContext = {
      ts: this.ts,
      locationOf: this.locationOf,
      enclosingMarking: (node) => this.markingOf(node),
      carriedByValue: (site) => this.carriedBy(site),
    };
    const categories = new Set<string>();
    let first: Carried | undefined;
    for (const site of sites) {
      if (site.name.parent?.parent !== literal) continue; // its own keys; nested objects are carried through them
      const field = classifySite(context, site, env);
      if (!field || field.categories.length === 0) continue;
      first ??= { categories: [], evidence: field.evidence, confidence: field.confidence };
      for (const category of field.categories) categories.add(category);
    }
    return first ? { ...first, categories: [...categories] } : undefined;
  }

  /** The variable statement a builder object is declared in (its `@vdx` applies to the keys). */
  private enclosingStatement(literal: ts.Node): ts.Node | undefined {
    const declaration = this.ts.findAncestor(literal, (node) => this.ts.isVariableDeclaration(node) || this.ts.isBlock(node) || this.ts.isSourceFile(node));
    if (!declaration || !this.ts.isVariableDeclaration(declaration)) return undefined;
    const statement = declaration.parent?.parent;
    return statement && this.ts.isVariableStatement(statement) ? statement : declaration;
  }

  private quiet(env: ClassifyEnvironment): ClassifyEnvironment {
    let quiet = this.quietEnvs.get(env);
    if (!quiet) this.quietEnvs.set(env, (quiet = { ...env, findings: [] }));
    return quiet;
  }
}
