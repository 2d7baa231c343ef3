import type ts from "typescript";
import type { ClassifiedField } from "../../model/schema-field.js";
import { checkMarking, classifyField, mergeMarkings, NO_MARKING, type ClassifyEnvironment, type Marking } from "../classify-field.js";
import { dataDeclaration, inlineHolder, isNamedDeclaration, memberNames, ownerName, ownerOf, writtenMembers, type Declaration } from "./declaration-members.js";
import { site, type CollectionSite } from "./field-sites.js";
import { GeneratedOrigins } from "./generated-origins.js";
import type { GeneratedLinks } from "./generated-source.js";
import { jsDocCommentMarking, jsDocMarking } from "./jsdoc-marking.js";
import { classifyCollection, classifySites, type SiteContext } from "./site-classifier.js";
import { collectSyntacticSites } from "./syntactic-sites.js";
import { aliasesUnresolvedType, declaresAllItsProperties, isTypedByItsAnnotation, typeCarriesNoFields } from "./syntax-decides.js";
import { propertyNameText } from "./type-node-walk.js";
import { ValueShapes } from "./value-shapes.js";

type TS = typeof ts;
type Carried = Pick<ClassifiedField, "categories" | "evidence" | "confidence">;

const MAX_TYPE_DEPTH = 4;

/** One classification pass over a program; memoises per declaration so shared types are classified once. */
export class TypeScriptClassifier {
  private readonly checker: ts.TypeChecker;
  private readonly memberMemo = new Map<ts.Node, ClassifiedField | null>();
  private readonly inProgress = new Set<ts.Node>();
  private readonly markingMemo = new Map<ts.Node, Marking>();
  private readonly quiet: ClassifyEnvironment;
  private readonly origins: GeneratedOrigins;
  private readonly sites: SiteContext;

  constructor(
    private readonly ts: TS,
    private readonly program: ts.Program,
    private readonly reported: ReadonlySet<ts.SourceFile>,
    private readonly env: ClassifyEnvironment,
    links: GeneratedLinks,
  ) {
    this.checker = program.getTypeChecker();
    this.quiet = { ...env, findings: [] };
    this.origins = new GeneratedOrigins(ts, this.checker, env, links);
    const shapes = new ValueShapes(
      ts,
      this.checker,
      (sourceFile) => this.envOf(sourceFile),
      (node) => this.locationOf(node),
      (node) => this.markingOf(node),
    );
    this.sites = {
      ts,
      locationOf: (node) => this.locationOf(node),
      enclosingMarking: (node) => this.markingOf(node),
      carriedByValue: (fieldSite) => shapes.carriedBy(fieldSite),
    };
  }

  /**
   * Every field the file declares: members of its interfaces, type aliases and classes (with the leaves of
   * inline object types), then the shapes only its syntax says (field-sites.ts).
   */
  classifyFile(file: ts.SourceFile): ClassifiedField[] {
    const env = this.envOf(file);
    const found = collectSyntacticSites(this.ts, file);
    const fields: ClassifiedField[] = [];
    const collections: CollectionSite[] = [...found.collections];
    for (const declaration of found.declarations) fields.push(...this.classifyDeclaration(declaration, collections));
    fields.push(...classifySites(this.sites, found.fields, env));
    for (const collection of collections) {
      // An unknown id on an enum or list is reported whether or not its members turn out to be fields.
      for (const node of collection.members[0]?.enclosing ?? []) this.markingOf(node);
      fields.push(...classifyCollection(this.sites, collection, env));
    }
    return fields;
  }

