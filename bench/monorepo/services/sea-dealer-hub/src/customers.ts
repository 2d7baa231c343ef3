import { MongoClient } from "mongodb";
import type { Owner } from "@lanhai/domain";
import { hubConfig } from "./config.js";

const crm = new MongoClient(hubConfig.crmMongo, { readPreference: "secondaryPreferred" });

/** Customers of Chinese-market vehicles who asked to be served by a dealer here. */
export async function dealerCustomers(dealerCode: string) {
  const customers = crm.db("crm").collection<Owner>("customers");
  return customers
    .find({ preferredDealer: dealerCode }, { projection: { fullName: 1, mobile: 1, vins: 1 } })
    .toArray();
}
