import { MongoClient } from "mongodb";
import type { Owner } from "@lanhai/domain";
import { bffConfig } from "../config.js";

const mongo = new MongoClient(bffConfig.ownersMongo);
const owners = mongo.db("owners").collection<Owner & { oidcSubject: string; fcmToken?: string }>("owners");

export const ownerStore = {
  bySubject(subject: string) {
    return owners.findOne({ oidcSubject: subject });
  },
  byVin(vin: string) {
    return owners.findOne({ vins: vin });
  },
};
