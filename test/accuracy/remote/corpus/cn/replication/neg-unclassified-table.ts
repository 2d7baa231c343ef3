// negative: replicating a table of unclassified data abroad
import { DynamoDBClient, UpdateTableCommand } from "@aws-sdk/client-dynamodb";

const ddb = new DynamoDBClient({ region: "cn-north-1" });

export async function replicateStations() {
  await ddb.send(new UpdateTableCommand({ TableName: "stations", ReplicaUpdates: [{ Create: { RegionName: "eu-west-1" } }] }));
}
