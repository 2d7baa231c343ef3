import path from "node:path";
import type ts from "typescript";
import type { ClassifiedField } from "../../model/schema-field.js";
import { checkMarking, classifyField, mergeMarkings, NO_MARKING, rootFor, type ClassifyEnvironment, type Marking } from "../classify-field.js";
import { relativeFile } from "../findings.js";
import { detectGeneratedSource, type GeneratedLinks, type GeneratedSource } from "./generated-source.js";
import { jsDocMarking } from "./jsdoc-marking.js";

type TS = typeof ts;
type Carried = Pick<ClassifiedField, "categories" | "evidence" | "confidence">;
type Declaration = ts.InterfaceDeclaration | ts.TypeAliasDeclaration | ts.ClassDeclaration;

const MAX_TYPE_DEPTH = 4;

/** One classification pass over a program; memoises per declaration so shared types are classified once. */
export class TypeScriptClassifier {
  private readonly checker: ts.TypeChecker;
  private readonly memberMemo = new Map<ts.Node, ClassifiedField | null>();
  private readonly inProgress = new Set<ts.Node>();
  private readonly markingMemo = new Map<ts.Node, Marking>();
  private readonly generatedMemo = new Map<ts.SourceFile, GeneratedSource | undefined>();
  private readonly quiet: ClassifyEnvironment;

  constructor(
    private readonly ts: TS,
    private readonly program: ts.Program,
    private readonly reported: ReadonlySet<ts.SourceFile>,
    private readonly env: ClassifyEnvironment,
    private readonly links: GeneratedLinks,
  ) {
    this.checker = program.getTypeChecker();
    this.quiet = { ...env, findings: [] };
  }

  classifyFile(file: ts.SourceFile): ClassifiedField[] {
    const fields: ClassifiedField[] = [];
    const visit = (statements: readonly ts.Statement[]): void => {
      for (const statement of statements) {
        if (this.ts.isModuleDeclaration(statement) && statement.body) {
          let body: ts.Node = statement.body;
          while (this.ts.isModuleDeclaration(body) && body.body) body = body.body;
          if (this.ts.isModuleBlock(body)) visit(body.statements);
        } else if (this.ts.isInterfaceDeclaration(statement) || this.ts.isTypeAliasDeclaration(statement) || (this.ts.isClassDeclaration(statement) && statement.name)) {
          fields.push(...this.classifyDeclaration(statement));
        } else if (this.ts.isEnumDeclaration(statement)) {
          this.markingOf(statement); // reports unknown ids on enums
        }
      }
    };
    visit(file.statements);
    return fields;
  }

