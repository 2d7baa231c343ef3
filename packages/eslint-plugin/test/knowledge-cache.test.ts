import { existsSync, mkdtempSync, writeFileSync, mkdirSync, utimesSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KnowledgeCache, type KnowledgeSource } from "../src/project/knowledge-cache.js";
import type { ProjectKnowledge } from "../src/project/knowledge.js";

/** A source that walks up like core's `findConfigFile` and records its loads. */
function countingSource(inputsOf: (configFile: string | undefined) => string[]) {
  const loads: { configFile: string | undefined; generation: number }[] = [];
  const source: KnowledgeSource = {
    findConfigFile(directory) {
      for (let dir = directory; dir.startsWith(root); dir = dirname(dir)) {
        const candidate = join(dir, "vdx.config.yaml");
        if (existsSync(candidate)) return candidate;
      }
      return undefined;
    },
    load({ configFile, generation }) {
      loads.push({ configFile, generation });
      return { inputs: inputsOf(configFile), generation } as unknown as ProjectKnowledge;
    },
  };
  return { source, loads };
}

let root: string;
let clock: number;
const now = () => clock;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "vdx-knowledge-"));
  mkdirSync(join(root, "src"));
  clock = 0;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("KnowledgeCache", () => {
  it("loads a project once and serves every file of it from the cache", () => {
    writeFileSync(join(root, "vdx.config.yaml"), "rulePack: '2026'\n");
    const { source, loads } = countingSource((config) => [config!]);
    const cache = new KnowledgeCache(source, 1000, now);
    const first = cache.forFile(join(root, "src/a.ts"), root);
    const second = cache.forFile(join(root, "src/b.ts"), root);
    expect(second).toBe(first);
    expect(loads).toEqual([{ configFile: join(root, "vdx.config.yaml"), generation: 1 }]);
  });

  it("notices an edited input only after the check interval, then reloads with a new generation", () => {
    const config = join(root, "vdx.config.yaml");
    writeFileSync(config, "rulePack: '2026'\n");
    const { source, loads } = countingSource((c) => [c!]);
    const cache = new KnowledgeCache(source, 1000, now);
    cache.forFile(join(root, "src/a.ts"), root);
    writeFileSync(config, "rulePack: '2026'\nunknownHosts: error\n");
    clock = 500;
    expect(cache.forFile(join(root, "src/a.ts"), root).generation).toBe(1);
    clock = 1600;
    expect(cache.forFile(join(root, "src/a.ts"), root).generation).toBe(2);
    expect(loads.map((l) => l.generation)).toEqual([1, 2]);
  });

  it("does not reload when nothing changed, however often it is asked", () => {
    writeFileSync(join(root, "vdx.config.yaml"), "rulePack: '2026'\n");
    const { source, loads } = countingSource((c) => [c!]);
    const cache = new KnowledgeCache(source, 1000, now);
    for (clock = 0; clock < 10_000; clock += 250) cache.forFile(join(root, "src/a.ts"), root);
    expect(loads).toHaveLength(1);
  });

  it("notices a deleted input and a touched one (mtime alone)", () => {
    const schema = join(root, "trip.proto");
    writeFileSync(schema, 'syntax = "proto3";\n');
    writeFileSync(join(root, "vdx.config.yaml"), "");
    const { source, loads } = countingSource(() => [schema]);
    const cache = new KnowledgeCache(source, 1000, now);
    cache.forFile(join(root, "src/a.ts"), root);
    utimesSync(schema, new Date(2020, 0, 1), new Date(2020, 0, 1));
    clock = 2000;
    cache.forFile(join(root, "src/a.ts"), root);
    rmSync(schema);
    clock = 4000;
    cache.forFile(join(root, "src/a.ts"), root);
    expect(loads).toHaveLength(3);
  });

  it("picks up a config file created mid-session, and keeps projects with different configs apart", () => {
    mkdirSync(join(root, "app"));
    const { source, loads } = countingSource((c) => (c ? [c] : [root]));
    const cache = new KnowledgeCache(source, 1000, now);
    cache.forFile(join(root, "app/a.ts"), root);
    expect(loads.at(-1)?.configFile).toBeUndefined();
    writeFileSync(join(root, "app/vdx.config.yaml"), "");
    clock = 1500;
    cache.forFile(join(root, "app/a.ts"), root);
    expect(loads.at(-1)?.configFile).toBe(join(root, "app/vdx.config.yaml"));
    writeFileSync(join(root, "vdx.config.yaml"), "");
    cache.forFile(join(root, "src/b.ts"), root);
    expect(loads.at(-1)?.configFile).toBe(join(root, "vdx.config.yaml"));
    expect(loads).toHaveLength(3);
  });

  it("an explicit config file wins over the walk-up", () => {
    writeFileSync(join(root, "vdx.config.yaml"), "");
    const explicit = join(root, "other.yaml");
    writeFileSync(explicit, "");
    const { source, loads } = countingSource((c) => [c!]);
    new KnowledgeCache(source, 1000, now).forFile(join(root, "src/a.ts"), root, explicit);
    expect(loads[0]?.configFile).toBe(explicit);
  });
});
