import COS from "cos-nodejs-sdk-v5";

export const cos = new COS({
  SecretId: process.env.COS_SECRET_ID ?? "",
  SecretKey: process.env.COS_SECRET_KEY ?? "",
  FileParallelLimit: 4,
});
