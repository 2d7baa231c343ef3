import picomatch from "picomatch";
import { relative, sep } from "node:path";
import type { VdxConfig } from "../../model/config.js";
import type { Jurisdiction } from "../../model/pack.js";
import { MAINLAND_CHINA, normaliseJurisdiction } from "../../jurisdiction/index.js";

/** Where a piece of code runs, and whether it runs on the vehicle. */
export interface CodePlacement {
  jurisdiction: Jurisdiction;
  /** The `deployments` entry that decided it; absent = the default (China). */
  deployment?: string;
  /** The `vehicleSide` glob the file matches, if any. */
  vehicleSide?: string;
}

/**
 * Placement of files by config `deployments` and `vehicleSide` (picomatch
 * globs relative to the config root). Code runs in China unless a deployment
 * entry says otherwise; the first matching entry wins.
 */
export class CodePlacements {
  private readonly deployments: { glob: string; test: (path: string) => boolean; jurisdiction: Jurisdiction }[];
  private readonly vehicle: { glob: string; test: (path: string) => boolean }[];
  private readonly cache = new Map<string, CodePlacement>();

  constructor(private readonly config: Pick<VdxConfig, "root" | "deployments" | "vehicleSide">) {
    this.deployments = config.deployments.map((d) => ({
      glob: d.path,
      test: picomatch(d.path, { dot: true }),
      jurisdiction: normaliseJurisdiction(d.jurisdiction),
    }));
    this.vehicle = config.vehicleSide.map((glob) => ({ glob, test: picomatch(glob, { dot: true }) }));
  }

  of(file: string): CodePlacement {
    const cached = this.cache.get(file);
    if (cached) return cached;
    const path = relative(this.config.root, file).split(sep).join("/");
    const deployment = this.deployments.find((d) => d.test(path));
    const vehicle = this.vehicle.find((v) => v.test(path));
    const placement: CodePlacement = {
      jurisdiction: deployment?.jurisdiction ?? MAINLAND_CHINA,
      ...(deployment ? { deployment: deployment.glob } : {}),
      ...(vehicle ? { vehicleSide: vehicle.glob } : {}),
    };
    this.cache.set(file, placement);
    return placement;
  }
}

const placementsByConfig = new WeakMap<object, CodePlacements>();

/** The placements of one config, shared by every analysis with that config object (an editor's re-lints reuse them). */
export function codePlacementsOf(config: Pick<VdxConfig, "root" | "deployments" | "vehicleSide">): CodePlacements {
  let placements = placementsByConfig.get(config);
  if (!placements) placementsByConfig.set(config, (placements = new CodePlacements(config)));
  return placements;
}
