import { describe, expect, it } from "vitest";
import { loadRulePack, type SinkModel } from "@vdx/core";
import { describeStaticValue, knownValue, placeDestination, renderDestination } from "@vdx/core/internals";
import { PackageIndex, expandBraces, packageSpecOf } from "../../../packages/core/src/flow/sinks/package-index.js";
import { fixture } from "./matcher-fixture.js";

const here = { file: "x.ts", line: 1, column: 1 };
const model = (extra: Partial<SinkModel> = {}) =>
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- without it tsc widens kind to string
  ({
    id: "m",
    package: "p",
    member: "a",
    kind: "call",
    destinationKind: "connection-string",
    destination: [],
    payload: [],
    examples: { match: [], noMatch: [] },
    ...extra,
  }) as SinkModel;
const render = (text: string, extra: Partial<SinkModel> = {}) =>
  describeStaticValue(renderDestination("connection-string", knownValue([text], []), model(extra), here));

describe("connection strings (destinationKind: connection-string)", () => {
  it("reads Azure Storage accounts per service, explicit service endpoints and the emulator", () => {
    expect(render("DefaultEndpointsProtocol=https;AccountName=fleet;AccountKey=k;EndpointSuffix=core.chinacloudapi.cn")).toBe(
      "https://fleet.blob.core.chinacloudapi.cn",
    );
    expect(render("AccountName=fleet;AccountKey=k", { storageService: "queue" })).toBe("https://fleet.queue.core.windows.net");
    expect(render("AccountName=fleet;AccountKey=k;TableEndpoint=https://fleet.table.example.de/", { storageService: "table" })).toBe(
      "https://fleet.table.example.de",
    );
    expect(render("UseDevelopmentStorage=true", { storageService: "queue" })).toBe("http://127.0.0.1:10001");
  });

  it("reads the endpoint of Service Bus, Event Hubs, Cosmos DB, Application Insights, IoT Hub and SQL Server strings", () => {
    expect(render("Endpoint=sb://fleet.servicebus.windows.net/;SharedAccessKeyName=a;SharedAccessKey=b")).toBe("sb://fleet.servicebus.windows.net");
    expect(render("AccountEndpoint=https://fleet.documents.azure.com:443/;AccountKey=k;")).toBe("https://fleet.documents.azure.com:443");
    expect(render("InstrumentationKey=x;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/;LiveEndpoint=https://l")).toBe(
      "https://westeurope-5.in.applicationinsights.azure.com",
    );
    expect(render("HostName=hub.azure-devices.cn;DeviceId=d;SharedAccessKey=k", { scheme: "mqtts" })).toBe("mqtts://hub.azure-devices.cn");
    expect(render("Server=tcp:fleet.database.windows.net,1433;Initial Catalog=fleet;User ID=a")).toBe("mssql://fleet.database.windows.net:1433");
    expect(render("Data Source=sql.example.de;Database=fleet")).toBe("mssql://sql.example.de");
  });

  it("takes a URL (a SAS URL) or a bare namespace where a connection string may be, and rejects the rest with a reason", () => {
    expect(render("https://fleet.blob.core.windows.net/?sv=2022-11-02&sig=abc")).toBe("https://fleet.blob.core.windows.net/?sv=2022-11-02&sig=abc");
    expect(render("fleet.servicebus.chinacloudapi.cn", { scheme: "sb" })).toBe("sb://fleet.servicebus.chinacloudapi.cn");
    expect(render("SharedAccessKeyName=a;SharedAccessKey=b")).toMatch(/^<unresolved: connection string without an endpoint/);
    expect(render("not a connection string")).toMatch(/^<unresolved: not a connection string/);
  });
});

describe("resource names of the catalogue (`kinesis://trips`) place nothing by themselves", () => {
  it("is neither a local single-label host nor a foreign host without the client's region", () => {
    const pack = loadRulePack({ rulePack: "2026", extends: [], baseDir: process.cwd() }).value;
    for (const name of ["kinesis://trips", "dynamodb://Trip", "lambda://ingest", "tos://drive-logs"]) {
      const [placed] = placeDestination(knownValue([name], []), {}, { pack, hosts: [] });
      expect(placed?.kind === "resolved" && placed.jurisdiction, name).toBe("unknown");
    }
    const [withRegion] = placeDestination(
      knownValue(["kinesis://trips"], []),
      { region: knownValue(["aws:eu-west-1"], []), cloud: "aws" },
      { pack, hosts: [] },
    );
    expect(withRegion?.kind === "resolved" && withRegion.jurisdiction).toBe("IE");
  });
});

