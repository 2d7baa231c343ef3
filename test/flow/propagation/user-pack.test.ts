import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadRulePack } from "@vdx/core";
import { builtinPack } from "../helpers/flow-project.js";
import { createExampleProject, snippetsOf } from "./example-project.js";

const root = mkdtempSync(join(tmpdir(), "vdx-propagation-user-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// A company queue whose `enqueue` stores its argument, and a company container type.
const ENQUEUE = {
  match: ["declare const queue: { enqueue(value: string): void }; queue.enqueue(loadTrip().vin); send(queue);"],
  noMatch: ["declare const queue: { enqueue(value: string): void }; queue.enqueue(loadTrip().id); send(queue);"],
};
const DEFERRED = {
  match: ["interface Deferred<T> { settle(): void } declare function latestTrip(): Deferred<Trip>; send(latestTrip());"],
  noMatch: ["interface Deferred<T> { settle(): void } declare function latestTripId(): Deferred<string>; send(latestTripId());"],
};

describe("a user pack extends propagation.yaml, and the engine follows it", () => {
  writeFileSync(
    join(root, "propagation.yaml"),
    [
      "mutators:",
      `  - { name: enqueue, examples: ${JSON.stringify(ENQUEUE)} }`,
      "containers:",
      `  - { name: Deferred, examples: ${JSON.stringify(DEFERRED)} }`,
    ].join("\n"),
  );
  const outcome = loadRulePack({ rulePack: "2026", extends: [root], baseDir: root });
  const snippets = snippetsOf({ mutators: [{ name: "enqueue", examples: ENQUEUE }], containers: [{ name: "Deferred", examples: DEFERRED }] });
  const project = createExampleProject(snippets);
  const file = (list: string, name: string, kind: string) => `src/${list}-${name}-${kind}-0.ts`;

  it("loads the extension clean", () => expect(outcome.errors).toEqual([]));

  it("exports through the user's mutator and container, and not without them", () => {
    const extended = project.exportsBy(outcome.value);
    expect([...extended].sort()).toEqual([file("containers", "Deferred", "match"), file("mutators", "enqueue", "match")]);
    expect([...project.exportsBy(builtinPack())]).toEqual([]);
  });
});
