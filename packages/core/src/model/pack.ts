import type { EntryExamples } from "./entry-examples.js";
import type { SourceLocation } from "./location.js";
import type { PropagationKnowledge } from "./propagation.js";
import type { SignalDictionary, SignalShape, Vocabulary } from "./signal-knowledge.js";

export type { EntryExamples } from "./entry-examples.js";

/** `important` = important data; `pi` / `pi-sensitive` = personal information. */
export type CategoryKind = "important" | "pi" | "pi-sensitive";

/** Mechanism codes of taxonomy.md. */
export type MechanismCode = "SA" | "SA*" | "SA+MAP" | "PI-VOL";

declare const jurisdictionBrand: unique symbol;

/**
 * An ISO 3166-1 alpha-2 code (upper case), `internal`, or `unknown`, in the
 * one spelling vdx compares. Branded so that a hand-written string (a config
 * value, a region table entry) becomes one only through `normaliseJurisdiction`
 * (jurisdiction/domestic.ts) and every comparison goes through its predicates.
 */
export type Jurisdiction = string & { readonly [jurisdictionBrand]: "Jurisdiction" };

/**
 * Scale condition under which a category is important data. The category is
 * important when `organization[fact] >= threshold` (or `>` when `exclusive`).
 * When the organisation does not declare the fact, the category is treated as
 * important (GB/T 43697: take the higher level).
 */
export interface ScaleCondition {
  fact: "vehiclesInChina" | "chargingVehicles" | "platformVehicles" | "aggregationLevel";
  threshold: number;
  exclusive?: boolean;
  /** Human-readable statement of the rule, zh/en, for messages. */
  description: string;
}

export interface Category {
  id: string;
  /** Chinese name. */
  name: string;
  /** English title. */
  title: string;
  kind: CategoryKind;
  /** Which export scenario the item belongs to (R&D, production, autonomous driving, connected services, OTA, security, personal). */
  scenario: string;
  mechanism: MechanismCode;
  /** Present on scale-conditional important data; absent = important (or PI) at any volume. */
  importantWhen?: ScaleCondition;
  /** The category places data on the map (location, trajectory, positioning). */
  locates?: boolean;
  /** `when-located`: surveying approval when the same flow carries a `locates` category (`SA+MAP` needs it always). */
  needsMapApproval?: "when-located";
  /** Which rule/standard this traces to. */
  sources: string[];
  /** Where the entry was defined (pack file), for error messages and `vdx explain`. */
  definedAt?: SourceLocation;
}

export type ExemptionId = "E1" | "E2" | "E3" | "E4" | "E5" | "E6" | "E7" | "E8" | "E9";

export interface Exemption {
  id: ExemptionId;
  title: string;
  name?: string;
  confidence: "confirmed" | "inferred";
  /** E5–E7 need a prior filing reference with the competent department. */
  requiresFilingReference: boolean;
  /** Category ids the exemption can cover; empty = decided by `appliesTo`. */
  coversCategories: string[];
  /** Which data kinds the exemption can cover at all. */
  appliesTo: {
    kinds: CategoryKind[];
    /** Exclusive upper bound: applies while the declared individuals per year stay strictly below it. */
    maxIndividuals?: number;
    forbidsCiio?: boolean;
    forbidsSensitive?: boolean;
  };
  description: string;
}

/**
 * One host rule. `match` is a host glob: `*.example.cn` matches any subdomain
 * (not the apex), `example.cn` only itself, `**.example.cn` apex and subdomains.
 */
export interface HostRule {
  match: string;
  jurisdiction: Jurisdiction;
  /** What this is (e.g. "Sentry SaaS (US region)"), shown in messages. */
  service?: string;
  examples: EntryExamples;
}

