import type ts from "typescript";
import { site, type FieldSite } from "./field-sites.js";
import { propertyNameText } from "./type-node-walk.js";

type TS = typeof ts;

/**
 * The JSDoc comments attached to a node, all of them. `ts.getJSDocTags` only
 * returns the tags of the last comment, but a `@typedef` is usually written in
 * a comment of its own before the next function's doc; ts-morph reads the same
 * `jsDoc` list for its `getJsDocs()`.
 */
export function jsDocCommentsOf(node: ts.Node): readonly ts.JSDoc[] | undefined {
  return (node as { jsDoc?: readonly ts.JSDoc[] }).jsDoc;
}

/**
 * Fields that JavaScript declares in the JSDoc comments attached to `node`:
 * `@typedef {Object} Name` with its `@property` tags (nested
 * `@property {string} a.b` too), `@typedef {{ vin: string }} Name`, and
 * dotted `@param {string} options.vin` (a property of the parameter
 * `options`). A `@vdx` tag in the same comment applies to all of them.
 */
export function jsDocFieldSites(tsApi: TS, node: ts.Node, comments: readonly ts.JSDoc[], out: FieldSite[]): void {
  let owner: string | undefined;
  for (const comment of comments) {
    const dotted = new Map<string, ts.JSDocPropertyLikeTag[]>();
    for (const tag of comment.tags ?? []) {
      if (tsApi.isJSDocTypedefTag(tag)) typedefSites(tsApi, tag, comment, out);
      else if (tsApi.isJSDocParameterTag(tag)) {
        // After `@param {Object} options`, TypeScript nests `@param {string} options.vin` in the first tag's type.
        const nested = tag.typeExpression?.type;
        if (nested && tsApi.isJSDocTypeLiteral(nested) && nested.jsDocPropertyTags) {
          owner ??= functionName(tsApi, node);
          propertyTagSites(tsApi, nested.jsDocPropertyTags, `${owner}.${tag.name.getText()}`, [comment], out);
        } else if (tsApi.isQualifiedName(tag.name)) {
          const root = leftmost(tsApi, tag.name);
          dotted.set(root, [...(dotted.get(root) ?? []), tag]);
        }
      }
    }
    // Dotted names without an `Object` parent tag: `@param {string} options.vin` alone.
    for (const tags of dotted.values()) {
      owner ??= functionName(tsApi, node);
      const parent = tags[0]!.name as ts.QualifiedName;
      propertyTagSites(tsApi, tags, `${owner}.${parent.left.getText()}`, [comment], out);
    }
  }
}

function typedefSites(tsApi: TS, tag: ts.JSDocTypedefTag, comment: ts.Node, out: FieldSite[]): void {
  const name = tag.name?.getText() ?? tag.fullName?.getText();
  const type = tag.typeExpression;
  if (name === undefined || type === undefined) return;
  if (tsApi.isJSDocTypeLiteral(type)) propertyTagSites(tsApi, type.jsDocPropertyTags ?? [], name, [comment], out);
  else if (tsApi.isJSDocTypeExpression(type) && tsApi.isTypeLiteralNode(type.type)) {
    const members = type.type.members.map((member) => ({ member, text: propertyNameText(tsApi, member.name) })).filter((entry) => entry.text !== undefined);
    const siblings = members.map((entry) => entry.text!);
    for (const { member, text } of members) out.push(site(member.name!, `${name}.${text!}`, text!, siblings, [name], name, [comment], undefined));
  }
}

function propertyTagSites(tsApi: TS, tags: readonly ts.JSDocPropertyLikeTag[], prefix: string, enclosing: ts.Node[], out: FieldSite[]): void {
  const siblings = tags.map((tag) => lastName(tsApi, tag.name));
  for (const tag of tags) {
    const own = lastName(tsApi, tag.name);
    // `car.vin` under `car`: the path is the prefix and the tag's last name.
    const path = `${prefix}.${own}`;
    const typeText = tag.typeExpression?.type.getText();
    const field = site(rightmost(tsApi, tag.name), path, own, siblings, prefix.split("."), prefix, enclosing);
    if (typeText) field.typeName = typeText;
    out.push(field);
    // `@property {Object} trip` followed by `@property {number} trip.lat`: TypeScript nests the second under the first.
    const nested = tag.typeExpression?.type;
    if (nested && tsApi.isJSDocTypeLiteral(nested)) propertyTagSites(tsApi, nested.jsDocPropertyTags ?? [], path, enclosing, out);
  }
}

function lastName(tsApi: TS, name: ts.EntityName): string {
  return tsApi.isQualifiedName(name) ? name.right.text : name.text;
}

function rightmost(tsApi: TS, name: ts.EntityName): ts.Node {
  return tsApi.isQualifiedName(name) ? name.right : name;
}

function leftmost(tsApi: TS, name: ts.EntityName): string {
  let current: ts.EntityName = name;
  while (tsApi.isQualifiedName(current)) current = current.left;
  return current.text;
}

/** The name a documented function is known by: its own, the variable or export it is assigned to, `Class.method`. */
function functionName(tsApi: TS, node: ts.Node): string {
  if ((tsApi.isFunctionDeclaration(node) || tsApi.isClassDeclaration(node)) && node.name) return node.name.text;
  if (tsApi.isMethodDeclaration(node) || tsApi.isPropertyDeclaration(node) || tsApi.isPropertyAssignment(node)) {
    const own = propertyNameText(tsApi, node.name) ?? "(function)";
    const owner = node.parent && tsApi.isClassLike(node.parent) && node.parent.name ? node.parent.name.text : undefined;
    return owner ? `${owner}.${own}` : own;
  }
  if (tsApi.isVariableStatement(node)) {
    const first = node.declarationList.declarations[0];
    if (first && tsApi.isIdentifier(first.name)) return first.name.text;
  }
  if (tsApi.isExpressionStatement(node) && tsApi.isBinaryExpression(node.expression) && tsApi.isPropertyAccessExpression(node.expression.left)) {
    return node.expression.left.name.text;
  }
  return "(function)";
}
