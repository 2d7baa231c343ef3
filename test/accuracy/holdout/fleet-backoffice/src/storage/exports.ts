import { CopyObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { mainPool } from "../repositories/db.js";
import { VehicleRepository } from "../repositories/vehicle-repository.js";

const cnS3 = new S3Client({ region: "cn-north-1" });
const euS3 = new S3Client({ region: "eu-central-1" });
const vehicles = new VehicleRepository(mainPool);

export async function writeNightlyExport(fleetId: string, day: string): Promise<void> {
  const rows = await vehicles.findByFleet(fleetId);
  await cnS3.send(new PutObjectCommand({ Bucket: "fleet-exports-cn", Key: `${fleetId}/${day}.json`, Body: JSON.stringify(rows) })); // negative: domestic bucket (cn-north-1)
}

export async function mirrorExportToEurope(fleetId: string, day: string): Promise<void> {
  await euS3.send(new CopyObjectCommand({ Bucket: "fleet-exports-eu", CopySource: `fleet-exports-cn/${fleetId}/${day}.json`, Key: `${fleetId}/${day}.json` })); // expect: unassessed-export behaviour=remote-access conn.operating-condition pi.general.vehicle-identifier pi.sensitive.location-trajectory
}