describe("command: a value created by another access path, anywhere a selector reaches", () => {
  it("finds a winston logger's remote transport in its transports list or in logger.add, and nothing for console-only loggers", () => {
    const f = fixture({
      "src/log.ts": [
        'import winston from "winston";',
        'import LokiTransport from "winston-loki";',
        "const local = winston.createLogger({ transports: [new winston.transports.Console()] });",
        'local.info("trip", { vin });',
        'const transports = [new winston.transports.Console(), new LokiTransport({ host: "https://logs.example.jp" })];',
        "const remote = winston.createLogger({ transports });",
        'remote.info("trip", { vin });',
        "const added = winston.createLogger({});",
        'added.add(new winston.transports.Http({ host: "logs.example.de", port: 443 }));',
        'added.error("trip", { vin });',
      ].join("\n"),
    });
    expect(f.summary()).toEqual([
      "winston-loki-transport @ src/log.ts:7 → https://logs.example.jp",
      "winston-http-transport @ src/log.ts:10 → http://logs.example.de:443",
    ]);
  });
});

describe("when: a call is a model only for some values of an option", () => {
  it("matches any alternative of a ternary and nothing for other values", () => {
    const f = fixture({
      "src/geo.ts": [
        'import NodeGeocoder from "node-geocoder";',
        'const open = NodeGeocoder({ provider: process.env.GEO === "osm" ? "openstreetmap" : "virtualearth" });',
        "await open.reverse({ lat, lon });",
        'const bing = NodeGeocoder({ provider: "virtualearth" });',
        "await bing.reverse({ lat, lon });",
      ].join("\n"),
    });
    expect(f.summary()).toEqual(["node-geocoder-openstreetmap @ src/geo.ts:3 → https://nominatim.openstreetmap.org"]);
  });
});

describe("configuredBy in another package, by a construction", () => {
  it("gives span attributes the endpoints of the trace exporters constructed anywhere in the program", () => {
    const f = fixture({
      "src/tracing.ts": [
        'import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";',
        'import { ZipkinExporter } from "@opentelemetry/exporter-zipkin";',
        'export const otlp = new OTLPTraceExporter({ url: "https://otlp.example.jp/v1/traces" });',
        'export const zipkin = new ZipkinExporter({ url: "https://zipkin.example.de/api/v2/spans" });',
      ].join("\n"),
      "src/charge.ts": ['import { trace } from "@opentelemetry/api";', 'trace.getActiveSpan()?.setAttribute("vin", vin);'].join("\n"),
    });
    expect(f.summary()).toEqual([
      "opentelemetry-span-attributes @ src/charge.ts:2 → https://otlp.example.jp/v1/traces | https://zipkin.example.de/api/v2/spans",
    ]);
  });
});

describe("the catalogue index by package", () => {
  it("expands braces, keeps globs with the scope they fix, and finds entries in catalogue order", () => {
    expect(expandBraces("@aws-sdk/{client-dynamodb,lib-dynamodb}")).toEqual(["@aws-sdk/client-dynamodb", "@aws-sdk/lib-dynamodb"]);
    expect(expandBraces("firebase-admin{,/firestore}")).toEqual(["firebase-admin", "firebase-admin/firestore"]);
    expect(expandBraces("a{b,{c,d}}e")).toEqual(["abe", "ace", "ade"]);
    expect(packageSpecOf("@sentry/*")).toMatchObject({ kind: "glob", scope: "@sentry" });
    expect(packageSpecOf("drizzle-orm/*")).toMatchObject({ kind: "glob", scope: "drizzle-orm" });
    const entries = ["global", "@sentry/*", "axios", "{got,ky}", "*-client", "firebase-admin{,/firestore}"];
    const index = new PackageIndex(entries, packageSpecOf);
    expect(index.entriesFor(["ky", "@sentry/node", "firebase-admin/firestore"])).toEqual(["global", "@sentry/*", "{got,ky}", "firebase-admin{,/firestore}"]);
    expect(index.entriesFor(["soap-client"])).toEqual(["global", "*-client"]);
    expect(index.entriesFor(["lodash"])).toEqual(["global"]);
  });
});
