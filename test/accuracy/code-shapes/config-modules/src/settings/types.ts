export const ROAMING_TOKEN_URL = "https://login.roaming.example-motors.de/oauth/token";

export interface PlatformSettings {
  partners: {
    roaming: { tokenUrl: string; baseUrl: string; clientId: string; clientSecret: string };
    archive?: { uploadUrl: string };
  };
}
