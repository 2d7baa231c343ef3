import { analyzeFlows, type PropagationEntry, type PropagationList, type RulePack } from "@vdx/core";
import { analysisInput, CLI_TS, inMemoryProject, ROOT } from "../helpers/analysis-input.js";
import { defaultConfig, LIBRARY_TYPES } from "../helpers/flow-project.js";

/**
 * What every propagation.yaml snippet runs against (the schema's `examples` description):
 * a `Trip` with a classified `vin`, loaders from a module without visible data, and a local
 * `send` that posts its argument to a host in Germany.
 */
const VEHICLE = `
export interface Trip {
  id: string;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
}
export declare function loadTrip(): Trip;
export declare function loadTrips(): Trip[];
export declare function fetchTrip(): Promise<Trip>;
`;

const PRELUDE = `import axios from "axios";
import { loadTrip, loadTrips, fetchTrip, type Trip } from "./vehicle";
const send = (body: unknown) => axios.post("https://telemetry.example-motors.de/v1", body);
`;

/** One snippet of one entry, placed in its own module. */
export interface PropagationSnippet {
  list: PropagationList;
  entry: string;
  kind: "match" | "noMatch";
  index: number;
  text: string;
  file: string;
}

export function snippetsOf(lists: Partial<Record<PropagationList, readonly PropagationEntry[]>>): PropagationSnippet[] {
  return Object.entries<readonly PropagationEntry[] | undefined>(lists).flatMap(([list, entries]) =>
    (entries ?? []).flatMap((entry) =>
      (["match", "noMatch"] as const).flatMap((kind) =>
        entry.examples[kind].map((text, index) => ({
          list: list as PropagationList,
          entry: entry.name,
          kind,
          index,
          text,
          file: `src/${list}-${entry.name}-${kind}-${index}.ts`,
        })),
      ),
    ),
  );
}

/**
 * The snippets compiled once, as one project; `exportsBy(pack)` runs the real engine (classifier,
 * sink matcher, taint engine, verdicts) over it and tells, per snippet file, whether vehicle data
 * was exported.
 */
export function createExampleProject(snippets: readonly PropagationSnippet[]) {
  const files: Record<string, string> = { ...LIBRARY_TYPES, "src/vehicle.ts": VEHICLE };
  for (const snippet of snippets) files[snippet.file] = `${PRELUDE}${snippet.text}\nexport {};\n`;
  const program = inMemoryProject(files, { allowJs: true });
  return {
    exportsBy(pack: RulePack): Set<string> {
      const result = analyzeFlows(analysisInput(CLI_TS, program, pack, defaultConfig()));
      const exporting = new Set<string>();
      for (const finding of result.findings) if (finding.export?.categories.length) exporting.add(finding.location.file.replace(`${ROOT}/`, ""));
      return exporting;
    },
  };
}