  private classifyDeclaration(declaration: Declaration, collections: CollectionSite[]): ClassifiedField[] {
    const name = declaration.name!.text;
    const containerMarking = this.markingOf(declaration);
    const fields: ClassifiedField[] = [];
    const written = writtenMembers(this.ts, declaration);
    for (const member of written.members) {
      const field = this.classifyMember(member);
      if (field) fields.push(field);
    }
    for (const union of written.unions) {
      const holderPath = union.holder === declaration ? name : this.memberPath(union.holder);
      if (holderPath === undefined) continue;
      const texts = union.literals.map((literal) => (literal.literal as ts.StringLiteral).text);
      const enclosing: ts.Node[] = union.holder === declaration ? [declaration] : [declaration, union.holder];
      collections.push({
        name: holderPath,
        members: union.literals.map((literal, i) =>
          site(literal, `${holderPath}.${texts[i]!}`, texts[i]!, texts, holderPath.split("."), holderPath, enclosing),
        ),
      });
    }
    const symbol = this.checker.getSymbolAtLocation(declaration.name!);
    if (!symbol || declaresAllItsProperties(this.ts, declaration, symbol) || aliasesUnresolvedType(this.ts, this.checker, declaration, symbol)) return fields;
    const declaredType = this.checker.getDeclaredTypeOfSymbol(symbol);
    // `type Vin = string` has no fields of its own; its mark reaches the properties typed with it.
    if (!(declaredType.flags & (this.ts.TypeFlags.Object | this.ts.TypeFlags.UnionOrIntersection))) return fields;
    for (const property of this.propertiesOf(declaredType)) {
      const member = dataDeclaration(this.ts, property);
      if (!member || !this.isUserDeclaration(member) || within(member, declaration)) continue;
      // Inherited (`extends`) or derived (`Pick`, `Omit`, `Partial`, intersections): the field keeps its origin's classification.
      const origin = this.classifyMember(member);
      const categories = [...new Set([...containerMarking.ids, ...(origin?.categories ?? [])])];
      if (categories.length === 0 && !origin) continue;
      fields.push({
        path: `${name}.${property.name}`,
        source: "typescript",
        location: this.locationOf(declaration.name!),
        categories,
        evidence: containerMarking.ids.length > 0 || !origin ? { kind: "annotation" } : origin.evidence,
        confidence: containerMarking.ids.length > 0 || !origin ? 1 : origin.confidence,
        container: name,
        ...(origin?.typeName ? { typeName: origin.typeName } : {}),
        derived: true,
      });
    }
    return fields;
  }

  /** Classifies one property declaration (memoised; reentrant types yield nothing while in progress). */
  private classifyMember(member: ts.Declaration): ClassifiedField | undefined {
    const memo = this.memberMemo.get(member);
    if (memo !== undefined) return memo ?? undefined;
    if (this.inProgress.has(member)) return undefined;
    this.inProgress.add(member);
    try {
      const field = this.computeMember(member);
      this.memberMemo.set(member, field ?? null);
      return field;
    } finally {
      this.inProgress.delete(member);
    }
  }

  private computeMember(member: ts.Declaration): ClassifiedField | undefined {
    const owner = ownerOf(this.ts, member);
    const ownerText = owner ? ownerName(this.ts, owner) : undefined;
    const nameNode = (member as ts.NamedDeclaration).name;
    if (!owner || !ownerText || !nameNode) return undefined;
    const propertyName = propertyNameText(this.ts, nameNode) ?? nameNode.getText();
    const sourceFile = member.getSourceFile();
    const env = this.envOf(sourceFile);
    const path = `${ownerText}.${propertyName}`;

    const written = jsDocMarking(this.ts, member);
    const own = written ? checkMarking(written, { location: this.locationOf(written.tag), path }, env) : NO_MARKING;
    const typeNode = (member as ts.PropertySignature).type;
    let inherited = this.ownerMarking(owner);
    for (const marking of this.referencedMarkings(typeNode)) inherited = mergeMarkings(inherited, marking);

    const generatedFrom = this.origins.of(sourceFile, owner, ownerText, propertyName);
    const typeDecides = isTypedByItsAnnotation(this.ts, member) && typeCarriesNoFields(this.ts, typeNode);
    const fromType = own.ids.length === 0 && !own.none && !typeDecides ? this.carriedByType(this.checker.getTypeAtLocation(member), 0) : undefined;
    const typeText = typeNode ? typeNode.getText() : undefined;
    return classifyField(
      {
        path,
        source: "typescript",
        location: this.locationOf(nameNode),
        identifier: propertyName,
        context: { siblings: memberNames(this.ts, owner), parents: ownerText.split("."), ...(typeText ? { typeName: typeText } : {}) },
        ...(typeText ? { typeName: typeText } : {}),
        container: ownerText,
        markings: { own, inherited },
        ...(generatedFrom ? { generatedFrom } : {}),
        ...(fromType ? { fromType } : {}),
      },
      env,
    );
  }

  /** `Owner.member` of a written member, or undefined outside named types. */
  private memberPath(member: ts.Declaration): string | undefined {
    const owner = ownerOf(this.ts, member);
    const ownerText = owner ? ownerName(this.ts, owner) : undefined;
    const name = propertyNameText(this.ts, (member as ts.NamedDeclaration).name);
    return ownerText && name !== undefined ? `${ownerText}.${name}` : undefined;
  }

