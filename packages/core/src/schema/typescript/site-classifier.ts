import type ts from "typescript";
import type { ClassifiedField } from "../../model/schema-field.js";
import { checkMarking, classifyField, mergeMarkings, NO_MARKING, type ClassifyEnvironment, type Marking } from "../classify-field.js";
import type { CollectionSite, FieldSite } from "./field-sites.js";
import { jsDocMarking } from "./jsdoc-marking.js";
import { namesSignals } from "../signal-collections.js";

type TS = typeof ts;
type Carried = Pick<ClassifiedField, "categories" | "evidence" | "confidence">;

/** What the site classifier needs from its caller: where a node is, the (memoised) mark of an enclosing node, what a value carries. */
export interface SiteContext {
  ts: TS;
  locationOf(node: ts.Node): ClassifiedField["location"];
  /** The `@vdx` mark on an enclosing node (enum, variable statement, class, typedef comment), checked once where it is written. */
  enclosingMarking(node: ts.Node): Marking;
  /** What a schema-builder key's value carries (a position-shaped schema it refers to). */
  carriedByValue?(site: FieldSite): Carried | undefined;
}

/**
 * Classifies the field sites a file's syntax declares (field-sites.ts):
 * annotation on the field, then on what encloses it, then what its value
 * carries, then signals — exactly like a `Type.property`. Members of a
 * collection are fields only when the collection names signals, or when the
 * member is annotated itself.
 */
export function classifySites(context: SiteContext, sites: readonly FieldSite[], env: ClassifyEnvironment): ClassifiedField[] {
  const fields: ClassifiedField[] = [];
  for (const site of sites) {
    const field = classifySite(context, site, env);
    if (field) fields.push(field);
  }
  return fields;
}

export function classifyCollection(context: SiteContext, collection: CollectionSite, env: ClassifyEnvironment): ClassifiedField[] {
  const fields: ClassifiedField[] = [];
  const signals = namesSignals(collection, env.pack);
  for (const member of collection.members) {
    // A member's own annotation makes it a field whatever its siblings are.
    if (!signals && !(member.annotated && jsDocMarking(context.ts, member.annotated))) continue;
    const field = classifySite(context, member, env);
    if (field) fields.push(field);
  }
  return fields;
}

export function classifySite(context: SiteContext, site: FieldSite, env: ClassifyEnvironment): ClassifiedField | undefined {
  const location = context.locationOf(site.name);
  const written = site.annotated ? jsDocMarking(context.ts, site.annotated) : undefined;
  const own = written ? checkMarking(written, { location: context.locationOf(written.tag), path: site.path }, env) : NO_MARKING;
  let inherited = NO_MARKING;
  for (const node of site.enclosing) inherited = mergeMarkings(inherited, context.enclosingMarking(node));
  const fromType = own.ids.length === 0 && !own.none ? context.carriedByValue?.(site) : undefined;
  return classifyField(
    {
      path: site.path,
      source: "typescript",
      location,
      identifier: site.identifier,
      ...(site.alternatives ? { alternatives: site.alternatives } : {}),
      context: { siblings: site.siblings, parents: site.parents, ...(site.typeName ? { typeName: site.typeName } : {}) },
      ...(site.typeName ? { typeName: site.typeName } : {}),
      container: site.container,
      markings: { own, inherited },
      ...(fromType ? { fromType } : {}),
    },
    env,
  );
}
