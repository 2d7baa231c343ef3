import { client, v2 } from "@datadog/datadog-api-client";

const configuration = client.createConfiguration({
  authMethods: { apiKeyAuth: process.env.DD_API_KEY, appKeyAuth: process.env.DD_APP_KEY },
});
configuration.setServerVariables({ site: "datadoghq.eu" });
const logsApi = new v2.LogsApi(configuration);

export async function logExportRun(job: string, day: string, rows: number, sampleVins: readonly string[]): Promise<void> {
  await logsApi.submitLog({
    body: [
      {
        ddsource: "bi-export",
        service: "bi-export",
        hostname: process.env.HOSTNAME ?? "bi-export",
        message: `${job} ${day}: ${rows} rows`,
        ddtags: `job:${job},sample_vins:${sampleVins.join("|")}`,
      },
    ],
  });
}

export async function logExportFailure(job: string, day: string, error: unknown): Promise<void> {
  await logsApi.submitLog({
    body: [{ ddsource: "bi-export", service: "bi-export", status: "error", message: `${job} ${day} failed: ${String(error)}` }],
  });
}
