import { describe, expect, it } from "vitest";
import type { HostMapping } from "../model/config.js";
import { loadRulePack } from "../pack/load-rule-pack.js";
import { resolveCloudRegion, resolveDestination, type DestinationMatchKind } from "./resolve-destination.js";
import { normaliseJurisdiction } from "./domestic.js";

const pack = loadRulePack({ rulePack: "2026", extends: [], baseDir: process.cwd() }).value;
const resolve = (destination: string, hosts: HostMapping[] = []) => resolveDestination(destination, { pack, hosts });

type Case = [input: string, jurisdiction: string, matchedBy: DestinationMatchKind, host?: string];

const DOMESTIC: Case[] = [
  ["telemetry.example.com.cn", "CN", "host-rule"],
  ["https://api.example.cn/v1/upload", "CN", "host-rule", "api.example.cn"],
  ["HTTPS://API.EXAMPLE.CN./v1", "CN", "host-rule", "api.example.cn"],
  ["api.example.cn.", "CN", "host-rule", "api.example.cn"],
  ["wss://user:p%40ss@push.example.net.cn:443/socket", "CN", "host-rule", "push.example.net.cn"],
  ["mqtts://device-1:secret@broker.example.org.cn:8883", "CN", "host-rule", "broker.example.org.cn"],
  ["www.gov.cn", "CN", "host-rule"],
  ["例子.中国", "CN", "host-rule", "xn--fsqu00a.xn--fiqs8s"],
  ["https://例子.中國/api", "CN", "host-rule", "xn--fsqu00a.xn--fiqz9s"],
  ["xn--fsqu00a.xn--fiqs8s", "CN", "host-rule"],
  ["s3.cn-north-1.amazonaws.com.cn", "CN", "cloud-region"],
  ["https://bucket.s3.cn-northwest-1.amazonaws.com.cn/key", "CN", "cloud-region"],
  ["sts.amazonaws.com.cn", "CN", "host-rule"],
  ["myvm.chinaeast2.cloudapp.chinacloudapi.cn", "CN", "cloud-region"],
  ["myaccount.blob.core.chinacloudapi.cn", "CN", "host-rule"],
  ["examplebucket.oss-cn-hangzhou.aliyuncs.com", "CN", "cloud-region"],
  ["oss-cn-shenzhen-internal.aliyuncs.com", "CN", "cloud-region"],
  ["mqtt://a1b2c3.iot-as-mqtt.cn-shanghai.aliyuncs.com:1883", "CN", "cloud-region"],
  ["examplebucket-1250000000.cos.ap-shanghai.myqcloud.com", "CN", "cloud-region"],
  ["cvm.ap-beijing.tencentcloudapi.com", "CN", "cloud-region"],
  ["obs.cn-north-4.myhuaweicloud.com", "CN", "cloud-region"],
  ["bucket.fwh.bcebos.com", "CN", "cloud-region"],
  ["restapi.amap.com", "CN", "host-rule"],
  ["aws:cn-north-1", "CN", "cloud-region"],
  ["azure:chinanorth3", "CN", "cloud-region"],
];

