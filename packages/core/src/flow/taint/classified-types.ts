import type ts from "typescript";
import type { TS } from "../values/typescript-module.js";
import type { RulePack } from "../../model/pack.js";
import type { ClassifiedField, FieldIndex } from "../../model/schema-field.js";
import { STRONG_SIGNAL_CONFIDENCE } from "../../model/schema-field.js";
import { anonymousPropertyField } from "./anonymous-type-fields.js";
import { fieldOrigin } from "./origins.js";
import type { MarkerSubtypes } from "./marker-subtypes.js";
import { EMPTY, type Taint, type Origin, flatten, isEmpty, union } from "./taint.js";

const MAX_TYPE_DEPTH = 4;

/** What a function's analysis asks about types; a kept taint summary records the answers through it (summary-reuse.ts). */
export interface TypeClassification {
  propertyOrigin(symbol: ts.Symbol | undefined): Origin | undefined;
  isReviewedNone(symbol: ts.Symbol | undefined): boolean;
  typeTaint(type: ts.Type | undefined): Taint;
  /** The marker interfaces whose subtypes the answer about `asked` (a type, or a property) depended on. */
  markersBehind(asked: ts.Type | ts.Symbol): Iterable<ts.Symbol>;
  /** The declarations of the project types that extend or implement `marker` in this program state. */
  subtypeDeclarations(marker: ts.Symbol): readonly ts.Declaration[];
}

/**
 * Classification by type: which properties of a TS type are classified, and
 * the structured taint of a value of that type (sending a whole `Trip` exports
 * every classified field in it, nested types included). Cached per symbol and
 * per type, so the cost is paid once per declaration.
 */
export class ClassifiedTypes implements TypeClassification {
  private readonly propertyCache = new Map<ts.Symbol, Origin | null>();
  private readonly typeCache = new Map<ts.Type, Taint>();
  private readonly inProgress = new Set<ts.Type>();
  /**
   * The marker interfaces each cached answer consulted, itself or through the types it followed (absent: none).
   * Those answers depend on files anywhere in the project, outside the import closure a kept summary checks.
   */
  private readonly markerDependencies = new Map<ts.Type | ts.Symbol, Set<ts.Symbol>>();
  /** The markers consulted by the answers being computed, innermost last. */
  private readonly consulting: Set<ts.Symbol>[] = [];
  private readonly hasTypeFields: boolean;

  constructor(
    private readonly ts: TS,
    private readonly checker: ts.TypeChecker,
    private readonly fields: FieldIndex,
    /** The rule pack whose signals classify properties of anonymous object types; without it only named types count. */
    private readonly pack?: RulePack,
    /** The subtypes of marker interfaces; without it a value typed by a marker carries nothing. */
    private readonly markers?: MarkerSubtypes,
  ) {
    this.hasTypeFields = fields.all().some((f) => f.source === "typescript" || f.evidence.kind === "generated-from");
  }

  /** The origin of reading property `symbol`, when its declaration is a classified field. */
  propertyOrigin(symbol: ts.Symbol | undefined): Origin | undefined {
    if (!symbol || !this.mayClassify) return undefined;
    let cached = this.propertyCache.get(symbol);
    if (cached === undefined) {
      cached = this.tracked(symbol, () => this.lookupProperty(symbol) ?? null);
      this.propertyCache.set(symbol, cached);
    } else this.consulted(symbol);
    return cached ?? undefined;
  }

  /**
   * Whether property `symbol` was reviewed as no vehicle data (`@vdx none` on it or on its type): its value
   * stays unclassified whatever its name or the key that carries it says.
   */
  isReviewedNone(symbol: ts.Symbol | undefined): boolean {
    if (!symbol || !this.hasTypeFields) return false;
    for (const declaration of symbol.declarations ?? []) {
      const owner = ownerTypeName(this.ts, declaration);
      const field = owner ? this.fields.forTypeProperty(declaration.getSourceFile().fileName, owner, symbol.getName()) : undefined;
      if (field?.evidence.kind === "annotation" && field.categories.every((c) => c === "none")) return true;
    }
    return false;
  }

