import type ts from "typescript";

/**
 * A field found in the syntax of a TS/JS file, before classification: what
 * `Type.property` fields are for interfaces, for the shapes code declares in
 * other ways (enum members, string-literal unions, `as const` objects, string
 * lists, schema-builder keys, JSDoc `@typedef`/`@property`, dotted `@param`,
 * `this.x =` in constructors).
 */
export interface FieldSite {
  /** The field's name as written: its location is the field's location. */
  name: ts.Node;
  /** Inventory path: `Owner.field`, nested `Owner.outer.field`. */
  path: string;
  /** The identifier matched against signals. */
  identifier: string;
  /** Other spellings matched too (an enum member's or a constant's string value: `SoC = "SoC"`). */
  alternatives?: string[];
  /** Names declared beside it (context for signals). */
  siblings: string[];
  /** Enclosing names, outermost first. */
  parents: string[];
  /** Declared type or referenced schema names, when the syntax says. */
  typeName?: string;
  /** The node whose JSDoc carries the field's own `@vdx` (enum member, object key, `this.x =` statement). */
  annotated?: ts.Node;
  /** Nodes whose `@vdx` applies to the field and its siblings (the enum, the variable statement, the typedef's comment), outermost first. */
  enclosing: ts.Node[];
  /** What declares the field (`Owner`, `Owner.outer`). */
  container: string;
  /** A schema-builder key's value expression (looked at for position shape). */
  value?: ts.Expression;
}

/**
 * Members of a collection of names — an enum, a string-literal union, an
 * `as const` / `Object.freeze` object, a list of string literals. They are
 * fields only when the collection names signals (a telemetry field enum, OCPP
 * measurands, streaming columns), not when it lists states or modes.
 */
export interface CollectionSite {
  /** Dotted name of the collection (`TelemetryField`, `Trip.kind`, `STREAM_COLUMNS`). */
  name: string;
  members: FieldSite[];
}

export interface SyntacticSites {
  fields: FieldSite[];
  collections: CollectionSite[];
  /** Named interfaces, type aliases and classes anywhere in the file (classified with the checker). */
  declarations: (ts.InterfaceDeclaration | ts.TypeAliasDeclaration | ts.ClassDeclaration)[];
}

/** A field site; optional parts only when present. */
export function site(
  name: ts.Node,
  path: string,
  identifier: string,
  siblings: string[],
  parents: string[],
  container: string,
  enclosing: ts.Node[],
  annotated?: ts.Node,
  alternatives?: string[],
): FieldSite {
  return {
    name,
    path,
    identifier,
    siblings,
    parents,
    container,
    enclosing,
    ...(annotated ? { annotated } : {}),
    ...(alternatives && alternatives.length > 0 ? { alternatives } : {}),
  };
}
