import type ts from "typescript";
import type { SourceLocation } from "../../model/location.js";
import type { SinkModel } from "../../model/pack.js";
import type { FlowStep } from "../../model/finding.js";
import type { StaticValue } from "../values/static-value.js";

/** A call that sends data out, recognised by a sink model, with its destination resolved as far as possible. */
export interface SinkCall {
  node: ts.CallExpression | ts.NewExpression;
  model: SinkModel;
  /**
   * The full destination: a URL (`https://api.example.de/v1/trips`), a host URL (`mqtt://broker.example.de:8883`),
   * a bucket or resource (`s3://bucket`, `kinesis://stream`), an ARN, a region (`aws:eu-central-1`) when that is
   * all there is, or the DSN host. `parameter` when a caller supplies it (see `SinkMatcher.bindDestination`).
   */
  destination: StaticValue;
  /** Cloud region of the destination as `<provider>:<region>` (`aws:eu-central-1`, `aliyun:cn-hangzhou`). */
  region?: StaticValue;
  /** Custom endpoint configured on the client (S3-compatible storage, IoT data endpoint). */
  endpoint?: StaticValue;
  /** Expressions whose data is sent (body, message, record…). May be empty when the payload is not visible. */
  payloads: ts.Expression[];
  /** Where findings are reported: the call, or the call that opened the send it belongs to (`reportAt`). */
  location: SourceLocation;
  /** The call that opened the send this call writes to (`https.request(…)` for `req.write(…)`): one send with it. */
  opening?: ts.CallExpression | ts.NewExpression;
  /** Record id cited by `// vdx-assessment: ID` on the call's line or the line above. */
  citedRecord?: string;
  /** How the client and its destination were found (client created here, init call, constant defined there), for codeFlows. */
  steps: FlowStep[];
}
