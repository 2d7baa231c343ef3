import { DynamoDBClient, CreateGlobalTableCommand } from "@aws-sdk/client-dynamodb";

const ddb = new DynamoDBClient({ region: "cn-north-1" });

export async function globalDrivers() {
  await ddb.send(new CreateGlobalTableCommand({ GlobalTableName: "drivers", ReplicationGroup: [{ RegionName: "cn-north-1" }, { RegionName: "us-east-1" }] })); // expect: unassessed-export behaviour=remote-access
}
