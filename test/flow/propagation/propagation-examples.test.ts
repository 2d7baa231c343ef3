import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { PropagationEntry, PropagationList, RulePack } from "@vdx/core";
import { builtinPack } from "../helpers/flow-project.js";
import { createExampleProject, snippetsOf } from "./example-project.js";

const PROPAGATION_FILE = fileURLToPath(new URL("../../../rules/2026/propagation.yaml", import.meta.url));
const lists = parse(readFileSync(PROPAGATION_FILE, "utf8")) as Record<PropagationList, PropagationEntry[]>;

/** Whether a `match` snippet exports with the list's entry (and not without it); `noMatch` snippets do the opposite. */
const EXPORTS_WITH_ENTRY: Record<PropagationList, boolean> = {
  mutators: true,
  containers: true,
  callbackResults: false,
  emptyResults: false,
  elementCallbacks: false,
};

const pack = builtinPack();
const snippets = snippetsOf(lists);
// One program for every snippet; the engine runs over it with the pack, then once per list with that list emptied.
const project = createExampleProject(snippets);
let withPack: Set<string> | undefined;
const withoutList = new Map<PropagationList, Set<string>>();
const exportingWithPack = () => (withPack ??= project.exportsBy(pack));
const exportingWithout = (list: PropagationList): Set<string> => {
  let found = withoutList.get(list);
  if (!found) withoutList.set(list, (found = project.exportsBy(packWithout(pack, list))));
  return found;
};

function packWithout(base: RulePack, list: PropagationList): RulePack {
  return { ...base, propagation: { ...base.propagation, [list]: new Map() } };
}

describe("propagation.yaml examples, through the engine", () => {
  it("the loaded pack holds exactly the file's entries", () => {
    for (const list of Object.keys(EXPORTS_WITH_ENTRY) as PropagationList[]) {
      expect([...pack.propagation[list].keys()].sort(), list).toEqual(lists[list].map((e) => e.name).sort());
    }
  });

  for (const snippet of snippets) {
    const expected = EXPORTS_WITH_ENTRY[snippet.list];
    it(`${snippet.list} ${snippet.entry} ${snippet.kind} #${snippet.index + 1}`, () => {
      if (snippet.kind === "match") {
        expect(exportingWithPack().has(snippet.file), `with the entry:\n${snippet.text}`).toBe(expected);
        expect(exportingWithout(snippet.list).has(snippet.file), `without ${snippet.list}:\n${snippet.text}`).toBe(!expected);
      } else {
        expect(exportingWithPack().has(snippet.file), snippet.text).toBe(!expected);
      }
    });
  }
});
