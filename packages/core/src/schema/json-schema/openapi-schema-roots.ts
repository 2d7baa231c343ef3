import { joinPointer } from "../../input/positioned-document.js";
import { isObject } from "./detect-document-kind.js";

/** A schema inside an OpenAPI document, and for parameters the parameter that names it. */
export interface OpenApiSchemaRoot {
  pointer: string;
  /** For `parameters[i].schema`: the parameter's pointer and name (the parameter is a field itself). */
  parameter?: { pointer: string; name: string };
}

const METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"];

/**
 * The schemas of an OpenAPI 3.x document: `components.schemas`, and the
 * inline schemas of request bodies, responses and parameters (under
 * `paths`, `webhooks` and `components`).
 */
export function openApiSchemaRoots(document: Record<string, unknown>): OpenApiSchemaRoot[] {
  const roots: OpenApiSchemaRoot[] = [];
  const components = isObject(document.components) ? document.components : {};
  for (const name of Object.keys(isObject(components.schemas) ? components.schemas : {})) {
    roots.push({ pointer: joinPointer(["components", "schemas", name]) });
  }
  for (const [kind, collection] of [
    ["requestBodies", components.requestBodies],
    ["responses", components.responses],
  ] as const) {
    if (!isObject(collection)) continue;
    for (const [name, body] of Object.entries(collection)) contentSchemas(body, ["components", kind, name], roots);
  }
  if (isObject(components.parameters)) {
    for (const [name, parameter] of Object.entries(components.parameters)) parameterSchema(parameter, ["components", "parameters", name], roots);
  }
  for (const section of ["paths", "webhooks"]) {
    const items = document[section];
    if (!isObject(items)) continue;
    for (const [route, item] of Object.entries(items)) {
      if (!isObject(item)) continue;
      parameters(item.parameters, [section, route, "parameters"], roots);
      for (const method of METHODS) {
        const operation = item[method];
        if (!isObject(operation)) continue;
        const base = [section, route, method];
        parameters(operation.parameters, [...base, "parameters"], roots);
        contentSchemas(operation.requestBody, [...base, "requestBody"], roots);
        if (isObject(operation.responses)) {
          for (const [status, response] of Object.entries(operation.responses)) contentSchemas(response, [...base, "responses", status], roots);
        }
      }
    }
  }
  return roots;
}

function contentSchemas(holder: unknown, at: string[], roots: OpenApiSchemaRoot[]): void {
  if (!isObject(holder) || !isObject(holder.content)) return;
  for (const [mediaType, media] of Object.entries(holder.content)) {
    if (isObject(media) && isObject(media.schema)) roots.push({ pointer: joinPointer([...at, "content", mediaType, "schema"]) });
  }
}

function parameters(list: unknown, at: string[], roots: OpenApiSchemaRoot[]): void {
  if (!Array.isArray(list)) return;
  list.forEach((parameter, index) => parameterSchema(parameter, [...at, String(index)], roots));
}

function parameterSchema(parameter: unknown, at: string[], roots: OpenApiSchemaRoot[]): void {
  if (!isObject(parameter)) return;
  const pointer = joinPointer(at);
  const name = typeof parameter.name === "string" ? parameter.name : undefined;
  // A parameter is a field by its name (path, query, header, cookie), with or without a schema; `content` holds a body-like schema.
  if (!isObject(parameter.schema) && name === undefined) return;
  roots.push({ pointer: joinPointer([...at, "schema"]), ...(name ? { parameter: { pointer, name } } : {}) });
  contentSchemas(parameter, at, roots);
}
