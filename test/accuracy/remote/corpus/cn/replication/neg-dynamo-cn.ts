// negative: a DynamoDB replica in another Chinese region
import { DynamoDBClient, UpdateTableCommand } from "@aws-sdk/client-dynamodb";

const ddb = new DynamoDBClient({ region: "cn-north-1" });

export async function addNingxiaReplica() {
  await ddb.send(new UpdateTableCommand({ TableName: "charge_sessions", ReplicaUpdates: [{ Create: { RegionName: "cn-northwest-1" } }] }));
}
