import { describe, expect, it } from "vitest";
import { type SinkModel } from "@vdx/core";
import { createSinkMatcher } from "@vdx/core/internals";
import { createInMemoryProgram, sourceFileOf } from "./in-memory-program.js";
import { loadCatalogue } from "./catalogue.js";
import { morph } from "./matcher-fixture.js";

/**
 * Issue 11, item 3: a catalogue of hundreds of models must not slow a scan of
 * code that imports none of them. The work per program state is proven
 * proportional to what the program imports by counting reads of the models
 * themselves (no timings): after the catalogue is compiled once, a program
 * that imports none of a model's packages never touches that model again,
 * however many there are.
 */
function countedCatalogue(extra: number) {
  const reads = { real: 0, synthetic: 0 };
  const counted = <T extends object>(target: T, kind: keyof typeof reads): T =>
    new Proxy(target, {
      get: (object, key, receiver) => {
        reads[kind]++;
        return Reflect.get(object, key, receiver);
      },
    });
  const synthetic: SinkModel[] = Array.from({ length: extra }, (_, i) =>
    counted<SinkModel>(
      {
        id: `synthetic-${i}`,
        package: `@synthetic/client-${i}`,
        member: "Client#{send,publish,write}",
        kind: "call",
        destinationKind: "url",
        destination: [{ call: "Client()", argument: 0 }],
        payload: [{ argument: 0 }],
        examples: { match: ["x"], noMatch: ["y"] },
      },
      "synthetic",
    ),
  );
  const models = [...loadCatalogue().map((m) => counted(m, "real")), ...synthetic];
  return { models, reads };
}

const APP = [
  'import express from "express";',
  'import _ from "lodash";',
  "const app = express();",
  'app.post("/trips", (req, res) => res.json(_.pick(req.body, ["vin"])));',
  "const queue: string[] = [];",
  "queue.push(JSON.stringify({ vin: 1 }));",
  "export function send(x: { send(b: string): void }) { x.send(queue[0]!); }",
].join("\n");

function scan(models: readonly SinkModel[], files: Record<string, string>) {
  const program = createInMemoryProgram(morph, files);
  const matcher = createSinkMatcher(morph, program, { sinks: models });
  for (const name of Object.keys(files)) matcher.sinkCallsIn(sourceFileOf(program, name));
}

describe("the sink matcher's work is proportional to the program's imports, not to the catalogue", () => {
  for (const extra of [0, 3000]) {
    it(`never reads a model of a package the program does not import (catalogue + ${extra} models)`, () => {
      const { models, reads } = countedCatalogue(extra);
      expect(models.length).toBeGreaterThanOrEqual(300 + extra);
      // The first program state compiles the catalogue: each model is read once, then kept per catalogue.
      scan(models, { "src/app.ts": APP });
      expect(reads.synthetic).toBeGreaterThanOrEqual(extra);
      // Later states, with other imports (a new index), other files and edits, read none of the models they cannot use.
      reads.real = reads.synthetic = 0;
      scan(models, { "src/app.ts": APP, "src/b.ts": 'import axios from "axios";\nawait axios.post("https://api.example.de/x", {});' });
      scan(models, { "src/app.ts": `${APP}\nimport { z } from "zod";\nz.string().parse(queue[0]);` });
      scan(models, { "src/app.ts": `${APP}\nqueue.push("edited");` });
      expect(reads.synthetic).toBe(0);
    });
  }

  it("reads the models of an imported package, and only those", () => {
    const { models, reads } = countedCatalogue(3000);
    scan(models, { "src/app.ts": APP });
    reads.real = reads.synthetic = 0;
    scan(models, { "src/app.ts": `${APP}\nimport { Client } from "@synthetic/client-7";\nnew Client("https://x.example.de").send(queue[0]!);` });
    const perImportedModel = reads.synthetic;
    expect(perImportedModel).toBeGreaterThan(0);
    reads.real = reads.synthetic = 0;
    scan(models, { "src/app.ts": `${APP}\nimport { Client } from "@synthetic/client-2999";\nnew Client("https://x.example.de").send(queue[0]!);` });
    // One model of the catalogue is in play either way: the same reads, wherever it sits in the catalogue.
    expect(reads.synthetic).toBe(perImportedModel);
  });
});