const FOREIGN: Case[] = [
  ["https://abc@o123.ingest.sentry.io/456", "US", "host-rule", "o123.ingest.sentry.io"],
  ["o123.ingest.de.sentry.io", "DE", "host-rule"],
  ["https://o1.ingest.us.sentry.io/2", "US", "host-rule"],
  ["api.datadoghq.com", "US", "host-rule"],
  ["http-intake.logs.datadoghq.eu:443", "DE", "host-rule", "http-intake.logs.datadoghq.eu"],
  ["api.ap1.datadoghq.com", "JP", "host-rule"],
  ["https://api.segment.io/v1/track", "US", "host-rule"],
  ["events.eu1.segmentapis.com", "IE", "host-rule"],
  ["api.mixpanel.com", "US", "host-rule"],
  ["api-eu.mixpanel.com", "NL", "host-rule"],
  ["api2.amplitude.com", "US", "host-rule"],
  ["api.eu.amplitude.com", "DE", "host-rule"],
  ["https://www.google-analytics.com/g/collect", "US", "host-rule"],
  ["wss://myapp.firebaseio.com/.ws", "US", "host-rule"],
  ["fcm.googleapis.com", "US", "host-rule"],
  ["https://maps.googleapis.com/maps/api/geocode/json?latlng=1,2", "US", "host-rule"],
  ["api.mapbox.com", "US", "host-rule"],
  ["api.onesignal.com", "US", "host-rule"],
  ["wss://ws-eu.pusher.com/app/key", "IE", "cloud-region"],
  ["mqtts://abc123.s1.eu.hivemq.cloud:8883", "DE", "host-rule"],
  ["k1a2.ala.eu-central-1.emqxsl.com", "DE", "cloud-region"],
  ["amqps://myhub.azure-devices.net:5671", "US", "host-rule"],
  ["mqtts://a1b2c3-ats.iot.eu-central-1.amazonaws.com:8883", "DE", "cloud-region"],
  ["iot.us-west-2.amazonaws.com", "US", "cloud-region"],
  ["log-api.eu.newrelic.com", "DE", "host-rule"],
  ["collector.newrelic.com", "US", "host-rule"],
  ["notify.bugsnag.com", "US", "host-rule"],
  ["api.rollbar.com", "US", "host-rule"],
  ["api.honeycomb.io", "US", "host-rule"],
  ["bucket.s3.eu-central-1.amazonaws.com", "DE", "cloud-region"],
  ["https://sqs.ap-east-1.amazonaws.com/1/q", "HK", "cloud-region"],
  ["kafka://b-1.mycluster.abc123.c2.kafka.ap-northeast-1.amazonaws.com:9094", "JP", "cloud-region"],
  ["postgres://app:pw@db.abc123.eu-west-1.rds.amazonaws.com:5432/app", "IE", "cloud-region"],
  ["my-bucket.s3.amazonaws.com", "US", "host-rule"],
  ["sts.amazonaws.com", "US", "host-rule"],
  ["myvm.westeurope.cloudapp.azure.com", "NL", "cloud-region"],
  ["eastasia.api.cognitive.microsoft.com", "HK", "cloud-region"],
  ["myaccount.blob.core.windows.net", "US", "host-rule"],
  ["bucket.oss-cn-hongkong.aliyuncs.com", "HK", "cloud-region"],
  ["bucket.oss-ap-southeast-1.aliyuncs.com", "SG", "cloud-region"],
  ["bucket.oss-eu-central-1.aliyuncs.com", "DE", "cloud-region"],
  ["cos.ap-singapore.myqcloud.com", "SG", "cloud-region"],
  ["cvm.eu-frankfurt.tencentcloudapi.com", "DE", "cloud-region"],
  ["cvm.na-ashburn.tencentcloudapi.com", "US", "cloud-region"],
  ["bucket-1.cos.ap-hongkong.myqcloud.com", "HK", "cloud-region"],
  ["obs.ap-southeast-1.myhuaweicloud.com", "HK", "cloud-region"],
  ["bucket.hkg.bcebos.com", "HK", "cloud-region"],
  ["europe-west3-aiplatform.googleapis.com", "DE", "cloud-region"],
  ["us-central1-proj.cloudfunctions.net", "US", "cloud-region"],
  ["svc-123.asia-east2.run.app", "HK", "cloud-region"],
  ["europe-west10-run.googleapis.com", "DE", "cloud-region"],
  ["asia-east1-docker.pkg.dev", "TW", "cloud-region"],
  ["storage.googleapis.com", "US", "host-rule"],
  ["aws:eu-central-1", "DE", "cloud-region"],
  ["gcp:europe-west2", "GB", "cloud-region"],
  ["alibaba:ap-southeast-1", "SG", "cloud-region"],
];

const INTERNAL: Case[] = [
  ["/api/upload", "internal", "same-origin", ""],
  ["localhost", "internal", "internal-suffix"],
  ["http://localhost:8080/api", "internal", "internal-suffix", "localhost"],
  ["LOCALHOST.", "internal", "internal-suffix", "localhost"],
  ["127.0.0.1", "internal", "internal-range"],
  ["http://127.0.0.1:9000", "internal", "internal-range", "127.0.0.1"],
  ["::1", "internal", "internal-range", "::1"],
  ["[::1]", "internal", "internal-range", "::1"],
  ["http://[::1]:3000/", "internal", "internal-range", "::1"],
  ["::ffff:127.0.0.1", "internal", "internal-range", "::ffff:127.0.0.1"],
  ["[0:0:0:0:0:0:0:1]:80", "internal", "internal-range", "::1"],
  ["http://0x7f.1/", "internal", "internal-range", "127.0.0.1"],
  ["10.1.2.3:5432", "internal", "internal-range", "10.1.2.3"],
  ["postgres://u:p@172.20.0.5:5432/db", "internal", "internal-range"],
  ["192.168.0.10", "internal", "internal-range"],
  ["100.100.100.100", "internal", "internal-range"],
  ["169.254.169.254", "internal", "internal-range"],
  ["fd00::1234", "internal", "internal-range"],
  ["[fe80::1%25eth0]:22", "internal", "internal-range", "fe80::1"],
  ["api.default.svc.cluster.local", "internal", "internal-suffix"],
  ["grpc://orders.internal:50051", "internal", "internal-suffix", "orders.internal"],
  ["nas.local", "internal", "internal-suffix"],
  ["router.home.arpa", "internal", "internal-suffix"],
  ["redis://cache:6379", "internal", "internal-suffix", "cache"],
  ["kafka:9092", "internal", "internal-suffix", "kafka"],
];

