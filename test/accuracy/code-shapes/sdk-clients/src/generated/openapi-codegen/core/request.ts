/* generated using openapi-typescript-codegen -- do not edit */
import type { OpenAPIConfig } from "./OpenAPI";

export type ApiRequestOptions = {
  readonly method: "GET" | "PUT" | "POST" | "DELETE" | "PATCH";
  readonly url: string;
  readonly path?: Record<string, unknown>;
  readonly query?: Record<string, string>;
  readonly body?: unknown;
};

const getUrl = (config: OpenAPIConfig, options: ApiRequestOptions): string => {
  const path = options.url.replace(/{(.*?)}/g, (substring: string, group: string) => {
    if (options.path?.hasOwnProperty(group)) return encodeURIComponent(String(options.path[group]));
    return substring;
  });
  const url = `${config.BASE}${path}`;
  if (options.query) return `${url}?${new URLSearchParams(options.query).toString()}`;
  return url;
};

const sendRequest = async (config: OpenAPIConfig, options: ApiRequestOptions, url: string): Promise<Response> => {
  const body = options.body !== undefined ? JSON.stringify(options.body) : undefined;
  return await fetch(url, { method: options.method, body, headers: config.HEADERS });
};

export const request = async <T>(config: OpenAPIConfig, options: ApiRequestOptions): Promise<T> => {
  const url = getUrl(config, options);
  const response = await sendRequest(config, options, url);
  return (await response.json()) as T;
};
