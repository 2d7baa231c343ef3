import type { SinkModel } from "@vdx/core";

/** Axios models as the rule pack writes them, for engine tests that must not depend on catalogue edits. */
export const AXIOS_SINKS: SinkModel[] = [
  {
    id: "axios.post",
    package: "axios",
    member: "default.post",
    kind: "call",
    destination: [{ argument: 0 }],
    payload: [{ argument: 1 }],
    destinationKind: "url",
    examples: { match: [], noMatch: [] },
  },
  {
    id: "axios.instance.post",
    package: "axios",
    member: "default.create().{post,put,patch}",
    kind: "call",
    destination: [{ argument: 0 }],
    base: [{ argument: 0, property: ["baseURL"], call: "default.create()" }],
    payload: [{ argument: 1 }],
    destinationKind: "url",
    examples: { match: [], noMatch: [] },
  } as SinkModel,
];
