import { endpoints, str } from "@lanhai/config";

export const bffConfig = {
  oidc: {
    // Group-wide customer identity (one login for the China and EU apps), hosted in the EU tenant.
    issuerBaseURL: str("OIDC_ISSUER", "https://lanhai-global.eu.auth0.com"),
    baseURL: str("BFF_PUBLIC_URL", "https://owner.lanhai-motors.com.cn"),
    clientID: str("OIDC_CLIENT_ID", "owner-app-bff"),
  },
  ownersMongo: str("OWNERS_MONGO_URL", "mongodb://owner-bff@mongo-owners.lanhai-motors.com.cn:27017/owners?tls=true"),
  dealerApi: endpoints.dealerApi,
  smtp: { host: str("SMTP_HOST", "smtp.eu.mailgun.org"), port: 587 },
  chargingApi: "https://charging-hub.lanhai.internal/api/v1",
};