  /** Structured taint of a value of `type`: one field per classified property, nested types followed. */
  typeTaint(type: ts.Type | undefined, depth = 0): Taint {
    if (!type || !this.mayClassify || depth > MAX_TYPE_DEPTH) return EMPTY;
    const cached = this.typeCache.get(type);
    if (cached) {
      this.consulted(type);
      return cached;
    }
    if (this.inProgress.has(type)) return EMPTY;
    this.inProgress.add(type);
    const taint = this.tracked(type, () => this.computeTypeTaint(type, depth));
    this.inProgress.delete(type);
    this.typeCache.set(type, taint);
    return taint;
  }

  markersBehind(asked: ts.Type | ts.Symbol): Iterable<ts.Symbol> {
    if (this.markerDependencies.size === 0) return NO_MARKERS;
    return this.markerDependencies.get(asked) ?? NO_MARKERS;
  }

  subtypeDeclarations(marker: ts.Symbol): readonly ts.Declaration[] {
    return this.markers?.subtypeDeclarationsOf(marker) ?? [];
  }

  /** Computes the answer about `asked`, noting the markers it consults (and telling the answer being computed around it). */
  private tracked<T>(asked: ts.Type | ts.Symbol, compute: () => T): T {
    const markers = new Set<ts.Symbol>();
    this.consulting.push(markers);
    try {
      return compute();
    } finally {
      this.consulting.pop();
      if (markers.size > 0) this.markerDependencies.set(asked, markers);
      this.consulted(asked);
    }
  }

  /** A cached answer about `asked` is used: whatever it consulted, the answer being computed consulted too. */
  private consulted(asked: ts.Type | ts.Symbol): void {
    // Asked on every cached answer (a property read asks its type): the usual case, no marker anywhere, costs nothing.
    if (this.markerDependencies.size === 0) return;
    const outer = this.consulting[this.consulting.length - 1];
    const markers = outer && this.markerDependencies.get(asked);
    if (markers) for (const marker of markers) outer.add(marker);
  }

  /** Named types need classified declarations in the index; anonymous ones are classified here, given the pack. */
  private get mayClassify(): boolean {
    return this.hasTypeFields || this.pack !== undefined;
  }

  private computeTypeTaint(type: ts.Type, depth: number): Taint {
    const ts = this.ts;
    if (type.isUnion() || type.isIntersection()) {
      let merged: Taint = EMPTY;
      for (const part of type.types) merged = union(merged, this.typeTaint(part, depth));
      return merged;
    }
    if (!(type.flags & ts.TypeFlags.Object)) return EMPTY;
    const element = this.elementType(type);
    if (element) return this.typeTaint(element, depth);
    const symbol = type.getSymbol() ?? type.aliasSymbol;
    if (!symbol || !(this.isUserDeclared(symbol) || this.isMappedType(type))) return EMPTY;
    const properties = this.checker.getPropertiesOfType(type);
    // `IMessage<OcppRequest>` where `interface OcppRequest {}`: the value is any of the marker's subtypes.
    if (properties.length === 0 && this.markers) {
      this.consulting[this.consulting.length - 1]?.add(symbol);
      let merged: Taint = EMPTY;
      for (const subtype of this.markers.subtypesOf(symbol)) merged = union(merged, this.typeTaint(subtype, depth + 1));
      return merged;
    }
    const fields = new Map<string, Taint>();
    for (const property of properties) {
      const origin = this.propertyOrigin(property);
      let value: Taint = origin ? { labels: [{ kind: "origin", origin, steps: undefined }] } : EMPTY;
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (declaration && depth < MAX_TYPE_DEPTH) {
        const nested = this.typeTaint(this.checker.getTypeOfSymbolAtLocation(property, declaration), depth + 1);
        if (!isEmpty(nested)) value = union(value, nested);
      }
      if (!isEmpty(value)) fields.set(property.getName(), value);
    }
    return fields.size > 0 ? { labels: [], fields } : EMPTY;
  }

