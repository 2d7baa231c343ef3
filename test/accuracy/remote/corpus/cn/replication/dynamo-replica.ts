import { DynamoDBClient, UpdateTableCommand } from "@aws-sdk/client-dynamodb";

const ddb = new DynamoDBClient({ region: "cn-northwest-1" });

export async function addEuReplica() {
  await ddb.send(new UpdateTableCommand({ TableName: "charge_sessions", ReplicaUpdates: [{ Create: { RegionName: "eu-west-1" } }] })); // expect: unassessed-export behaviour=remote-access
}
