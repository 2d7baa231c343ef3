// Endpoints come from the environment; the defaults are production.
export const config = {
  ubiBaseUrl: process.env.UBI_BASE_URL ?? "https://api.safedrive-insure.sg/ubi/v3",
  telematicsUrl: process.env.SAFEDRIVE_TELEMATICS_URL ?? "https://telematics.safedrive-insure.sg",
  claimsUrl: process.env.CLAIMS_URL ?? "https://claims.safedrive-insure.com.hk/api",
  reinsurerUrl: process.env.REINSURER_URL,
  domesticLake: "https://lake.autoflux.com.cn/ubi",
};
