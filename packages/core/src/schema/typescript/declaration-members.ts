import type ts from "typescript";
import { holderOf, propertyNameText, stringLiteralUnionsIn, typeLiteralsIn } from "./type-node-walk.js";

type TS = typeof ts;

export type Declaration = ts.InterfaceDeclaration | ts.TypeAliasDeclaration | ts.ClassDeclaration;

export function isNamedDeclaration(tsApi: TS, node: ts.Node): node is Declaration {
  return (tsApi.isInterfaceDeclaration(node) || tsApi.isTypeAliasDeclaration(node) || tsApi.isClassDeclaration(node)) && node.name !== undefined;
}

/**
 * The data members written in a declaration, in source order, with the
 * leaves of the inline object types in their types (`type Req = { path: {
 * vin: string } }` → `path`, then `vin`), and the string-literal unions of
 * their types (`kind: "speed" | "soc"`) with the member whose type they are.
 * Members of an alias's literals count through unions, intersections and
 * arrays (`type Msg = { a: … } | { b: … }`).
 */
export function writtenMembers(
  tsApi: TS,
  declaration: Declaration,
): { members: ts.Declaration[]; unions: { holder: ts.Declaration | Declaration; literals: ts.LiteralTypeNode[] }[] } {
  const members: ts.Declaration[] = [];
  const unions: { holder: ts.Declaration | Declaration; literals: ts.LiteralTypeNode[] }[] = [];
  const addMember = (member: ts.Declaration, type: ts.TypeNode | undefined): void => {
    members.push(member);
    for (const literals of stringLiteralUnionsIn(tsApi, type)) unions.push({ holder: member, literals });
    for (const literal of typeLiteralsIn(tsApi, type)) addLiteral(literal);
  };
  const addLiteral = (literal: ts.TypeLiteralNode): void => {
    for (const element of literal.members) if (isDataMember(tsApi, element)) addMember(element, (element as ts.PropertySignature).type);
  };
  if (tsApi.isTypeAliasDeclaration(declaration)) {
    for (const literals of stringLiteralUnionsIn(tsApi, declaration.type)) unions.push({ holder: declaration, literals });
    for (const literal of typeLiteralsIn(tsApi, declaration.type)) addLiteral(literal);
  } else {
    for (const element of declaration.members as ts.NodeArray<ts.Node>) {
      if (tsApi.isConstructorDeclaration(element)) {
        for (const parameter of element.parameters) {
          if ((tsApi.getModifiers(parameter)?.length ?? 0) > 0 && tsApi.isIdentifier(parameter.name)) addMember(parameter, parameter.type);
        }
      } else if (isDataMember(tsApi, element)) {
        addMember(element as ts.Declaration, (element as ts.PropertySignature).type);
      }
    }
  }
  return { members, unions };
}

/** A property (signature, declaration, getter) holding data: not a method, not a function-typed property. */
function isDataMember(tsApi: TS, node: ts.Node): boolean {
  if (!(tsApi.isPropertySignature(node) || tsApi.isPropertyDeclaration(node) || tsApi.isGetAccessorDeclaration(node))) return false;
  if (propertyNameText(tsApi, node.name) === undefined && !tsApi.isComputedPropertyName(node.name)) return false;
  const type = (node as ts.PropertySignature).type;
  return !(type && (tsApi.isFunctionTypeNode(type) || tsApi.isConstructorTypeNode(type)));
}

/** The declaration of a data property symbol (not a method or a function-typed property). */
export function dataDeclaration(tsApi: TS, property: ts.Symbol): ts.Declaration | undefined {
  const declaration = property.valueDeclaration ?? property.declarations?.[0];
  if (!declaration) return undefined;
  if (tsApi.isParameter(declaration)) return declaration;
  return isDataMember(tsApi, declaration) ? declaration : undefined;
}

/**
 * The interface / class / alias / inline type literal a member is declared
 * in. An alias owns the literals at its top (through unions, intersections,
 * arrays); a literal under a property is an owner of its own (inline).
 */
export function ownerOf(tsApi: TS, member: ts.Node): ts.Node | undefined {
  const parent = tsApi.isParameter(member) ? member.parent?.parent : member.parent;
  if (!parent) return undefined;
  if (tsApi.isTypeLiteralNode(parent)) {
    const holder = holderOf(tsApi, parent);
    return holder && tsApi.isTypeAliasDeclaration(holder) ? holder : parent;
  }
  return tsApi.isInterfaceDeclaration(parent) || tsApi.isClassDeclaration(parent) || tsApi.isClassExpression(parent) ? parent : undefined;
}

/** `Req` for a named owner; `Req.path` for the literal typing `Req.path`; undefined for literals outside named types. */
export function ownerName(tsApi: TS, owner: ts.Node): string | undefined {
  if (isNamedDeclaration(tsApi, owner)) return owner.name?.text;
  const holder = holderOf(tsApi, owner);
  if (holder && (tsApi.isPropertySignature(holder) || tsApi.isPropertyDeclaration(holder))) {
    const outer = ownerOf(tsApi, holder);
    const outerName = outer ? ownerName(tsApi, outer) : undefined;
    const own = propertyNameText(tsApi, holder.name) ?? holder.name.getText();
    return outerName ? `${outerName}.${own}` : undefined;
  }
  return undefined;
}

/** The property holding an inline literal owner (`path` of `Req.path`), if any. */
export function inlineHolder(tsApi: TS, owner: ts.Node): ts.PropertySignature | ts.PropertyDeclaration | undefined {
  if (isNamedDeclaration(tsApi, owner)) return undefined;
  const holder = holderOf(tsApi, owner);
  return holder && (tsApi.isPropertySignature(holder) || tsApi.isPropertyDeclaration(holder)) ? holder : undefined;
}

// Computed once per owner and shared by all its members: one list per container keeps the signal
// matcher linear (a fresh list per member made a 50,000-member interface quadratic).
const memberNamesByOwner = new WeakMap<ts.Node, readonly string[]>();

/** Names of the members beside a member: the owner's members (all literals of an alias). */
export function memberNames(tsApi: TS, owner: ts.Node): readonly string[] {
  const known = memberNamesByOwner.get(owner);
  if (known !== undefined) return known;
  let members: readonly ts.Node[] = [];
  if (tsApi.isInterfaceDeclaration(owner) || tsApi.isClassDeclaration(owner) || tsApi.isClassExpression(owner) || tsApi.isTypeLiteralNode(owner))
    members = owner.members;
  else if (tsApi.isTypeAliasDeclaration(owner)) members = typeLiteralsIn(tsApi, owner.type).flatMap((literal) => [...literal.members]);
  const names = new Set<string>();
  for (const member of members) {
    const name = propertyNameText(tsApi, (member as ts.NamedDeclaration).name);
    if (name !== undefined) names.add(name);
  }
  const list = [...names];
  memberNamesByOwner.set(owner, list);
  return list;
}
