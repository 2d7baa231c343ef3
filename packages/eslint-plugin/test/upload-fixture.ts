/**
 * One file that sends a classified field to a host the config places in
 * Germany (the line with `fetch` is line 6): the smallest project on which
 * every export rule has something to say.
 */
export const UPLOAD_CODE = `interface Fix {
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
}
export async function upload(fix: Fix) {
  await fetch("https://telemetry.example-motors.de/v1", { method: "POST", body: JSON.stringify({ lat: fix.lat }) });
}
`;

/** `vdx.config.yaml` for it, with `extra` lines (assessments, include…). */
export function uploadConfig(...extra: string[]): string {
  return ['rulePack: "2026"', ...extra, "hosts:", '  - { match: "*.example-motors.de", jurisdiction: DE }', ""].join("\n");
}