/** A cloud provider whose host names carry a region code. */
export interface CloudProvider {
  id: string; // aws, azure, aliyun, tencent, huawei, baidu, gcp
  title: string;
  /** Host patterns with a `{region}` placeholder, e.g. `*.s3.{region}.amazonaws.com`. */
  hostPatterns: string[];
  /** region code -> jurisdiction */
  regions: Record<string, Jurisdiction>;
  /** Other names accepted in `provider:region` destinations (e.g. `alibaba` for `aliyun`). */
  aliases?: string[];
  examples: EntryExamples;
}

export interface InternalRanges {
  /** CIDR blocks (IPv4 and IPv6) that never leave the organisation's network. */
  cidrs: string[];
  /** Host suffixes (`.local`, `.internal`, `.svc.cluster.local`, `localhost`). */
  suffixes: string[];
  /**
   * Host names without a dot, written with a scheme or a port (`mqtt://broker:1883`,
   * `redis:6379`), are internal: they only resolve through local DNS.
   */
  singleLabel?: boolean;
  examples: EntryExamples;
}

export interface DestinationTable {
  hosts: HostRule[];
  clouds: CloudProvider[];
  internal: InternalRanges;
}

/** Where, in a call, a value is found: a positional argument, optionally a property path inside it. */
export interface ArgumentSelector {
  /** 0-based argument index; -1 = the receiver (`this`) of the call. */
  argument: number;
  /**
   * Property path inside that argument, e.g. ["baseURL"] or ["params", "Body"]. A segment `(n)` steps into
   * argument n of the call or `new` that created the value (`["client", "(0)", "region"]`: the region the
   * client passed as `client` was constructed with).
   */
  property?: string[];
  /**
   * Which call of the access path holds the argument: a prefix of the model's `member` ending in `()`
   * (`"create()"`, `"Kafka()"`), or `"command"` for the command object of `command`. Default: the sink call.
   */
  call?: string;
  /** Instead: the last call of this method on the same receiver before the sink (`XMLHttpRequest` `open`). */
  sibling?: string;
  /** This argument and every later one (socket.io `emit(event, ...args)`). */
  rest?: boolean;
  /** How to read this value when it differs from the model's `destinationKind`. */
  as?: SinkDestinationKind;
}

/**
 * How a destination value is read: a URL; a host (rendered `scheme://host`); a bucket or other named cloud
 * resource (`scheme://name`); a cloud region (`provider:region`); a Sentry-style DSN; a Kafka broker list;
 * Node `http.request`-style options (`{ protocol, hostname|host, port, path }` or a URL); a `key=value;…`
 * connection string (Azure Storage, Service Bus, Event Hubs, Cosmos DB, IoT Hub, Application Insights, SQL
 * Server); an AWS ARN (its region places it). `instance` = the destination lives on the client
 * instance (selectors with `call`).
 */
export type SinkDestinationKind =
  "url" | "host" | "bucket" | "resource" | "region" | "dsn" | "brokers" | "instance" | "request-options" | "connection-string" | "arn";

/**
 * One sink model: how to recognise a network-sending call and where its
 * destination and payload are. Shape in the spirit of CodeQL client-request models.
 */