const UNKNOWN: Case[] = [
  ["cn.example.com", "unknown", "none"],
  ["example.com.cn.evil.io", "unknown", "none"],
  ["notsentry.io", "unknown", "none"],
  ["s3.cn-north-1.amazonaws.com.evil.io", "unknown", "none"],
  ["https://api.example.io/upload", "unknown", "none"],
  ["https://api.example.de/upload", "DE", "host-rule"],
  ["kafka://kafka.example.co.uk:9092", "GB", "host-rule"],
  ["https://telemetry.example.com.hk/v1", "HK", "host-rule"],
  ["8.8.8.8", "unknown", "ip"],
  ["https://203.0.113.7:8443/x", "unknown", "ip", "203.0.113.7"],
  ["[2001:db8::1]:443", "unknown", "ip", "2001:db8::1"],
  ["172.32.0.1", "unknown", "ip"],
  ["s3://example-eu-logs/2026/01/trace.json", "unknown", "none", "example-eu-logs"],
  ["gs://bucket.example.cn/x", "unknown", "none"],
  ["oss://my-bucket/key", "unknown", "none"],
  ["bucket.s3.xx-fake-9.amazonaws.com", "US", "host-rule"],
  ["cvm.tencentcloudapi.com", "unknown", "none"],
  ["ecs.aliyuncs.com", "unknown", "none"],
  ["aws:mars-north-1", "unknown", "none"],
  ["upload", "unknown", "none"],
  ["", "unknown", "none", ""],
  ["http://exa mple.com/", "unknown", "none", ""],
  ["example.com:notaport", "unknown", "none", ""],
];

describe("resolveDestination", () => {
  const all = [...DOMESTIC, ...FOREIGN, ...INTERNAL, ...UNKNOWN];
  it("covers at least 80 destinations", () => {
    expect(all.length).toBeGreaterThanOrEqual(80);
  });
  it.each(all)("%s → %s by %s", (input, jurisdiction, matchedBy, host) => {
    const resolved = resolve(input);
    expect(resolved.input).toBe(input);
    expect(resolved.jurisdiction).toBe(jurisdiction);
    expect(resolved.matchedBy).toBe(matchedBy);
    if (host !== undefined) expect(resolved.host).toBe(host);
  });

  it("reports the rule and service that decided", () => {
    expect(resolve("o1.ingest.de.sentry.io")).toMatchObject({ rule: "**.de.sentry.io", service: "Sentry SaaS (EU region, Frankfurt)" });
    expect(resolve("bucket.s3.eu-central-1.amazonaws.com")).toMatchObject({ rule: "aws:eu-central-1", cloud: { provider: "aws", region: "eu-central-1" } });
    expect(resolve("10.0.0.1")).toMatchObject({ rule: "10.0.0.0/8" });
    expect(resolve("a.b.svc.cluster.local")).toMatchObject({ rule: ".svc.cluster.local" });
  });

  it("keeps the Unicode form of IDN hosts beside the punycode", () => {
    expect(resolve("https://例子.中国/")).toMatchObject({ host: "xn--fsqu00a.xn--fiqs8s", unicodeHost: "例子.中国" });
    expect(resolve("example.cn").unicodeHost).toBeUndefined();
  });

  it("keeps scheme and port", () => {
    expect(resolve("mqtts://user:pw@broker.example.cn:8883/topic")).toMatchObject({ scheme: "mqtts", port: 8883, host: "broker.example.cn" });
  });

  it("takes the first host of a multi-host authority", () => {
    expect(resolve("mongodb://u:p@db1.example.cn:27017,db2.example.cn:27017/app")).toMatchObject({
      host: "db1.example.cn",
      jurisdiction: normaliseJurisdiction("CN"),
    });
  });

  it("explains why an unreadable destination has no host", () => {
    expect(resolve("./relative/path").problem).toMatch(/relative/);
    expect(resolve("host:99999").problem).toMatch(/port/);
    expect(resolve("s3://bucket").problem).toMatch(/config hosts/);
  });
});

