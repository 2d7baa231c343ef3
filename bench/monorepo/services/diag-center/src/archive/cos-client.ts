import COS from "cos-nodejs-sdk-v5";

/** Tencent COS client of the diagnostics account (credentials from the pod's secret). */
export const cos = new COS({
  SecretId: process.env.COS_SECRET_ID ?? "",
  SecretKey: process.env.COS_SECRET_KEY ?? "",
  Timeout: 60_000,
});