export interface SinkModel {
  id: string;
  /** npm package, or `global` for browser/Node globals (fetch, navigator.sendBeacon, XMLHttpRequest, WebSocket). */
  package: string;
  /**
   * Access path from the module export to the call, e.g. `default.post`, `S3Client#send`,
   * `Upload` (constructor), `connect`, `Instance#publish`. Grammar documented in sinks.schema.json.
   */
  member: string;
  kind: "call" | "construct";
  /** Where the destination is; several = first resolvable wins. */
  destination: ArgumentSelector[];
  /** Where the payload is; the data whose categories are exported. */
  payload: ArgumentSelector[];
  /** How the destination is to be read: a URL, a host, a bucket, a region, a DSN, a broker list, or inherited from the client instance. */
  destinationKind: SinkDestinationKind;
  /** For instance-creating models: what this call returns (e.g. `axios.create` returns an axios instance). */
  returns?: string;
  behaviour?: "push" | "remote-access";
  description?: string;
  examples: EntryExamples;
  /** A base URL the destination is joined with (axios `baseURL`, got/ky `prefixUrl`, undici `Pool` origin). */
  base?: ArgumentSelector[];
  /**
   * The sink is only this model when argument `argument` is created by `member` (same package), e.g. AWS SDK v3
   * `client.send(new PutObjectCommand(…))`. Selectors reach its arguments with `call: "command"`.
   * Instead of `argument`, `selector` may point anywhere the selectors of the model can (the first that holds a
   * value created by `member` wins; in an array literal, any element): a winston logger whose `transports`
   * include `new transports.Http(…)`. `package` names the package of `member` when it is another one
   * (`winston-loki`'s transport for a `winston` logger).
   */
  command?: { argument?: number; selector?: ArgumentSelector[]; member: string; package?: string };
  /**
   * The sink is only this model when the value at `selector` is statically one of `equals` (any alternative):
   * a pino logger whose `transport.target` is `"pino-loki"`.
   */
  when?: { selector: ArgumentSelector; equals: string[] };
  /**
   * The destination is configured once by another call anywhere in the program (`Sentry.init({ dsn })`,
   * `datadogLogs.init({ site })`): `member` in the same package family, `destination` selectors on that call.
   * `package` names another package when the configuration lives there (an OpenTelemetry exporter
   * `new OTLPTraceExporter({ url })` for spans of `@opentelemetry/api`; `initializeApp` of `firebase/app`).
   * `member` may be a construction (`new:OTLPTraceExporter`).
   * With `base`, that call sets the client's base URL instead (`client.setConfig({ baseUrl })` of a generated
   * OpenAPI client): it wins over the base the client was created with.
   */
  configuredBy?: { member: string; destination?: ArgumentSelector[]; base?: ArgumentSelector[]; package?: string };
  /**
   * The call is part of a send opened by an earlier call of the access path (a prefix ending in `()`):
   * `req.write(body)` / `req.end(body)` of `https.request(…)`. The opening call and its writes are one send,
   * reported once, at the opening call.
   */
  reportAt?: string;
  /** Destination when none is configured (`https://api.segment.io`, `https://firestore.googleapis.com`). */
  defaultDestination?: string;
  /** Environment variable the SDK reads instead of code configuration (`SENTRY_DSN`, `DD_SITE`, `AWS_REGION`). */
  environment?: string;
  /** Turns the resolved value into the destination: `{}` is replaced (`https://browser-intake-{}`). */
  template?: string;
  /** Scheme for `host`, `bucket`, `resource` and `brokers` destinations (`https`, `s3`, `kafka`, `mqtt`). */
  scheme?: string;
  /** Cloud provider id of the destination table (`aws`, `aliyun`, `tencent`, `azure`, `gcp`) for `region`. */
  cloud?: string;
  /** Where the cloud region is; rendered `<cloud>:<region>`. */
  region?: ArgumentSelector[];
  /** Format of the raw region value with `{region}` marking the code (`oss-{region}` for ali-oss). */
  regionFormat?: string;
  /** Where a custom service endpoint is (S3-compatible storage, IoT data endpoint). */
  endpoint?: ArgumentSelector[];
  /**
   * Which Azure Storage service a `connection-string` destination addresses (`blob` by default): an account's
   * queue client sends to `<account>.queue.<suffix>`, its table client to `<account>.table.<suffix>`.
   */
  storageService?: "blob" | "queue" | "table" | "file" | "dfs";
}

