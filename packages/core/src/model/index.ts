export type * from "./location.js";
export type * from "./pack.js";
export type * from "./config.js";
export type * from "./registry.js";
export type * from "./finding.js";
export type * from "./verdict.js";
export type * from "./schema-field.js";
export { STRONG_SIGNAL_CONFIDENCE } from "./schema-field.js";
export type * from "./diagnostics.js";
