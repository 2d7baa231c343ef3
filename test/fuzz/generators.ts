import { aliasBomb, cyclicRef, deepNesting, devicePath, hugeLiteral, manyElements, oddName, selfAlias } from "./structural-mutations.js";
import { ALPHABETS, COMPANIONS, FUZZ_FILE, INPUT_KINDS, TEMPLATES, type InputKind } from "./templates.js";

/**
 * Seeded generators of broken and hostile inputs, one project per case: the
 * template of one input kind, mutated (truncation, byte flips, deep nesting,
 * huge literals, device paths, alias bombs, cyclic `$ref`s, invalid UTF-8,
 * NUL, BOM, CRLF, odd file names…), next to the canary files. The same seed
 * and index give the same case, so any failure can be replayed alone.
 */

export type FuzzFile = string | Uint8Array | { symlink: string } | { fifo: true } | { directory: true };

export interface FuzzCase {
  /** `kind/mutation/index`: replay with the same seed and index. */
  id: string;
  index: number;
  kind: InputKind;
  mutation: string;
  /** Project files by relative path (names may hold line breaks or escapes). */
  files: Record<string, FuzzFile>;
  /** Files whose names are not UTF-8: folder, raw name bytes, content. */
  byteNamed: { folder: string; name: number[]; content: string }[];
  /** Arguments after `scan` (besides `--as-of` and `--format json`). */
  argv: string[];
  /** The case breaks the config, registry or baseline: exit 2 with documented errors is a right answer. */
  fatalAllowed: boolean;
  /** Whether the canary findings must be there when the scan runs (a mutated config may legitimately narrow the scan). */
  canariesApply: boolean;
  /** Whether the project carries the TypeScript canary (a program build per case: costly). */
  typescriptCanary: boolean;
}

export interface GenerateOptions {
  /** `fast` keeps sizes small (the test-suite subset); `full` goes up to the sizes of the reproductions. */
  scale: "fast" | "full";
  /** One case in this many (besides TypeScript cases) carries the TypeScript canary. 0 = only TypeScript cases. */
  typescriptCanaryEvery: number;
}

/** A small deterministic PRNG (mulberry32). */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(below: number): number {
    return Math.floor(this.next() * below);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

export interface Mutated {
  content: FuzzFile;
  /** Other files the mutation adds (companions overriding, FIFOs, links). */
  extra?: Record<string, FuzzFile>;
  /** Put the fuzzed content under this name instead. */
  rename?: string;
  byteNamed?: FuzzCase["byteNamed"];
  argv?: string[];
  fatal?: boolean;
}

type Mutation = (rng: Rng, kind: InputKind, text: string, scale: GenerateOptions["scale"]) => Mutated;

const YAML_KINDS: readonly InputKind[] = ["openapi", "config", "registry", "vspec"];

/** Every mutation, and which kinds it applies to (all when absent). */
const MUTATIONS: Record<string, { apply: Mutation; kinds?: readonly InputKind[]; weight: number }> = {
  truncate: { weight: 3, apply: (rng, _k, text) => ({ content: text.slice(0, rng.int(text.length)) }) },
  "byte-flip": {
    weight: 3,
    apply: (rng, _k, text) => {
      const bytes = Buffer.from(text, "utf8");
      for (let n = 1 + rng.int(8); n > 0; n--) bytes[rng.int(bytes.length)] = rng.int(256);
      return { content: new Uint8Array(bytes) };
    },
  },
  "token-splice": {
    weight: 3,
    apply: (rng, kind, text) => {
      let out = text;
      for (let n = 1 + rng.int(20); n > 0; n--) {
        const at = rng.int(out.length + 1);
        out = out.slice(0, at) + rng.pick(ALPHABETS[kind]) + out.slice(at);
      }
      return { content: out };
    },
  },
  "duplicate-slice": {
    weight: 1,
    apply: (rng, _k, text) => {
      const from = rng.int(text.length);
      const slice = text.slice(from, from + rng.int(200));
      const at = rng.int(text.length + 1);
      return { content: text.slice(0, at) + slice.repeat(1 + rng.int(5)) + text.slice(at) };
    },
  },
  "invalid-utf8": {
    weight: 2,
    apply: (rng, _k, text) => {
      const bytes = [...Buffer.from(text, "utf8")];
      const junk = [[0xff], [0xc3], [0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xfe, 0xff]];
      for (let n = 1 + rng.int(3); n > 0; n--) bytes.splice(rng.int(bytes.length + 1), 0, ...rng.pick(junk));
      return { content: new Uint8Array(bytes) };
    },
  },
  nul: {
    weight: 2,
    apply: (rng, _k, text) => {
      const at = rng.chance(0.5) ? rng.int(text.length + 1) : text.length;
      return { content: text.slice(0, at) + "\u0000".repeat(1 + rng.int(3)) + text.slice(at) };
    },
  },
  bom: {
    weight: 2,
    apply: (rng, _k, text) => {
      const variant = rng.int(4);
      if (variant === 0) return { content: "\uFEFF" + text };
      if (variant === 1) return { content: new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])) };
      if (variant === 2) return { content: "\uFEFF\uFEFF" + text };
      const at = rng.int(text.length + 1);
      return { content: text.slice(0, at) + "\uFEFF" + text.slice(at) };
    },
  },
  crlf: {
    weight: 2,
    apply: (rng, _k, text) => ({
      content: rng.chance(0.6) ? text.replace(/\n/g, "\r\n") : rng.chance(0.5) ? text.replace(/\n/g, "\r") : text.replace(/\n/g, "\u2028"),
    }),
  },
  "control-chars": {
    weight: 1,
    apply: (rng, _k, text) => {
      const controls = ["\u001b[31m", "\u001b]0;pwned\u0007", "\r", "\u0008", "\u202e", "\u0085", "\u007f", "\u000b"];
      let out = text;
      for (let n = 1 + rng.int(5); n > 0; n--) {
        const at = rng.int(out.length + 1);
        out = out.slice(0, at) + rng.pick(controls) + out.slice(at);
      }
      return { content: out };
    },
  },
  "deep-nesting": { weight: 3, apply: (rng, kind, text, scale) => ({ content: deepNesting(rng, kind, text, scale) }) },
  "huge-literal": { weight: 1, apply: (rng, kind, text, scale) => ({ content: hugeLiteral(rng, kind, text, scale) }) },
  "many-elements": { weight: 2, apply: (rng, kind, text, scale) => ({ content: manyElements(rng, kind, text, scale) }) },
  "device-path": { weight: 3, apply: (rng, kind, text) => devicePath(rng, kind, text) },
  "alias-bomb": { weight: 2, kinds: YAML_KINDS, apply: (rng, kind, text) => ({ content: aliasBomb(rng, kind, text) }) },
  "self-alias": { weight: 2, kinds: YAML_KINDS, apply: (rng, kind, text) => ({ content: selfAlias(rng, kind, text) }) },
  "cyclic-ref": { weight: 3, kinds: ["json-schema", "openapi"], apply: (rng, kind, text, scale) => cyclicRef(rng, kind, text, scale) },
  "odd-name": { weight: 2, apply: (rng, kind, text) => oddName(rng, kind, text) },
};

