import { S3Client, PutObjectCommand, CopyObjectCommand } from "@aws-sdk/client-s3";
import type { Driver } from "../../shared/types";

const cn = new S3Client({ region: "cn-north-1" });
const eu = new S3Client({ region: "eu-central-1" });

export async function storeDriver(driver: Driver) {
  await cn.send(new PutObjectCommand({ Bucket: "driver-profiles-cn", Key: driver.id, Body: JSON.stringify(driver) }));
}

export async function copyToEu(id: string) {
  await eu.send(new CopyObjectCommand({ Bucket: "driver-profiles-eu", CopySource: `driver-profiles-cn/${id}`, Key: id })); // expect: unassessed-export behaviour=remote-access
}
