import { ROAMING_TOKEN_URL, type PlatformSettings } from "./types";

/** The settings of a developer machine; start-up code loads one of these files by name. */
export function developmentSettings(): PlatformSettings {
  return {
    partners: {
      roaming: { tokenUrl: ROAMING_TOKEN_URL, baseUrl: "https://api.roaming.example-motors.de", clientId: "dev", clientSecret: process.env.ROAMING_SECRET ?? "" },
    },
  };
}
