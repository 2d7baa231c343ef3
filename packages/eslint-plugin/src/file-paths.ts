/** TypeScript reports forward slashes on every OS; ESLint gives native paths. Files are compared in TypeScript's form. */
export function normalise(file: string): string {
  return file.includes("\\") ? file.replace(/\\/g, "/") : file;
}