/** Signals of one category (owned by signals.yaml). */
export interface SignalTerm {
  /** Identifier parts, lower case, in order, e.g. ["license", "plate"]. Matched against split identifier parts. */
  parts: string[];
  /** Confidence 0..1 of the term alone. */
  confidence: number;
  /** Sibling-field parts that raise confidence (a `lat` beside `lng`). */
  context?: { parts: string[]; confidence: number };
  /** Parts that, if also present in the identifier, cancel the match (e.g. `plate` with `template`-like compounds). */
  unless?: string[];
  /**
   * Parts of an enclosing name (message, object, parent property) that cancel the match: a user
   * name inside a `database` or `broker` configuration is a service account, not a person.
   */
  unlessWithin?: string[];
  /**
   * The declared type is a number (JSON Schema `integer`/`number`, a protobuf integer, TypeScript
   * `number`): cancels the match. A numeric `deviceId` is a database record number, not the IMEI,
   * serial or MAC a device identifier is.
   */
  unlessNumeric?: boolean;
  /**
   * Parts of a sibling field that cancel the match: a `latitude` beside `zoom` is the centre of a
   * map view (a setting), not where someone was.
   */
  unlessBeside?: string[];
  examples: EntryExamples;
}

export interface CategorySignals {
  category: string;
  terms: SignalTerm[];
  /** VSS paths; a trailing `.*` or `.**` is a prefix match. */
  vss: { path: string; confidence: number; examples: EntryExamples }[];
  /** Proto / ROS / OCPP message type names (full or short), e.g. `sensor_msgs/PointCloud2`. */
  types: { name: string; confidence: number; examples: EntryExamples }[];
  /** Type-and-sibling shapes (`bytes` beside `width`, `height`); absent = none. */
  shapes?: SignalShape[];
}

export interface RulePack {
  id: string;
  version: string;
  title: string;
  /** Folder(s) the pack was loaded from, base first. */
  roots: string[];
  categories: Map<string, Category>;
  exemptions: Map<ExemptionId, Exemption>;
  destinations: DestinationTable;
  sinks: SinkModel[];
  signals: Map<string, CategorySignals>;
  /** Abbreviations and qualifiers (vocabulary.yaml); absent = identifiers are read literally. */
  vocabulary?: Vocabulary;
  /** Dictionaries of public standards (dictionaries/*.yaml), merged by id. */
  dictionaries?: SignalDictionary[];
  /** Store readers, replication calls, route frameworks and exposures (stores.yaml, routes.yaml); absent when the pack has none. */
  remote?: RemoteCatalogue;
  /** How library calls move data (propagation.yaml); empty lists when the pack has none. */
  propagation: PropagationKnowledge;
}

/** What kind of store a read client reads (stores.yaml). */
export type StoreKind = "database" | "object-store" | "cache" | "queue" | "api";

/**
 * A client call that reads from a store or API (stores.yaml), recognised with the
 * sink matcher's access paths and selectors: `destination` (plus `region`/`endpoint`)
 * places the store; `query` selects the query text (SQL) and `entity` the table,
 * collection, model or key the read names. Remote access when code deployed abroad
 * reads classified data from a store in China.
 */
export interface StoreModel extends Omit<SinkModel, "payload" | "behaviour" | "returns"> {
  store: StoreKind;
  /** Where the query text is (SQL string, `{ text }` config). */
  query?: ArgumentSelector[];
  /** Where the table / collection / model / key is; argument -1 = the receiver (`prisma.chargeSession`). */
  entity?: ArgumentSelector[];
  /** Property path of the rows in the call's result (pg `rows`, axios `data`); default the result itself. */
  result?: string[];
  /** The call only reads when this option is absent or one of `reads` (fetch `method`). */
  method?: { argument: number; property: string; reads: string[] };
  /**
   * Where the read names the fields it returns: an argument (and property path) holding a document projection,
   * or a method chained on the call whose first argument is one (`.project({ name: 1 })`).
   */
  projection?: { argument?: number; property?: string[]; method?: string };
}

/**
 * A call that configures replication or copies a store to another location
 * (stores.yaml `replications`): `destination`/`region` place the target,
 * `source` names the store being copied.
 */
