// Prettier formats the TypeScript and JavaScript (`pnpm format`; `pnpm lint`
// checks it). The options follow how the code was already written, chosen to
// change the fewest lines: double quotes, semicolons and trailing commas
// everywhere (Prettier's defaults), `(x) =>` arrows, and a wide line, because
// the code keeps one call or signature per line up to about 160 columns.
/** @type {import("prettier").Config} */
export default {
  printWidth: 160,
};