  /**
   * Element of arrays, tuples and the pack's containers (propagation.yaml: sets, maps (values), promises,
   * async iterables): collapsed onto the container.
   */
  private elementType(type: ts.Type): ts.Type | undefined {
    const checker = this.checker;
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const args = checker.getTypeArguments(type as ts.TypeReference);
      return args.length === 1 ? args[0] : undefined;
    }
    const name = type.getSymbol()?.getName();
    const element = name ? this.pack?.propagation.containers.get(name) : undefined;
    if (element) {
      const args = checker.getTypeArguments(type as ts.TypeReference);
      return element === "first" ? args[0] : args[args.length - 1];
    }
    return undefined;
  }

  /**
   * `Pick<T, …>`, `Omit<T, …>`, `Partial<T>`, `Readonly<T>`: declared in the lib, but their properties are
   * T's own (the checker links each to T's declaration), so they classify like the picked fields of T.
   */
  private isMappedType(type: ts.Type): boolean {
    return ((type as ts.ObjectType).objectFlags & this.ts.ObjectFlags.Mapped) !== 0 || MAPPED_ALIASES.has(type.aliasSymbol?.getName() ?? "");
  }

  private isUserDeclared(symbol: ts.Symbol): boolean {
    const declaration = symbol.declarations?.[0];
    if (!declaration) return false;
    const file = declaration.getSourceFile();
    return !file.isDeclarationFile || !/[\\/]node_modules[\\/]/.test(file.fileName);
  }

  private carriedByStructure(symbol: ts.Symbol, declaration: ts.Declaration, categories: readonly string[]): boolean {
    const structure = this.typeTaint(this.checker.getTypeOfSymbolAtLocation(symbol, declaration), 1);
    if (!structure.fields || structure.fields.size === 0) return false;
    const carried = new Set<string>();
    for (const label of flatten(structure).labels) if (label.kind === "origin") for (const c of label.origin.categories) carried.add(c);
    return categories.filter((c) => c !== "none").every((c) => carried.has(c));
  }

  private lookupProperty(symbol: ts.Symbol): Origin | undefined {
    const ts = this.ts;
    for (const declaration of symbol.declarations ?? []) {
      const owner = ownerTypeName(ts, declaration);
      const field = owner
        ? this.hasTypeFields
          ? this.fields.forTypeProperty(declaration.getSourceFile().fileName, owner, symbol.getName())
          : undefined
        : this.pack && this.isUserDeclared(symbol)
          ? anonymousPropertyField(ts, this.pack, declaration)
          : undefined;
      if (!field || !countsAsClassification(field)) continue;
      // A property classified only because its type has classified fields (`start: Position`) is followed
      // field by field through that type, so that `trip.start.id` does not carry `Position.lat`.
      if (this.carriedByStructure(symbol, declaration, field.categories)) return undefined;
      return fieldOrigin(field);
    }
    return undefined;
  }
}

const NO_MARKERS: readonly ts.Symbol[] = [];

const MAPPED_ALIASES = new Set(["Pick", "Omit", "Partial", "Required", "Readonly"]);

/** Annotations and schema/generated classifications always count; name signals only when strong. */
export function countsAsClassification(field: ClassifiedField): boolean {
  if (field.categories.filter((c) => c !== "none").length === 0) return false;
  return field.evidence.kind !== "signal" || field.confidence >= STRONG_SIGNAL_CONFIDENCE;
}

/** Name of the interface, class or type alias a property belongs to (`Trip` for `Trip.lat`). */
function ownerTypeName(ts: TS, declaration: ts.Declaration): string | undefined {
  let parent: ts.Node | undefined = declaration.parent;
  if (ts.isParameter(declaration)) parent = declaration.parent?.parent; // constructor parameter property
  while (parent && (ts.isTypeLiteralNode(parent) || ts.isIntersectionTypeNode(parent) || ts.isUnionTypeNode(parent) || ts.isParenthesizedTypeNode(parent))) {
    if (ts.isTypeAliasDeclaration(parent.parent)) return parent.parent.name.text;
    parent = parent.parent;
  }
  if (parent && (ts.isInterfaceDeclaration(parent) || ts.isClassDeclaration(parent) || ts.isClassExpression(parent))) return parent.name?.text;
  if (parent && ts.isTypeAliasDeclaration(parent)) return parent.name.text;
  return undefined;
}
