import path from "node:path";
import type ts from "typescript";
import type { ClassifiedField } from "../../model/schema-field.js";
import { rootFor, type ClassifyEnvironment } from "../classify-field.js";
import { relativeFile } from "../findings.js";
import { isNamedDeclaration } from "./declaration-members.js";
import { detectGeneratedSource, type GeneratedLinks, type GeneratedSource } from "./generated-source.js";

type TS = typeof ts;

/** The schema field a property of generated code comes from (ts-proto, protobuf-es, protobufjs, json-schema-to-typescript). */
export class GeneratedOrigins {
  private readonly generatedMemo = new Map<ts.SourceFile, GeneratedSource | undefined>();

  constructor(
    private readonly ts: TS,
    private readonly checker: ts.TypeChecker,
    private readonly env: ClassifyEnvironment,
    private readonly links: GeneratedLinks,
  ) {}

  /** The schema field behind `ownerText.propertyName` declared in `file`, when the file is generated code. */
  of(file: ts.SourceFile, owner: ts.Node, ownerText: string, propertyName: string): { field: ClassifiedField; schemaFile: string } | undefined {
    const generated = this.generatedOf(file);
    if (!generated) return undefined;
    const field = this.links.find(this.generatedTypeNames(owner, ownerText), propertyName, generated);
    return field ? { field, schemaFile: this.schemaFileName(file, field.location.file) } : undefined;
  }

  /** Spellings of a generated type's schema name: `State`, `IState` → `State`, `acme.v1.State` (protobufjs namespaces). */
  private generatedTypeNames(owner: ts.Node, ownerText: string): string[] {
    const names = [ownerText];
    if (/^I[A-Z]/.test(ownerText)) names.push(ownerText.slice(1));
    if (isNamedDeclaration(this.ts, owner)) {
      const symbol = this.checker.getSymbolAtLocation(owner.name!);
      const qualified = symbol ? this.checker.getFullyQualifiedName(symbol).replace(/^"[^"]*"\./, "") : undefined;
      if (qualified && qualified !== ownerText) names.unshift(qualified.replace(/\.I([A-Z]\w*)$/, ".$1"));
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
}
