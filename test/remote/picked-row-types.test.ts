import { describe, expect, it } from "vitest";
import { analyzeRemote, SESSION_TYPES, summarise } from "./remote-project.js";

// A foreign reader of a domestic API whose rows are typed with `Pick<T, …>` (held-out corpus, ota-campaigns).
const reader = (rowType: string, path = "`${CN_API}/sessions/${site}?fields=vin`") => `import type { ChargeSession } from "../types";
const CN_API = "https://api.charging.example.com.cn/v1";
export async function pull(site: string): Promise<${rowType}> {
  const response = await fetch(${path});
  const rows = (await response.json()) as ${rowType};
  return rows;
}
`;

describe("Pick<T, …> row types in remote reads", () => {
  it("classifies Array<Pick<T, …>> like the picked fields of T, with a caller-supplied path segment", () => {
    const result = analyzeRemote({ "types.ts": SESSION_TYPES, "eu/pull.ts": reader(`Array<Pick<ChargeSession, "vin" | "energyWh">>`) });
    expect(summarise(result)).toEqual([
      "unassessed-export processing-abroad eu/pull.ts:3 pi.general.vehicle-identifier → https://api.charging.example.com.cn/v1/sessions/{…}?fields=vin (DE)",
      "unassessed-export remote-access eu/pull.ts:4 pi.general.vehicle-identifier → https://api.charging.example.com.cn/v1/sessions/{…}?fields=vin (DE)",
    ]);
  });

  it("keeps only the picked fields: a pick of unclassified fields reads nothing classified", () => {
    const result = analyzeRemote({ "types.ts": SESSION_TYPES, "eu/pull.ts": reader(`Pick<ChargeSession, "id" | "energyWh">[]`) });
    expect(summarise(result)).toEqual([]);
  });

  it("reads Omit and Partial the same way", () => {
    const result = analyzeRemote({ "types.ts": SESSION_TYPES, "eu/pull.ts": reader(`Partial<Omit<ChargeSession, "vin">>[]`, "`${CN_API}/sessions`") });
    expect(summarise(result).map((s) => s.split(" → ")[0])).toEqual([
      "unassessed-export processing-abroad eu/pull.ts:3 pi.general.identity-contact",
      "unassessed-export remote-access eu/pull.ts:4 pi.general.identity-contact",
    ]);
  });
});
