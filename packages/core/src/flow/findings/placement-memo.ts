import type { HostMapping } from "../../model/config.js";
import type { RulePack } from "../../model/pack.js";
import { placeDestination, type PlacedDestination, type PlacementContext, type PlacementHints } from "../border/place-destination.js";
import type { StaticValue } from "../values/static-value.js";

/**
 * Placing a known destination parses the URL and walks the pack's host and
 * region tables, for the same few destinations on every re-lint. For a known
 * value the placement reads only the text(s), the overriding environment
 * variable, the known endpoint/region texts of the client and the model's cloud
 * and region format (see `placeDestination`): those form the key, per pack and
 * `hosts` object. Unknown and caller-supplied destinations are placed each time
 * (their description names syntax, and they are cheap). Callers get their own
 * array; the placements in it are shared and must not be mutated (nothing does).
 */
const byPack = new WeakMap<RulePack, WeakMap<object, Map<string, PlacedDestination[]>>>();
const NO_HOSTS = {};
const MAX_ENTRIES = 20_000;

export function memoisedPlaceDestination(given: StaticValue, hints: PlacementHints, ctx: PlacementContext): PlacedDestination[] {
  if (given.kind !== "known") return placeDestination(given, hints, ctx);
  const key = JSON.stringify([
    given.value,
    given.alternatives ?? null,
    given.overridable?.env ?? null,
    knownText(hints.endpoint),
    knownText(hints.region),
    hints.cloud ?? null,
    hints.regionFormat ?? null,
  ]);
  const memo = memoFor(ctx.pack, ctx.hosts);
  let placed = memo.get(key);
  if (!placed) {
    placed = placeDestination(given, hints, ctx);
    if (memo.size >= MAX_ENTRIES) memo.clear();
    memo.set(key, placed);
  }
  return [...placed];
}

/** What the placement reads of a hint: its text when known; any other hint places nothing. */
function knownText(hint: StaticValue | undefined): string | null {
  return hint?.kind === "known" ? hint.value : null;
}

function memoFor(pack: RulePack, hosts: HostMapping[] | undefined): Map<string, PlacedDestination[]> {
  let byHosts = byPack.get(pack);
  if (!byHosts) byPack.set(pack, (byHosts = new WeakMap()));
  const hostsKey: object = hosts ?? NO_HOSTS;
  let memo = byHosts.get(hostsKey);
  if (!memo) byHosts.set(hostsKey, (memo = new Map<string, PlacedDestination[]>()));
  return memo;
}