describe("config hosts", () => {
  const hosts: HostMapping[] = [
    { match: "*.example-motors.de", jurisdiction: normaliseJurisdiction("DE"), service: "Example Motors EU" },
    { match: "telemetry.example-motors.com.cn", jurisdiction: normaliseJurisdiction("CN") },
    { match: "s3://example-eu-*", jurisdiction: normaliseJurisdiction("DE") },
    { match: "203.0.113.0/24", jurisdiction: normaliseJurisdiction("SG") },
    { match: "*.internal", jurisdiction: normaliseJurisdiction("FR") },
    { match: "**.sentry.io", jurisdiction: normaliseJurisdiction("internal") },
    { match: "api-*.example-motors.com", jurisdiction: normaliseJurisdiction("JP") },
  ];

  it("come before the pack", () => {
    expect(resolve("api.example-motors.de", hosts)).toMatchObject({
      jurisdiction: normaliseJurisdiction("DE"),
      matchedBy: "user-host",
      rule: "*.example-motors.de",
      service: "Example Motors EU",
    });
    expect(resolve("o1.ingest.sentry.io", hosts)).toMatchObject({ jurisdiction: normaliseJurisdiction("internal"), matchedBy: "user-host" });
    expect(resolve("orders.internal", hosts)).toMatchObject({ jurisdiction: normaliseJurisdiction("FR"), matchedBy: "user-host" });
  });

  it("match bucket URLs by URL glob, and only those", () => {
    expect(resolve("s3://example-eu-logs/2026/trace.json", hosts)).toMatchObject({
      jurisdiction: normaliseJurisdiction("DE"),
      matchedBy: "user-host",
      bucket: "example-eu-logs",
    });
    expect(resolve("s3://example-us-logs/x", hosts).jurisdiction).toBe("unknown");
    expect(resolve("gs://example-eu-logs/x", hosts).jurisdiction).toBe("unknown");
  });

  it("match IP blocks", () => {
    expect(resolve("https://203.0.113.9/", hosts)).toMatchObject({ jurisdiction: normaliseJurisdiction("SG"), matchedBy: "user-host", rule: "203.0.113.0/24" });
    expect(resolve("203.0.114.9", hosts).matchedBy).toBe("ip");
  });

  it("support a wildcard inside a label without crossing dots", () => {
    expect(resolve("api-eu.example-motors.com", hosts).jurisdiction).toBe("JP");
    expect(resolve("api-eu.x.example-motors.com", hosts).jurisdiction).toBe("unknown");
  });

  it("prefer the most specific user glob", () => {
    const nested: HostMapping[] = [
      { match: "**.example.com", jurisdiction: normaliseJurisdiction("US") },
      { match: "*.eu.example.com", jurisdiction: normaliseJurisdiction("DE") },
    ];
    expect(resolve("api.eu.example.com", nested).jurisdiction).toBe("DE");
    expect(resolve("api.example.com", nested).jurisdiction).toBe("US");
    expect(resolve("example.com", nested).jurisdiction).toBe("US");
  });
});

describe("resolveCloudRegion", () => {
  it("places SDK regions by provider id or alias, case-insensitively", () => {
    expect(resolveCloudRegion("aws", "eu-central-1", { pack })).toMatchObject({
      jurisdiction: normaliseJurisdiction("DE"),
      matchedBy: "cloud-region",
      rule: "aws:eu-central-1",
    });
    expect(resolveCloudRegion("AWS", "CN-NORTHWEST-1", { pack }).jurisdiction).toBe("CN");
    expect(resolveCloudRegion("alicloud", "cn-hongkong", { pack }).jurisdiction).toBe("HK");
    expect(resolveCloudRegion("huawei", "ap-southeast-1", { pack }).jurisdiction).toBe("HK");
    expect(resolveCloudRegion("tencent", "ap-guangzhou", { pack }).jurisdiction).toBe("CN");
    expect(resolveCloudRegion("gcp", "asia-east2", { pack }).jurisdiction).toBe("HK");
  });

  it("returns unknown with a reason for unknown providers and regions", () => {
    expect(resolveCloudRegion("aws", "moon-1", { pack })).toMatchObject({ jurisdiction: normaliseJurisdiction("unknown"), matchedBy: "none" });
    expect(resolveCloudRegion("aws", "moon-1", { pack }).problem).toMatch(/moon-1/);
    expect(resolveCloudRegion("oracle", "eu-frankfurt-1", { pack }).problem).toMatch(/unknown cloud provider/);
  });
});

describe("robustness", () => {
  it("never throws, whatever the input", () => {
    const alphabet = "ab.:/@[]%-_*?#0123456789例中国 \t\u0000xn--";
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 3000; i++) {
      const length = Math.floor(random() * 30);
      let text = "";
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(random() * alphabet.length)]!;
      const prefixes = ["", "https://", "s3://", "mqtt://u:p@", "//", "aws:", "["];
      const input = prefixes[i % prefixes.length]! + text;
      const resolved = resolve(input);
      expect(resolved.input).toBe(input);
      expect(["internal", "unknown"].includes(resolved.jurisdiction) || /^[A-Z]{2}$/.test(resolved.jurisdiction)).toBe(true);
    }
  });
});
