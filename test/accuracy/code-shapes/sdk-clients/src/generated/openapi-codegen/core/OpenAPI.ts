/* generated using openapi-typescript-codegen -- do not edit */
export type OpenAPIConfig = {
  BASE: string;
  VERSION: string;
  HEADERS?: Record<string, string>;
};

export const OpenAPI: OpenAPIConfig = {
  BASE: "https://charging-api.example-motors.de",
  VERSION: "2",
};