  /** What a value of this type carries: the union of its classified properties, through arrays, unions and intersections. */
  private carriedByType(type: ts.Type, depth: number): Carried | undefined {
    if (depth > MAX_TYPE_DEPTH) return undefined;
    const parts: ts.Type[] = type.isUnionOrIntersection() ? type.types : [type];
    const categories = new Set<string>();
    let first: Carried | undefined;
    for (let part of parts) {
      if (this.checker.isArrayType(part) || this.checker.isTupleType(part)) {
        const element = this.checker.getTypeArguments(part as ts.TypeReference)[0];
        if (!element) continue;
        part = element;
      }
      if (!(part.flags & this.ts.TypeFlags.Object) || !this.isUserType(part)) continue;
      for (const property of part.getProperties()) {
        const member = dataDeclaration(this.ts, property);
        const field = member ? this.classifyMember(member) : undefined;
        if (!field || field.categories.length === 0) continue;
        first ??= { categories: [], evidence: field.evidence, confidence: field.confidence };
        for (const category of field.categories) categories.add(category);
      }
    }
    return first ? { ...first, categories: [...categories] } : undefined;
  }

  /** Type-level marks of the types a property's declared type names (`Vin`, `Location[]`, `Array<Frame> | null`). */
  private referencedMarkings(typeNode: ts.TypeNode | undefined): Marking[] {
    const found: Marking[] = [];
    const visit = (node: ts.Node): void => {
      if (this.ts.isTypeReferenceNode(node)) {
        let symbol = this.checker.getSymbolAtLocation(node.typeName);
        if (symbol && symbol.flags & this.ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
        for (const declaration of symbol?.declarations ?? []) {
          if (isNamedDeclaration(this.ts, declaration) || this.ts.isEnumDeclaration(declaration)) {
            const marking = this.markingOf(declaration);
            if (marking.ids.length > 0 || marking.none) found.push(marking);
          }
        }
      }
      this.ts.forEachChild(node, visit);
    };
    if (typeNode) visit(typeNode);
    return found;
  }

  /**
   * The `@vdx` mark written on a declaration, enclosing statement or JSDoc comment, checked against the pack
   * once; problems are reported when its file is reported, whoever asks first.
   */
  private markingOf(node: ts.Node): Marking {
    const memo = this.markingMemo.get(node);
    if (memo) return memo;
    const written = this.ts.isJSDoc(node) ? jsDocCommentMarking(this.ts, node) : jsDocMarking(this.ts, node);
    const name = propertyNameText(this.ts, (node as ts.NamedDeclaration).name) ?? (node as ts.NamedDeclaration).name?.getText() ?? "(anonymous)";
    const marking = written ? checkMarking(written, { location: this.locationOf(written.tag), path: name }, this.envOf(node.getSourceFile())) : NO_MARKING;
    this.markingMemo.set(node, marking);
    return marking;
  }

  /** The marks an owner passes to its members: a named type's own; an inline literal's holder's, and its owner's (`Req.path.vin` takes `Req`'s). */
  private ownerMarking(owner: ts.Node): Marking {
    if (isNamedDeclaration(this.ts, owner)) return this.markingOf(owner);
    const holder = inlineHolder(this.ts, owner);
    if (!holder) return NO_MARKING;
    const written = jsDocMarking(this.ts, holder);
    // The holder's own tag is reported where the holder is classified.
    const own = written ? checkMarking(written, { location: this.locationOf(written.tag), path: holder.name.getText() }, this.quiet) : NO_MARKING;
    const outer = ownerOf(this.ts, holder);
    return outer ? mergeMarkings(this.ownerMarking(outer), own) : own;
  }

  private propertiesOf(type: ts.Type): ts.Symbol[] {
    if (!type.isUnion()) return this.checker.getPropertiesOfType(type);
    const byName = new Map<string, ts.Symbol>();
    for (const part of type.types)
      for (const property of this.checker.getPropertiesOfType(part)) if (!byName.has(property.name)) byName.set(property.name, property);
    return [...byName.values()];
  }

  private envOf(file: ts.SourceFile): ClassifyEnvironment {
    return this.reported.has(file) ? this.env : this.quiet;
  }

  private isUserType(type: ts.Type): boolean {
    const declaration = (type.aliasSymbol ?? type.getSymbol())?.declarations?.[0];
    return declaration !== undefined && this.isUserDeclaration(declaration);
  }

  /** Not the TS standard library or `@types` (a `Date` or a `Buffer` carries no vehicle data). */
  private isUserDeclaration(declaration: ts.Node): boolean {
    const file = declaration.getSourceFile();
    return !this.program.isSourceFileDefaultLibrary(file) && !/[\\/]node_modules[\\/](@types|typescript)[\\/]/.test(file.fileName);
  }

  private locationOf(node: ts.Node): ClassifiedField["location"] {
    const file = node.getSourceFile();
    const start = file.getLineAndCharacterOfPosition(node.getStart(file));
    const end = file.getLineAndCharacterOfPosition(node.getEnd());
    return { file: file.fileName, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  }
}

/** Whether `node` is written inside `container` (a member the declaration itself declares). */
function within(node: ts.Node, container: ts.Node): boolean {
  return node.getSourceFile() === container.getSourceFile() && node.pos >= container.pos && node.end <= container.end;
}