  private classifyDeclaration(declaration: Declaration): ClassifiedField[] {
    const name = declaration.name!.text;
    const containerMarking = this.markingOf(declaration);
    const symbol = this.checker.getSymbolAtLocation(declaration.name!);
    if (!symbol) return [];
    const declaredType = this.checker.getDeclaredTypeOfSymbol(symbol);
    // `type Vin = string` has no fields of its own; its mark reaches the properties typed with it.
    if (!(declaredType.flags & (this.ts.TypeFlags.Object | this.ts.TypeFlags.UnionOrIntersection))) return [];
    const properties = this.propertiesOf(declaredType);
    const fields: ClassifiedField[] = [];
    for (const property of properties) {
      const member = dataDeclaration(this.ts, property);
      if (!member || !this.isUserDeclaration(member)) continue;
      if (this.ownerOf(member) === declaration) {
        const field = this.classifyMember(member);
        if (field) fields.push(field);
        continue;
      }
      // Inherited (`extends`) or derived (`Pick`, `Omit`, `Partial`, intersections): the field keeps its origin's classification.
      const origin = this.classifyMember(member);
      const categories = [...new Set([...containerMarking.ids, ...(origin?.categories ?? [])])];
      if (categories.length === 0 && !origin) continue;
      const location = this.locationOf(declaration.name!);
      fields.push({
        path: `${name}.${property.name}`,
        source: "typescript",
        location,
        categories,
        evidence: containerMarking.ids.length > 0 || !origin ? { kind: "annotation" } : origin.evidence,
        confidence: containerMarking.ids.length > 0 || !origin ? 1 : origin.confidence,
        container: name,
        ...(origin?.typeName ? { typeName: origin.typeName } : {}),
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
    const owner = this.ownerOf(member);
    const ownerName = owner ? this.ownerName(owner) : undefined;
    const nameNode = (member as ts.NamedDeclaration).name;
    if (!owner || !ownerName || !nameNode) return undefined;
    const propertyName = nameNode.getText().replace(/^["']|["']$/g, "");
    const sourceFile = member.getSourceFile();
    const env = this.reported.has(sourceFile) && this.isNamedDeclaration(owner) ? this.env : this.quiet;
    const location = this.locationOf(nameNode);
    const path = `${ownerName}.${propertyName}`;

    const written = jsDocMarking(this.ts, member);
    const own = written ? checkMarking(written, { location: this.locationOf(written.tag), path }, env) : NO_MARKING;
    const typeNode = (member as ts.PropertySignature).type;
    let inherited = this.isNamedDeclaration(owner) ? this.markingOf(owner) : this.inlineOwnerMarking(owner);
    for (const marking of this.referencedMarkings(typeNode)) inherited = mergeMarkings(inherited, marking);

    const generated = this.generatedOf(sourceFile);
    const schemaField = generated ? this.links.find(this.generatedTypeNames(owner, ownerName), propertyName, generated) : undefined;
    const fromType = own.ids.length === 0 && !own.none ? this.carriedByType(this.checker.getTypeAtLocation(member), 0) : undefined;
    const siblings = this.memberNames(owner);
    const typeText = typeNode ? typeNode.getText() : undefined;
    return classifyField(
      {
        path,
        source: "typescript",
        location,
        identifier: propertyName,
        context: { siblings, parents: ownerName.split("."), ...(typeText ? { typeName: typeText } : {}) },
        ...(typeText ? { typeName: typeText } : {}),
        container: ownerName,
        markings: { own, inherited },
        ...(schemaField ? { generatedFrom: { field: schemaField, schemaFile: this.schemaFileName(sourceFile, schemaField.location.file) } } : {}),
        ...(fromType ? { fromType } : {}),
      },
      env,
    );
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
          if (this.isNamedDeclaration(declaration) || this.ts.isEnumDeclaration(declaration)) {
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

  private markingOf(declaration: ts.Declaration): Marking {
    const memo = this.markingMemo.get(declaration);
    if (memo) return memo;
    const written = jsDocMarking(this.ts, declaration);
    const name = (declaration as ts.NamedDeclaration).name?.getText() ?? "(anonymous)";
    const env = this.reported.has(declaration.getSourceFile()) ? this.env : this.quiet;
    const marking = written ? checkMarking(written, { location: this.locationOf(written.tag), path: name }, env) : NO_MARKING;
    this.markingMemo.set(declaration, marking);
    return marking;
  }

  /** An inline type literal (`origin: { lat: number }`) takes the marks of the property holding it. */
  private inlineOwnerMarking(owner: ts.Node): Marking {
    const holder = owner.parent;
    if (holder && (this.ts.isPropertySignature(holder) || this.ts.isPropertyDeclaration(holder))) {
      const written = jsDocMarking(this.ts, holder);
      if (written) return checkMarking(written, { location: this.locationOf(written.tag), path: holder.name.getText() }, this.quiet);
    }
    return NO_MARKING;
  }

  private propertiesOf(type: ts.Type): ts.Symbol[] {
    if (!type.isUnion()) return this.checker.getPropertiesOfType(type);
    const byName = new Map<string, ts.Symbol>();
    for (const part of type.types) for (const property of this.checker.getPropertiesOfType(part)) if (!byName.has(property.name)) byName.set(property.name, property);
    return [...byName.values()];
  }

  /** The interface / class / alias / inline type literal a member is declared in. */
  private ownerOf(member: ts.Node): ts.Node | undefined {
    const parent = this.ts.isParameter(member) ? member.parent?.parent : member.parent;
    if (!parent) return undefined;
    if (this.ts.isTypeLiteralNode(parent)) {
      // `type A = { … }` owns its literal's members; a literal under a property is inline.
      return this.ts.isTypeAliasDeclaration(parent.parent) ? parent.parent : parent;
    }
    return this.ts.isInterfaceDeclaration(parent) || this.ts.isClassDeclaration(parent) || this.ts.isClassExpression(parent) ? parent : undefined;
  }

  private ownerName(owner: ts.Node): string | undefined {
    if (this.isNamedDeclaration(owner)) return owner.name?.text;
    const holder = owner.parent;
    if (holder && (this.ts.isPropertySignature(holder) || this.ts.isPropertyDeclaration(holder))) {
      const outer = this.ownerOf(holder);
      const outerName = outer ? this.ownerName(outer) : undefined;
      return outerName ? `${outerName}.${holder.name.getText()}` : undefined;
    }
    return undefined;
  }

  /** Names of the owner's members, computed once per owner (not once per member: quadratic for a 50,000-member interface). */
  private readonly memberNamesOf = new WeakMap<ts.Node, string[]>();

  private memberNames(owner: ts.Node): string[] {
    let names = this.memberNamesOf.get(owner);
    if (!names) {
      const members = (owner as ts.InterfaceDeclaration).members ?? (this.ts.isTypeAliasDeclaration(owner) && this.ts.isTypeLiteralNode(owner.type) ? owner.type.members : undefined);
      names = (members ?? []).map((m: ts.Node) => (m as ts.NamedDeclaration).name?.getText() ?? "").filter((n: string) => n !== "");
      this.memberNamesOf.set(owner, names);
    }
    return names;
  }

  private isNamedDeclaration(node: ts.Node): node is Declaration {
    return (this.ts.isInterfaceDeclaration(node) || this.ts.isTypeAliasDeclaration(node) || this.ts.isClassDeclaration(node)) && node.name !== undefined;
  }

  /** Spellings of a generated type's schema name: `State`, `IState` → `State`, `acme.v1.State` (protobufjs namespaces). */
  private generatedTypeNames(owner: ts.Node, ownerName: string): string[] {
    const names = [ownerName];
    if (/^I[A-Z]/.test(ownerName)) names.push(ownerName.slice(1));
    if (this.isNamedDeclaration(owner)) {
      const symbol = this.checker.getSymbolAtLocation(owner.name!);
      const qualified = symbol ? this.checker.getFullyQualifiedName(symbol).replace(/^"[^"]*"\./, "") : undefined;
      if (qualified && qualified !== ownerName) names.unshift(qualified.replace(/\.I([A-Z]\w*)$/, ".$1"));
      const generatedFrom = this.ts.getJSDocTags(owner).find((t) => t.tagName.text === "generated");
      const message = /from message (\S+)/.exec(this.ts.getTextOfJSDocComment(generatedFrom?.comment) ?? "")?.[1];
      if (message) names.unshift(message);
    }
    return names;
  }

  /**
   * The schema file as `generated-from:` names it: relative to the scan root; without one, relative to the
   * generated file's project folder, stepping out with `../` (a monorepo's shared `proto/`) rather than
   * naming a machine-specific absolute path.
   */
  private schemaFileName(generatedFile: ts.SourceFile, schemaFile: string): string {
    if (!this.env.rootOf) return relativeFile(this.env.root, schemaFile);
    return path.relative(rootFor(this.env, generatedFile.fileName), schemaFile).split(path.sep).join("/");
  }

  private generatedOf(file: ts.SourceFile): GeneratedSource | undefined {
    if (!this.generatedMemo.has(file)) this.generatedMemo.set(file, detectGeneratedSource(file.text));
    return this.generatedMemo.get(file);
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

/** The declaration of a data property (not a method or a function-typed property). */
function dataDeclaration(tsApi: TS, property: ts.Symbol): ts.Declaration | undefined {
  const declaration = property.valueDeclaration ?? property.declarations?.[0];
  if (!declaration) return undefined;
  if (tsApi.isMethodSignature(declaration) || tsApi.isMethodDeclaration(declaration)) return undefined;
  const typeNode = (declaration as ts.PropertySignature).type;
  if (typeNode && (tsApi.isFunctionTypeNode(typeNode) || tsApi.isConstructorTypeNode(typeNode))) return undefined;
  if (tsApi.isPropertySignature(declaration) || tsApi.isPropertyDeclaration(declaration) || tsApi.isParameter(declaration) || tsApi.isGetAccessorDeclaration(declaration)) return declaration;
  return undefined;
}
