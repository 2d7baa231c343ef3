import { dirname } from "node:path";
import { FileStamps, FreshnessGate } from "./file-stamps.js";
import type { ProjectKnowledge } from "./knowledge.js";

/** How the cache finds and loads a project; the real one calls `@vdx/core` (load-knowledge.ts). */
export interface KnowledgeSource {
  /** The config file that governs `directory` (walking up), or undefined when there is none. */
  findConfigFile(directory: string): string | undefined;
  /** Loads the project of `configFile` (or the defaults rooted at `cwd` when there is no config file). */
  load(request: { configFile: string | undefined; cwd: string; generation: number }): ProjectKnowledge;
}

interface Entry {
  knowledge: ProjectKnowledge;
  gate: FreshnessGate;
}

interface ConfigLookup {
  configFile: string | undefined;
  checkedAt: number;
}

/**
 * Per-process cache of {@link ProjectKnowledge}, one entry per config file.
 * An editor session lives for hours: each entry is re-validated by a
 * stat-based freshness check at most every `intervalMs`, and so is the
 * "which config governs this directory" answer (a config file may be created
 * mid-session). Between checks a lookup is two map reads.
 */
export class KnowledgeCache {
  readonly #entries = new Map<string, Entry>();
  readonly #configByDirectory = new Map<string, ConfigLookup>();
  #generation = 0;

  constructor(
    private readonly source: KnowledgeSource,
    private readonly intervalMs = 1000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Knowledge for a linted file; `explicitConfigFile` (absolute) overrides the walk-up. */
  forFile(file: string, cwd: string, explicitConfigFile?: string): ProjectKnowledge {
    const configFile = explicitConfigFile ?? this.#configFor(dirname(file));
    const key = configFile ?? `cwd:${cwd}`;
    const cached = this.#entries.get(key);
    if (cached && !cached.gate.isStale()) return cached.knowledge;
    const knowledge = this.source.load({ configFile, cwd, generation: ++this.#generation });
    const stamps = new FileStamps(knowledge.inputs);
    this.#entries.set(key, { knowledge, gate: new FreshnessGate(stamps, this.intervalMs, this.now) });
    return knowledge;
  }

  /** Forget everything (tests; a long-lived host that wants a clean slate). */
  clear(): void {
    this.#entries.clear();
    this.#configByDirectory.clear();
  }

  #configFor(directory: string): string | undefined {
    const time = this.now();
    const known = this.#configByDirectory.get(directory);
    if (known && time - known.checkedAt < this.intervalMs) return known.configFile;
    const configFile = this.source.findConfigFile(directory);
    this.#configByDirectory.set(directory, { configFile, checkedAt: time });
    return configFile;
  }
}
