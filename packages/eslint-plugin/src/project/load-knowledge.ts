import { readdirSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { collectFiles, findConfigFile, groupByKind, loadKnowledge, scanSchemaFiles } from "@vdx/core";
import { KnowledgeCache, type KnowledgeSource } from "./knowledge-cache.js";
import type { ProjectKnowledge } from "./knowledge.js";
import { normalise } from "../file-paths.js";

/**
 * Loads a project the way `vdx scan` does (config → rule pack → registry →
 * files → schema fields), so the editor and the CLI start from the same
 * knowledge. Never throws: a broken input is an error with its position.
 */
export function loadProjectKnowledge(request: { configFile: string | undefined; cwd: string; generation: number }): ProjectKnowledge {
  // The CLI's load sequence (core's loadKnowledge): the same errors, and the same load findings.
  const { config, pack, registry, errors, findings } = loadKnowledge({
    cwd: request.configFile !== undefined ? dirname(request.configFile) : request.cwd,
    ...(request.configFile !== undefined ? { configFile: request.configFile } : {}),
  });

  const root = config.root;
  const files =
    errors.length > 0
      ? []
      : collectFiles({
          root,
          paths: [root],
          include: config.include,
          exclude: config.exclude,
          ignoreFiles: [config.file, registry.file].filter((f): f is string => f !== undefined),
        });
  const byKind = groupByKind(files);
  const schemaFiles = [...byKind.proto, ...byKind.schema, ...byKind.vss];
  const schemaFields = errors.length > 0 ? [] : scanSchemaFiles({ files: schemaFiles, root, pack }).fields;
  const typescriptFiles = new Set(byKind.typescript.map(normalise));

  const inputs = new Set<string>();
  for (const file of [config.file, config.assessments, ...schemaFiles]) if (file !== undefined) inputs.add(file);
  for (const packRoot of pack.roots) for (const file of listFiles(packRoot)) inputs.add(file);
  for (const directory of directoriesOf(files, root)) inputs.add(directory);
  if (request.configFile === undefined) inputs.add(request.cwd); // a config file created here changes its mtime

  return {
    root,
    config,
    pack,
    registry,
    schemaFields,
    errors,
    loadFindings: findings,
    inScope: (file) => typescriptFiles.has(normalise(file)),
    inputs: [...inputs],
    generation: request.generation,
  };
}

/** Every directory holding a collected file, and its parents up to the root: their mtime changes when a file appears. */
function directoriesOf(files: readonly string[], root: string): Set<string> {
  const directories = new Set<string>([root]);
  for (const file of files) {
    let directory = dirname(file);
    while (!directories.has(directory) && (directory + sep).startsWith(root + sep)) {
      directories.add(directory);
      directory = dirname(directory);
    }
  }
  return directories;
}

function listFiles(directory: string): string[] {
  try {
    return [
      directory,
      ...readdirSync(directory, { withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(directory, e.name)),
    ];
  } catch {
    return [directory];
  }
}

const coreSource: KnowledgeSource = { findConfigFile, load: loadProjectKnowledge };

/** The process-wide cache every rule reads (an editor's ESLint server is one long-lived process). */
export const knowledgeCache = new KnowledgeCache(coreSource);
