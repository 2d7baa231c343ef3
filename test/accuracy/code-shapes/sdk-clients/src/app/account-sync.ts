import { MongoClient } from "mongodb";
import type { Account } from "../model/account";

// The driver's types are not installed here: the collection is typed only by its type argument.
const mongo = new MongoClient("mongodb://accounts-db.internal:27017");
const accounts = mongo.db("crm").collection<Account & { region: string }>("accounts");
const CRM = "https://crm.example-motors.de/v1";

const accountStore = {
  byId(id: string) {
    return accounts.findOne({ accountId: id });
  },
};

/** accountId and ownerName were reviewed as no vehicle data on Account: their names do not count. */
export async function touchAccount(id: string): Promise<void> {
  const account = await accountStore.byId(id);
  if (!account) return;
  await fetch(`${CRM}/accounts/${account.accountId}/touch`, { method: "POST", body: JSON.stringify({ name: account.ownerName }) }); // expect-none
}

export async function syncContacts(): Promise<void> {
  for (const account of await accounts.find({}).toArray()) {
    await fetch(`${CRM}/contacts`, { method: "POST", body: JSON.stringify({ id: account.accountId, email: account.contactEmail }) }); // expect: unassessed-export pi.general.identity-contact
  }
}

/** A document read without a type argument is still judged by the names it reads. */
export async function syncLegacy(): Promise<void> {
  const legacy = await mongo.db("crm").collection("legacy").findOne({});
  await fetch(`${CRM}/legacy`, { method: "POST", body: JSON.stringify({ name: legacy.ownerName }) }); // expect: unassessed-export pi.general.identity-contact
}
