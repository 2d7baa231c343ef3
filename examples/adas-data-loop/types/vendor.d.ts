// Type declarations of the third-party SDKs the data loop uses, trimmed to the calls it makes.
// The shapes follow the real packages (ali-oss 6, AWS SDK for JavaScript v3, @sentry/node 8,
// @datadog/datadog-api-client 1, protobufjs 7) so the example typechecks without installing them.

declare module "ali-oss" {
  namespace OSS {
    interface Options {
      region?: string;
      accessKeyId: string;
      accessKeySecret: string;
      stsToken?: string;
      bucket?: string;
      endpoint?: string;
      internal?: boolean;
      secure?: boolean;
      timeout?: string | number;
    }
    interface PutObjectOptions {
      mime?: string;
      meta?: Record<string, string | number>;
      headers?: Record<string, string>;
      timeout?: number;
    }
    interface PutObjectResult {
      name: string;
      url: string;
      res: { status: number; headers: Record<string, string> };
    }
  }
  class OSS {
    constructor(options: OSS.Options);
    put(name: string, file: string | Buffer | Uint8Array, options?: OSS.PutObjectOptions): Promise<OSS.PutObjectResult>;
    get(name: string): Promise<{ content: Buffer }>;
  }
  export = OSS;
}

declare module "@aws-sdk/client-s3" {
  export interface S3ClientConfig {
    region?: string;
    endpoint?: string;
    forcePathStyle?: boolean;
    credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  }
  export interface PutObjectCommandInput {
    Bucket: string;
    Key: string;
    Body?: Uint8Array | string;
    ContentType?: string;
    Metadata?: Record<string, string>;
    ServerSideEncryption?: "AES256" | "aws:kms";
  }
  export interface PutObjectCommandOutput {
    ETag?: string;
    VersionId?: string;
  }
  export class PutObjectCommand {
    constructor(input: PutObjectCommandInput);
    readonly input: PutObjectCommandInput;
  }
  export class S3Client {
    constructor(config: S3ClientConfig);
    send(command: PutObjectCommand): Promise<PutObjectCommandOutput>;
    destroy(): void;
  }
}

declare module "@aws-sdk/lib-storage" {
  import type { PutObjectCommandInput, S3Client } from "@aws-sdk/client-s3";
  export interface Options {
    client: S3Client;
    params: PutObjectCommandInput;
    queueSize?: number;
    partSize?: number;
    leavePartsOnError?: boolean;
    tags?: { Key: string; Value: string }[];
  }
  export interface Progress {
    loaded?: number;
    total?: number;
    part?: number;
    Key?: string;
    Bucket?: string;
  }
  export class Upload {
    constructor(options: Options);
    on(event: "httpUploadProgress", listener: (progress: Progress) => void): this;
    done(): Promise<{ Bucket?: string; Key?: string; Location?: string; ETag?: string }>;
    abort(): Promise<void>;
  }
}

declare module "@sentry/node" {
  export interface NodeOptions {
    dsn?: string;
    environment?: string;
    release?: string;
    sampleRate?: number;
    sendDefaultPii?: boolean;
  }
  export interface CaptureContext {
    level?: "fatal" | "error" | "warning" | "log" | "info" | "debug";
    tags?: Record<string, string | number | boolean>;
    extra?: Record<string, unknown>;
    contexts?: Record<string, Record<string, unknown>>;
    fingerprint?: string[];
  }
  export function init(options?: NodeOptions): void;
  export function captureException(exception: unknown, hint?: CaptureContext): string;
  export function flush(timeout?: number): Promise<boolean>;
}

declare module "@datadog/datadog-api-client" {
  export namespace client {
    interface ConfigurationParameters {
      authMethods?: { apiKeyAuth?: string; appKeyAuth?: string };
      enableRetry?: boolean;
    }
    class Configuration {
      setServerVariables(serverVariables: Record<string, string>): void;
    }
    function createConfiguration(parameters?: ConfigurationParameters): Configuration;
  }
  export namespace v2 {
    /** 0 unspecified, 1 count, 2 rate, 3 gauge. */
    type MetricIntakeType = 0 | 1 | 2 | 3;
    interface MetricPoint {
      timestamp?: number;
      value?: number;
    }
    interface MetricSeries {
      metric: string;
      type?: MetricIntakeType;
      points: MetricPoint[];
      tags?: string[];
      unit?: string;
    }
    interface MetricPayload {
      series: MetricSeries[];
    }
    interface MetricsApiSubmitMetricsRequest {
      body: MetricPayload;
      contentEncoding?: "deflate" | "zstd1" | "gzip";
    }
    class MetricsApi {
      constructor(configuration: client.Configuration);
      submitMetrics(param: MetricsApiSubmitMetricsRequest): Promise<{ errors?: string[] }>;
    }
  }
}

declare module "protobufjs" {
  interface Writer {
    finish(): Uint8Array;
  }
  interface Message {
    readonly $type: Type;
  }
  interface Type {
    verify(message: Record<string, unknown>): string | null;
    fromObject(object: object): Message;
    encode(message: Message | object): Writer;
    decode(reader: Uint8Array): Message;
  }
  interface IParseOptions {
    keepCase?: boolean;
    alternateCommentMode?: boolean;
  }
  class Root {
    constructor();
    /** Where an `import` of a .proto file is read from; the default resolves relative to the importing file. */
    resolvePath: (origin: string, target: string) => string | null;
    loadSync(filename: string | string[], options?: IParseOptions): Root;
    lookupType(path: string): Type;
  }
  const protobuf: { Root: typeof Root };
  export default protobuf;
  export type { Root, Type, Message, Writer };
}
