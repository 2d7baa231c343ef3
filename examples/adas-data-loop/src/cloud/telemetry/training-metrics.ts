import { client, v2 } from "@datadog/datadog-api-client";
import { TriggerKind, type Clip } from "../../gen/adas/dataloop/v1/clip.js";

// Data-loop health metrics, reported to the EU Datadog site the whole ADAS organisation uses.
const configuration = client.createConfiguration({
  authMethods: { apiKeyAuth: process.env.DD_API_KEY ?? "", appKeyAuth: process.env.DD_APP_KEY ?? "" },
});
configuration.setServerVariables({ site: "datadoghq.eu" });
const metrics = new v2.MetricsApi(configuration);

const GAUGE = 3;

/**
 * Counts and durations only: which trigger fired, on which software version, how long the clip
 * is and how many frames it holds. Never the frames, positions or the VIN.
 */
export async function recordClipMetrics(clip: Clip): Promise<void> {
  const timestamp = Math.floor(Date.now() / 1000);
  const tags = [
    `trigger:${TriggerKind[clip.trigger?.kind ?? TriggerKind.TRIGGER_KIND_UNSPECIFIED]}`,
    `sw:${clip.trigger?.softwareVersion ?? "unknown"}`,
  ];
  await metrics.submitMetrics({
    body: {
      series: [
        { metric: "dataloop.clip.duration_ms", type: GAUGE, points: [{ timestamp, value: clip.durationMs }], tags },
        { metric: "dataloop.clip.camera_frames", type: GAUGE, points: [{ timestamp, value: clip.frontCamera.length + clip.surroundCameras.length }], tags },
        { metric: "dataloop.clip.lidar_sweeps", type: GAUGE, points: [{ timestamp, value: clip.lidarSweeps.length }], tags },
      ],
    },
  });
}
