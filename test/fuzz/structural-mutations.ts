import type { FuzzFile, GenerateOptions, Mutated, Rng } from "./generators.js";
import { FUZZ_FILE, type InputKind } from "./templates.js";

/**
 * The mutations that build a structure rather than damage bytes: deep
 * nesting, huge literals, many elements, device paths, alias bombs,
 * self-aliases, cyclic `$ref`s and odd file names, each shaped for the kind
 * of input it goes into. `fast` sizes stay small; `full` sizes are those of
 * issue 14's reproductions.
 */

function depthFor(rng: Rng, scale: GenerateOptions["scale"]): number {
  return rng.pick(scale === "fast" ? [20, 257, 1_000, 3_000] : [20, 257, 1_000, 5_000, 10_000, 50_000]);
}

export function deepNesting(rng: Rng, kind: InputKind, text: string, scale: GenerateOptions["scale"]): string {
  const depth = depthFor(rng, scale);
  switch (kind) {
    case "proto":
      return rng.chance(0.5)
        ? `${text}\n${Array.from({ length: depth }, (_, i) => `message N${i} {`).join(" ")} int32 leaf = 1; ${"}".repeat(depth)}\n`
        : `${text}\noption (deep) = ${"{ a: ".repeat(depth)}1${" }".repeat(depth)};\n`;
    case "json-schema": {
      const variant = rng.int(3);
      if (variant === 0)
        return `{"type":"object","properties":{${'"a":{"type":"object","properties":{'.repeat(depth)}"z":{"type":"string"}${"}}".repeat(depth)}}}`;
      if (variant === 1) return text.replace('"title": "State",', `"title": "State", "default": ${"[".repeat(depth)}${"]".repeat(depth)},`);
      return `{"type":"object","allOf":${'[{"allOf":'.repeat(depth)}[]${"}]".repeat(depth)}}`;
    }
    case "typescript": {
      const n = Math.min(depth, scale === "fast" ? 100 : 5_000);
      const variant = rng.int(5);
      if (variant === 0)
        return `${text}\nexport const url = 'https://eu.example-motors.de/' ${"+ 'a' ".repeat(n)};\nfetch(url, { body: JSON.stringify({ vin: "x" }) });\n`;
      if (variant === 1) return `${text}\ndeclare const o: any;\nexport const v = o${".a".repeat(n)};\n`;
      if (variant === 2) return `${text}\nexport const p = ${"(".repeat(n)}1${")".repeat(n)};\n`;
      if (variant === 3) return `${text}\nexport const arr = ${"[".repeat(n)}${"]".repeat(n)};\n`;
      return `${text}\nconst d0 = { x: 1 };\n${Array.from({ length: n }, (_, i) => `const d${i + 1} = { x: d${i} };`).join("\n")}\nfetch("https://eu.example-motors.de/x", { body: JSON.stringify(d${n}) });\n`;
    }
    case "vspec":
    case "openapi":
    case "config":
    case "registry": {
      const variant = rng.int(3);
      const nested =
        variant === 0
          ? `x-deep: ${"[".repeat(depth)}${"]".repeat(depth)}\n`
          : variant === 1
            ? `x-deep:\n${"- ".repeat(depth)}x\n`
            : Array.from({ length: Math.min(depth, 2_000) }, (_, i) => `${" ".repeat(i)}x-deep${i}:`).join("\n") + " 1\n";
      return `${text}${nested}`;
    }
  }
}

export function hugeLiteral(rng: Rng, kind: InputKind, text: string, scale: GenerateOptions["scale"]): string {
  const size = rng.pick(scale === "fast" ? [10_000, 200_000, 1_000_000] : [10_000, 1_000_000, 7_000_000, 8_500_000, 17_000_000]);
  const blob = rng.chance(0.5) ? "x".repeat(size) : "位置".repeat(size / 6);
  switch (kind) {
    case "proto":
      return text.replace("message VehicleState {", `// ${blob}\nmessage VehicleState {\n  option (note) = "${blob}";`);
    case "json-schema":
      return text.replace('"title": "State",', `"title": "State", "description": "${blob}",`);
    case "typescript":
      return `${text}\nexport const blob = "${blob}";\n`;
    default:
      return `${text}x-blob: "${blob}"\n`;
  }
}

export function manyElements(rng: Rng, kind: InputKind, text: string, scale: GenerateOptions["scale"]): string {
  // Fast sizes stay small enough for the test suite; full sizes are those of the issue's reproductions.
  const n = rng.pick(scale === "fast" ? [100, 500, 1_000] : [1_000, 5_000, 10_000, 50_000]);
  const names = (i: number) => (rng.chance(0.5) ? `p${i}` : `field_${i}_value`);
  switch (kind) {
    case "proto":
      return `${text}\nmessage Wide {\n${Array.from({ length: n }, (_, i) => `  int32 ${names(i)} = ${i + 1};`).join("\n")}\n}\n`;
    case "json-schema":
      return `{"title":"Wide","type":"object","properties":{${Array.from({ length: n }, (_, i) => `"${names(i)}":{"type":"number"}`).join(",")}}}`;
    case "openapi":
      return `${text}    Anchored:\n      type: object\n      properties:\n${Array.from({ length: n }, (_, i) => `        a${i}: &a${i} { type: string }\n        b${i}: *a${i}`).join("\n")}\n`;
    case "vspec":
      return `${text}\n${Array.from({ length: n }, (_, i) => `Vehicle.Wide.${names(i)}:\n  type: sensor\n  datatype: float\n  description: x.`).join("\n")}\n`;
    case "config":
      return text.replace(
        "hosts:\n",
        `hosts:\n${Array.from({ length: Math.min(n, scale === "fast" ? 300 : 5_000) }, (_, i) => `  - { match: "h${i}.example.de", jurisdiction: DE }`).join("\n")}\n`,
      );
    case "registry":
      return `${text}${Array.from({ length: Math.min(n, scale === "fast" ? 300 : 3_000) }, (_, i) => `  - { id: R-${i}, mechanism: standard-contract, exemption: null, recipient: { name: R, country: DE }, destinations: ["r${i}.example.de"], categories: [conn.operating-condition], scale: { individuals: 1, sensitiveIndividuals: 0, vehicles: 1 }, mapApproval: null, validFrom: 2026-01-01, validUntil: 2027-01-01 }`).join("\n")}\n`;
    case "typescript":
      return `${text}\nexport interface Wide {\n${Array.from({ length: n }, (_, i) => `  ${names(i)}: number;`).join("\n")}\n}\n`;
  }
}

const DEVICES = ["/dev/zero", "/dev/urandom", "/dev/random", "/dev/stdin", "/proc/self/mem", "/dev/full"];
const OUTSIDE = ["../../../../../../../../etc/hostname", "/etc/hostname", "/etc/passwd", "../../../../../../../../proc/self/environ"];

export function devicePath(rng: Rng, kind: InputKind, text: string): Mutated {
  const variant = rng.int(6);
  // The fuzzed file itself is a link to a device or out of the root, a FIFO or a folder.
  if (variant === 0) return { content: { symlink: rng.pick([...DEVICES, "/etc/hostname"]) }, fatal: kind === "config" || kind === "registry" };
  if (variant === 1) return { content: rng.chance(0.5) ? { fifo: true } : { directory: true }, fatal: kind === "config" || kind === "registry" };
  if (variant === 2)
    return { content: text, argv: ["--baseline", rng.pick([...DEVICES, "fuzz/fifo", "fuzz"])], extra: { "fuzz/fifo": { fifo: true } }, fatal: true };
  const target = rng.chance(0.6) ? rng.pick(DEVICES) : rng.chance(0.5) ? rng.pick(OUTSIDE) : "fifo.any";
  const extra: Record<string, FuzzFile> = { "fuzz/fifo.any": { fifo: true } };
  switch (kind) {
    case "proto":
      return { content: text.replace('import "fuzz/common.proto";', `import "fuzz/common.proto";\nimport "${target}";`), extra };
    case "json-schema":
      return { content: text.replace('"$ref": "#/$defs/Position"', `"$ref": "${rng.chance(0.3) ? "file://" : ""}${target}"`), extra };
    case "openapi":
      return { content: text.replace('$ref: "#/components/schemas/Vehicle"', `$ref: '${target}'`), extra };
    case "vspec":
      return { content: `#include ${target} Vehicle.X\n${text}`, extra };
    case "config": {
      const key = rng.pick(["tsconfig", "assessments", "rulePack", "extends"]);
      const value = key === "extends" ? `["${target}"]` : `"${target}"`;
      return { content: `${text.replace(/^assessments:.*\n/m, "")}${key}: ${value}\n`, extra, fatal: true };
    }
    case "registry":
      return { content: { symlink: target }, fatal: true };
    case "typescript":
      return {
        content: rng.chance(0.5) ? `/// <reference path="${target}" />\n${text}` : `import "${target}";\n${text}`,
        extra: { ...extra, "fuzz/link.ts": { symlink: rng.pick(DEVICES) } },
      };
  }
}

export function aliasBomb(rng: Rng, kind: InputKind, text: string): string {
  const width = 5 + rng.int(6);
  const levels = 6 + rng.int(6);
  const lines = [`x-l0: &l0 [${Array(width).fill("lol").join(", ")}]`];
  for (let i = 1; i < levels; i++)
    lines.push(
      `x-l${i}: &l${i} [${Array(width)
        .fill(`*l${i - 1}`)
        .join(", ")}]`,
    );
  const bomb = lines.join("\n") + "\n";
  if (kind === "vspec") return `${text}\nVehicle.Bomb:\n  type: branch\n  description: x.\n  x-l: [${Array(width).fill("x").join(",")}]\n${bomb}`;
  return rng.chance(0.5) ? `${text}${bomb}` : `${bomb}${text}`;
}

export function selfAlias(rng: Rng, kind: InputKind, text: string): string {
  const variants = ["x-self: &A {type: object, properties: {me: *A}}\n", "x-loop: &a [*a]\n", "x-pair: &p {k: &q [*p, *q]}\n", "x-key: &k {? *k : 1}\n"];
  if (kind === "openapi") return text.replace("components:\n  schemas:\n", `components:\n  schemas:\n    A: &A {type: object, properties: {me: *A}}\n`);
  return `${text}${rng.pick(variants)}`;
}

export function cyclicRef(rng: Rng, kind: InputKind, text: string, scale: GenerateOptions["scale"]): Mutated {
  const variant = rng.int(4);
  if (variant === 0) {
    // Two files referring to each other, and to themselves.
    const other = '{ "$defs": { "Battery": { "$ref": "state.schema.json#/$defs/Position" }, "Self": { "$ref": "#/$defs/Self" } }, "$ref": "#" }\n';
    return { content: text, extra: { "fuzz/common.schema.json": other } };
  }
  if (variant === 1) {
    const n = scale === "fast" ? 2_000 : 20_000;
    const defs = Array.from({ length: n }, (_, i) => `"d${i}": { "$ref": "#/$defs/d${(i + 1) % n}" }`).join(",");
    return {
      content:
        kind === "openapi"
          ? `openapi: 3.0.3\ninfo: {title: t, version: '1'}\ncomponents:\n  schemas:\n    S: { $ref: "fuzz-chain.schema.json#/$defs/d0" }\n`
          : `{"title":"Chain","type":"object","properties":{"start":{"$ref":"#/$defs/d0"}},"$defs":{${defs}}}`,
      extra: kind === "openapi" ? { "fuzz/fuzz-chain.schema.json": `{"$defs":{${defs}}}` } : {},
    };
  }
  if (variant === 2)
    return {
      content:
        kind === "openapi"
          ? text.replace('$ref: "#/components/schemas/Vehicle"', '$ref: "#/components/schemas/Position"')
          : text.replace('"$ref": "common.schema.json#/$defs/Battery"', '"$ref": "#"'),
    };
  return {
    content:
      kind === "openapi"
        ? text.replace('$ref: "#/components/schemas/Vehicle"', '$ref: "api.yaml#/components/schemas/Position/properties/vehicle"')
        : text.replace('"$ref": "#/$defs/Position" }', '"$ref": "state.schema.json#/properties/position" }'),
  };
}

export function oddName(rng: Rng, kind: InputKind, text: string): Mutated {
  const target = FUZZ_FILE[kind];
  if (kind === "config" || kind === "registry") return { content: text };
  const slash = target.lastIndexOf("/");
  const folder = target.slice(0, slash);
  const base = target.slice(slash + 1);
  const variant = rng.int(6);
  if (variant === 0)
    return {
      content: text,
      byteNamed: [{ folder, name: [...Buffer.from("caf"), 0xe9, ...Buffer.from(`-${base}`)], content: text }],
      rename: `${folder}/plain-${base}`,
    };
  const odd = ["a\nb-", "c\rd-", "\u001b[31mred-", "tab\t-", "\u202eevil-", "x".repeat(200) + "-"][variant - 1]!;
  return { content: text, rename: `${folder}/${odd}${base}` };
}
