import * as Sentry from "@sentry/node";
import { client, v2 } from "@datadog/datadog-api-client";

Sentry.init({ dsn: "https://3f9c1e7a0b@o451270.ingest.sentry.io/6651042", tracesSampleRate: 0.1, environment: "prod-cn" });

const configuration = client.createConfiguration({ authMethods: { apiKeyAuth: process.env.DD_API_KEY } });
configuration.setServerVariables({ site: "datadoghq.eu" });
export const datadogLogs = new v2.LogsApi(configuration);
