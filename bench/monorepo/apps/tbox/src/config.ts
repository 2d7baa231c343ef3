import { flag } from "@lanhai/config";

// The T-Box reads its settings from /etc/lanhai/env (systemd EnvironmentFile); defaults are production.
const {
  TSP_MQTT_URL = "mqtts://mqtt.tsp.lanhai-motors.com.cn:8883",
  DIAG_FALLBACK_MQTT_URL = "mqtts://diag-fallback.lanhai-motors.de:8883",
  OTA_URL = "https://ota.lanhai-motors.com.cn/v2",
  TIME_URL = "https://time.lanhai-motors.de/api/now",
  PROVISIONING_FILE = "/etc/lanhai/provisioning.json",
} = process.env;

export const tboxConfig = {
  tspMqttUrl: TSP_MQTT_URL,
  diagFallbackMqttUrl: DIAG_FALLBACK_MQTT_URL,
  otaUrl: OTA_URL,
  timeUrl: TIME_URL,
  provisioningFile: PROVISIONING_FILE,
  // Field-test builds only; must be off in series production (ticket TBX-3312).
  shareClipsWithGlobalAdas: flag("SHARE_CLIPS_GLOBAL_ADAS"),
};
