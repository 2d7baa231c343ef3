/**
 * The folders (and single files) vdx may read: the scan root, the paths the user named, configured
 * include paths and the config's `allowRead`. `readScopeOf` (input/read-scope.ts) builds one over the
 * real file system; analysers only ask it.
 */
export interface ReadScope {
  /** This scope and these paths too. */
  with(paths: readonly string[]): ReadScope;
  /** Whether `path` lies in the scope once every symbolic link is resolved (a missing path is "inside"). */
  contains(path: string): boolean;
}
