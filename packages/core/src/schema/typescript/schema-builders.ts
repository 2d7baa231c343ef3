import type ts from "typescript";

type TS = typeof ts;

/**
 * Names schema-builder libraries are imported as: zod (`z`), yup, joi, and the
 * `t` / `Type` / `v` of io-ts-, TypeBox- and valibot-style builders.
 */
const BUILDER_ROOTS = new Set(["z", "zod", "yup", "Joi", "joi", "t", "Type", "v"]);

/** Builder methods whose object argument declares the fields: `z.object({…})`, yup `object({…})`. */
const OBJECT_METHODS = new Set(["object", "strictObject", "looseObject"]);

/**
 * Methods that add fields to a schema or declare a model's attributes, on any
 * receiver: zod `.extend({…})`, joi `.keys({…})`, yup `.shape({…})`,
 * sequelize `Model.init({…}, options)` and `sequelize.define("name", {…})`.
 */
const EXTENDING_METHODS = new Set(["extend", "keys", "shape", "init", "define"]);

/**
 * The object literal whose keys a schema-builder expression declares — the
 * way real TypeScript declares data shapes instead of interfaces: zod
 * `z.object({…})` (through modifier chains such as `.strict().optional()`),
 * `Base.extend({…})`, `z.array(z.object({…}))`, yup `object({…})` and
 * `.shape({…})`, joi `Joi.object({…})` and `.keys({…})`, mongoose
 * `new Schema({…})`, sequelize `init` / `define`. Undefined for anything else.
 */
export function schemaBuilderObject(tsApi: TS, expression: ts.Expression): ts.ObjectLiteralExpression | undefined {
  let current: ts.Expression = skipOuterExpressions(tsApi, expression);
  // Walk down modifier chains: z.object({…}).strict().optional() → z.object({…}).
  while (tsApi.isCallExpression(current) && tsApi.isPropertyAccessExpression(current.expression)) {
    const method = current.expression.name.text;
    const receiver = current.expression.expression;
    const first = current.arguments[0];
    if (OBJECT_METHODS.has(method) && tsApi.isIdentifier(receiver) && BUILDER_ROOTS.has(receiver.text) && first && tsApi.isObjectLiteralExpression(first))
      return first;
    if (EXTENDING_METHODS.has(method)) {
      const literal = current.arguments.find((argument) => tsApi.isObjectLiteralExpression(argument));
      if (literal && tsApi.isObjectLiteralExpression(literal)) return literal;
    }
    if (method === "array" && first) return schemaBuilderObject(tsApi, first);
    current = receiver;
  }
  if (tsApi.isCallExpression(current) && tsApi.isIdentifier(current.expression) && current.expression.text === "object") {
    const first = current.arguments[0];
    if (first && tsApi.isObjectLiteralExpression(first)) return first;
  }
  if (tsApi.isNewExpression(current) && isSchemaConstructor(tsApi, current.expression)) {
    const first = current.arguments?.[0];
    if (first && tsApi.isObjectLiteralExpression(first)) return first;
  }
  return undefined;
}

/**
 * The string literals of a builder enum, `z.enum(["Energy.Active.Import.Register", "SoC", …])` (through
 * modifier chains such as `.nullish()`): a declared list of names, like an `as const` array.
 */
export function builderEnumLiterals(tsApi: TS, expression: ts.Expression): ts.StringLiteral[] | undefined {
  let current: ts.Expression = skipOuterExpressions(tsApi, expression);
  while (tsApi.isCallExpression(current) && tsApi.isPropertyAccessExpression(current.expression)) {
    const receiver = current.expression.expression;
    const first = current.arguments[0];
    if (
      current.expression.name.text === "enum" &&
      tsApi.isIdentifier(receiver) &&
      BUILDER_ROOTS.has(receiver.text) &&
      first &&
      tsApi.isArrayLiteralExpression(first)
    ) {
      return first.elements.every((element) => tsApi.isStringLiteral(element)) ? (first.elements as unknown as ts.StringLiteral[]) : undefined;
    }
    current = receiver;
  }
  return undefined;
}

/** `Schema` and `mongoose.Schema`. */
function isSchemaConstructor(tsApi: TS, callee: ts.Expression): boolean {
  if (tsApi.isIdentifier(callee)) return callee.text === "Schema";
  return tsApi.isPropertyAccessExpression(callee) && callee.name.text === "Schema";
}

/**
 * The identifiers a field's builder expression refers to besides the builder
 * itself (`z.array(MeterValueSchema).optional()` → `MeterValueSchema`): the
 * field's declared type, for context and type signals.
 */
export function referencedSchemaNames(tsApi: TS, value: ts.Expression): string[] {
  const names: string[] = [];
  const visit = (node: ts.Node): void => {
    if (names.length >= 4) return;
    if (tsApi.isPropertyAccessExpression(node)) {
      // `z.number()`, `DataTypes.STRING`: the root is a library, the member a builder method.
      visit(node.expression);
      return;
    }
    if (tsApi.isIdentifier(node)) {
      if (!BUILDER_ROOTS.has(node.text) && !names.includes(node.text)) names.push(node.text);
      return;
    }
    if (tsApi.isObjectLiteralExpression(node) || tsApi.isFunctionLike(node)) return;
    tsApi.forEachChild(node, visit);
  };
  visit(value);
  return names;
}

/** `x as const`, `x satisfies T`, `(x)`, `x!`: the expression inside. */
export function skipOuterExpressions(tsApi: TS, expression: ts.Expression): ts.Expression {
  let current = expression;
  while (
    tsApi.isParenthesizedExpression(current) ||
    tsApi.isAsExpression(current) ||
    tsApi.isSatisfiesExpression(current) ||
    tsApi.isNonNullExpression(current)
  ) {
    current = current.expression;
  }
  return current;
}
