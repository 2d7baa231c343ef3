import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import protobuf, { type Type } from "protobufjs";
import type { Clip } from "../gen/adas/dataloop/v1/clip.js";

// The TypeScript types are generated with ts-proto `onlyTypes=true`; the wire format comes from
// protobufjs reflection over the very same .proto files, so vehicle and cloud cannot drift apart.
const PROTO_ROOT = fileURLToPath(new URL("../../proto/", import.meta.url));
const requireFromHere = createRequire(import.meta.url);

function loadClipType(): Type {
  const root = new protobuf.Root();
  // Imports are written relative to the proto root (`adas/dataloop/v1/sensor.proto`), like protoc's -I;
  // descriptor.proto (needed by the vdx options) ships with protobufjs.
  root.resolvePath = (_origin, target) =>
    target.startsWith("google/protobuf/") ? requireFromHere.resolve(`protobufjs/${target}`) : join(PROTO_ROOT, target);
  root.loadSync("adas/dataloop/v1/clip.proto", { keepCase: false });
  return root.lookupType("adas.dataloop.v1.Clip");
}

let clipType: Type | undefined;

/** Serialises a clip to the protobuf wire format (the body of every clip upload). */
export function encodeClip(clip: Clip): Uint8Array {
  clipType ??= loadClipType();
  const problem = clipType.verify(clip as unknown as Record<string, unknown>);
  if (problem) throw new Error(`clip ${clip.clipId} is not a valid adas.dataloop.v1.Clip: ${problem}`);
  return clipType.encode(clipType.fromObject(clip)).finish();
}

/** The object key a clip is stored under: partitioned by day and trigger, never by vehicle. */
export function clipObjectKey(clip: Clip): string {
  const firedAtMs = Math.floor((clip.trigger?.firedAtNs ?? 0) / 1e6);
  const day = new Date(firedAtMs).toISOString().slice(0, 10);
  return `clips/${day}/${clip.trigger?.kind ?? 0}/${clip.clipId}.pb`;
}
