import { MongoClient } from "mongodb";

const client = new MongoClient("mongodb+srv://eu-reader@fleet.charging.example.com.cn/");

export async function recentSessions() { // expect: unassessed-export behaviour=processing-abroad
  return client.db("charging").collection("charge_sessions").find({ since: Date.now() - 86_400_000 }).toArray(); // expect: unassessed-export behaviour=remote-access
}