/** The case `index` of the run seeded with `seed`. */
export function generateCase(seed: number, index: number, options: GenerateOptions): FuzzCase {
  const rng = new Rng((seed * 0x9e3779b1) ^ (index * 0x85ebca6b));
  const kind = INPUT_KINDS[index % INPUT_KINDS.length]!;
  const applicable = Object.entries(MUTATIONS).filter(([, m]) => !m.kinds || m.kinds.includes(kind));
  const total = applicable.reduce((sum, [, m]) => sum + m.weight, 0);
  let roll = rng.next() * total;
  let [mutation, chosen] = applicable[0]!;
  for (const entry of applicable) {
    roll -= entry[1].weight;
    if (roll < 0) {
      [mutation, chosen] = entry;
      break;
    }
  }
  const mutated = chosen.apply(rng, kind, TEMPLATES[kind], options.scale);
  const target = mutated.rename ?? FUZZ_FILE[kind];
  const files: Record<string, FuzzFile> = { ...COMPANIONS, ...(mutated.extra ?? {}) };
  files[target] = mutated.content;
  const typescriptCanary = kind === "typescript" || (options.typescriptCanaryEvery > 0 && index % options.typescriptCanaryEvery === 3);
  return {
    id: `${kind}/${mutation}/${index}`,
    index,
    kind,
    mutation,
    files,
    byteNamed: mutated.byteNamed ?? [],
    argv: mutated.argv ?? [],
    fatalAllowed: kind === "config" || kind === "registry" || mutated.fatal === true,
    canariesApply: kind !== "config" || configKeepsScan(mutated.content),
    // A mutated config or registry decides what the TypeScript flow's verdict is: its canary is for the other kinds.
    typescriptCanary: typescriptCanary && kind !== "config" && kind !== "registry",
  };
}

/** A mutated config still scans the canaries the same way when these lines survive as written. */
function configKeepsScan(content: FuzzFile): boolean {
  if (typeof content !== "string" && !(content instanceof Uint8Array)) return false;
  const text = typeof content === "string" ? content : Buffer.from(content).toString("utf8");
  return (
    ['rulePack: "2026"\n', 'include: ["canary/**", "fuzz/**"]\n', 'exclude: ["**/*.test.ts"]\n'].every((line) => text.includes(line)) &&
    !/extends|allowRead/.test(text)
  );
}
