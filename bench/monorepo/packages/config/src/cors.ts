import { list } from "./env.js";

/**
 * Browser origins allowed per audience. Kept in one place so security review sees every origin
 * a service accepts.
 */
export const corsOrigins = {
  ownerPortal: list("OWNER_PORTAL_ORIGINS", [
    "https://owner.lanhai-motors.com.cn",
    "https://owner.lanhai-motors.de",
  ]),
  partnerConsole: list("PARTNER_CONSOLE_ORIGINS", [
    "https://partners.lanhai-motors.de",
    "https://console.voltaro-roaming.eu",
  ]),
  internalTools: list("INTERNAL_ORIGINS", [
    "https://ops.lanhai.internal",
    "https://admin.lanhai-motors.com.cn",
  ]),
};