export interface ReplicationModel extends Omit<SinkModel, "payload" | "behaviour" | "returns" | "base"> {
  /** Where the source store (bucket, table) is named. */
  source: ArgumentSelector[];
  /** Scheme of the source store name (`s3`, `oss`, `dynamodb`). */
  sourceScheme: string;
  /**
   * Targets listed in an array argument (`ReplicaUpdates[].Create.RegionName`, replication rules' `Destination.Bucket`,
   * read-replica hosts): the selector picks the array, `path` the value inside each element (empty = the element),
   * read as `destinationKind`.
   */
  targets?: { selector: ArgumentSelector; path: string[] };
}

/** How a web framework's handler answers (routes.yaml). */
export interface RouteResponse {
  /** Handler parameter holding the response object (express `res` = 1, koa/hono `ctx`/`c` = 0). */
  parameter: number;
  /** Methods of that parameter whose first argument is the response body (`json`, `send`). */
  methods?: string[];
  /** Properties of that parameter assigned the response body (koa `ctx.body`). */
  properties?: string[];
  /** The handler's return value is the response body (fastify, hono, NestJS). */
  returns?: boolean;
}

/** A route-registering call of a web framework (routes.yaml `frameworks`). */
export interface RouteFramework {
  id: string;
  package: string;
  /** Access path of the registering call (`default().{get,post}`, `Router().{get,post}`). */
  member: string;
  /** Argument holding the route path; -1 = none (path inside an options object, see `pathProperty`). */
  pathArgument: number;
  /** Property of the options argument holding the path and handler (fastify `route({ url, handler })`). */
  options?: { argument: number; path: string; handler: string; method?: string };
  response: RouteResponse;
  /**
   * Where the registering call types the request body: a type argument of the call, or a property of
   * it (fastify `app.post<{ Body: Upload }>`: argument 0, property `Body`; express `post<P, Res, Body>`: 2).
   */
  requestBody?: { typeArgument: number; property?: string };
  description?: string;
  examples: EntryExamples;
}

/** A decorator-based controller framework (NestJS): class and method decorators give the routes. */
export interface RouteControllers {
  id: string;
  package: string;
  /** Class decorator naming the controller's path prefix (`Controller`). */
  controller: string;
  /** Method decorators naming HTTP methods (`Get`, `Post`…). */
  methods: string[];
  examples: EntryExamples;
}

/**
 * A call that lets foreign callers in: a CORS allow-list (`cors({ origin })`,
 * `app.enableCors({ origin })`) or an auth scheme bound to a tenant/issuer
 * (`auth({ issuerBaseURL })`). `origin` selects the origin(s) or issuer.
 */
export interface ExposureModel {
  id: string;
  kind: "cors" | "auth";
  package: string;
  member: string;
  origin: ArgumentSelector[];
  /** Only when argument `argument` is package `package` (fastify `register(cors, { origin })`). */
  plugin?: { argument: number; package: string };
  description?: string;
  examples: EntryExamples;
}

/** The remote-access catalogues of a pack (stores.yaml, routes.yaml). */
/**
 * A call that mounts routes under a path prefix (routes.yaml `mounts`): a router or sub-app value
 * (express `app.use("/v1", router)`, hono `app.route("/v1", sub)`), or a plugin function whose
 * parameter is the framework instance its routes are registered on (fastify `app.register(plugin, { prefix })`).
 */
export interface RouteMount {
  id: string;
  package: string;
  /** Access path of the mounting call. */
  member: string;
  /** Where the mounted router, sub-app or plugin function is (`rest` for any later argument). */
  target: ArgumentSelector;
  /** Where the path prefix is; a value that is not a static string mounts without prefix. */
  prefix?: ArgumentSelector;
  /** A plugin function's parameter that holds the framework instance (fastify: 0); absent = routers only. */
  instanceParameter?: number;
  description?: string;
  examples: EntryExamples;
}

export interface RemoteCatalogue {
  stores: StoreModel[];
  replications: ReplicationModel[];
  frameworks: RouteFramework[];
  controllers: RouteControllers[];
  exposures: ExposureModel[];
  /** Mounting calls that give routes a path prefix (absent in packs written before mounts existed). */
  mounts?: RouteMount[];
}
